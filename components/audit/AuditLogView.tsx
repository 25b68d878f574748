import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { auditEventTypeSchema, auditOutcomeCodes, exportAuditCsv, exportAuditJson, queryAudit, type AuditEvent, type AuditEventType, type AuditOutcomeCode, type Auditor } from '@/lib/audit';
import { getAppDB } from '@/lib/db/app-db';
import { useT } from '../i18n';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Logboek": what was read, sent, accepted and filled; filterable and exportable (CSV/JSON). */
export function AuditLogView({ auditor }: { auditor: Auditor }) {
  const { t, format } = useT();
  const [type, setType] = useState<AuditEventType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters = {
    ...(type ? { type } : {}),
    ...(from ? { from: new Date(`${from}T00:00:00`) } : {}),
    ...(to ? { to: new Date(`${to}T23:59:59.999`) } : {}),
  };
  const events = useLiveQuery(() => queryAudit(getAppDB(), filters), [type, from, to]);

  const exportAs = async (format: 'csv' | 'json') => {
    if (!events) return;
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'csv') download(`dossierhulp-logboek-${stamp}.csv`, 'text/csv;charset=utf-8', exportAuditCsv(events, t));
    else download(`dossierhulp-logboek-${stamp}.json`, 'application/json', exportAuditJson(events));
    await auditor.record({ type: 'export', template: format, outcome: 'exported', count: events.length });
  };

  // Outcome codes are translated here; a failure code of a step is shown as that step failing, with its code.
  const outcomeText = (e: AuditEvent) => {
    if (!e.outcome) return '';
    if ((auditOutcomeCodes as readonly string[]).includes(e.outcome)) {
      return t(`auditOutcome.${e.outcome as AuditOutcomeCode}`, { count: e.count ?? 0, total: e.total ?? e.count ?? 0 });
    }
    return t('auditOutcome.failed', { code: e.outcome });
  };

  return (
    <section aria-labelledby="log-title" className="card">
      <h2 id="log-title">{t('log.title')}</h2>
      <p className="muted">{t('log.explain')}</p>
      <div className="actions">
        <label>
          {t('log.type')}{' '}
          <select value={type} onChange={(e) => setType(e.target.value as AuditEventType | '')}>
            <option value="">{t('log.all')}</option>
            {auditEventTypeSchema.options.map((o) => (
              <option key={o} value={o}>
                {t(`auditType.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('log.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void exportAs('csv')} disabled={!events?.length}>
          {t('log.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('json')} disabled={!events?.length}>
          {t('log.exportJson')}
        </button>
      </div>
      {events && events.length === 0 && <p>{t('log.empty')}</p>}
      {events && events.length > 0 && (
        <table className="review" data-testid="audit-table">
          <caption>{t('log.count', { count: events.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.when')}</th>
              <th scope="col">{t('log.type')}</th>
              <th scope="col">{t('log.details')}</th>
            </tr>
          </thead>
          <tbody>
            {/* Newest first; the query and the exports keep time order. */}
            {[...events].reverse().map((e) => (
              <tr key={e.id} data-testid="audit-row" data-type={e.type}>
                <td>{format.dateTime(e.at)}</td>
                <td>{t(`auditType.${e.type}`)}</td>
                <td>
                  {[
                    e.userId && t('log.user', { user: e.userId }),
                    e.origin && `${e.origin}${e.path}`,
                    e.endpointHost && `→ ${e.endpointHost}${e.model ? ` (${e.model})` : ''}`,
                    e.template,
                    e.bytes !== undefined && format.bytes(e.bytes),
                    e.pseudonymizedCount !== undefined && t('log.pseudonymized', { count: e.pseudonymizedCount }),
                    e.accepted !== undefined && t('log.outcome', { accepted: e.accepted, edited: e.edited ?? 0, rejected: e.rejected ?? 0 }),
                    e.fields?.length && e.fields.join(', '),
                    outcomeText(e),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
