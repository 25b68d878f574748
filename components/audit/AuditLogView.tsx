import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { auditEventTypeSchema, describeAuditEvent, exportAuditCsv, exportAuditJson, logFilters, queryAudit, type AuditEventType, type Auditor } from '@/lib/audit';
import { getAppDB } from '@/lib/db/app-db';
import type { Settings } from '@/lib/settings';
import { availableTemplates, templateTitle } from '@/lib/templates';
import { useT } from '../i18n';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Logboek": what was read, sent, accepted and filled, newest first; one line per event with its details on
 * demand, filterable and exportable (CSV for Dutch Excel, JSON).
 */
export function AuditLogView({ auditor, settings }: { auditor: Auditor; settings: Settings }) {
  const { t, format, language } = useT();
  const [type, setType] = useState<AuditEventType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { filters, invalid } = logFilters({ type, from, to });
  const events = useLiveQuery(() => queryAudit(getAppDB(), filters), [type, from, to]);
  const templates = useMemo(() => availableTemplates(settings), [settings]);
  const templateName = (ref: string) => templateTitle(ref, templates, language);

  const exportAs = async (kind: 'csv' | 'json') => {
    if (!events) return;
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'csv') download(`dossierhulp-logboek-${stamp}.csv`, 'text/csv;charset=utf-8', exportAuditCsv(events, t));
    else download(`dossierhulp-logboek-${stamp}.json`, 'application/json', exportAuditJson(events));
    await auditor.record({ type: 'export', template: kind, outcome: 'exported', count: events.length });
  };

  return (
    <section aria-labelledby="log-title" className="card log">
      <h2 id="log-title">{t('log.title')}</h2>
      <p className="muted">{t('log.explain')}</p>
      <fieldset className="log-filters">
        <legend>{t('log.filters')}</legend>
        <label className="block">
          {t('log.type')}
          <select className="full" value={type} onChange={(e) => setType(e.target.value as AuditEventType | '')}>
            <option value="">{t('log.all')}</option>
            {auditEventTypeSchema.options.map((o) => (
              <option key={o} value={o}>
                {t(`auditType.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="date-range">
          <label className="block">
            {t('log.from')}
            <input
              type="text"
              inputMode="numeric"
              placeholder={t('log.datePlaceholder')}
              aria-invalid={invalid.includes('from')}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label className="block">
            {t('log.to')}
            <input
              type="text"
              inputMode="numeric"
              placeholder={t('log.datePlaceholder')}
              aria-invalid={invalid.includes('to')}
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
        </div>
        {invalid.length > 0 && (
          <p className="warn" role="status">
            {t('log.invalidDate')}
          </p>
        )}
      </fieldset>
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
        <>
          <p className="muted" id="log-count">
            {t('log.count', { count: events.length })}
          </p>
          {/* Newest first; the query and the exports keep time order. */}
          <ol className="log-list" data-testid="audit-table" aria-label={t('log.list')} aria-describedby="log-count">
            {[...events].reverse().map((e) => {
              const view = describeAuditEvent(e, { t, format, templateName });
              return (
                <li key={e.id} data-testid="audit-row" data-type={e.type}>
                  <details>
                    <summary>
                      <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                      <span className="log-summary">{view.summary}</span>
                    </summary>
                    <dl className="pairs">
                      {view.details.map((d) => (
                        <div key={d.label} className="pair">
                          <dt>{d.label}</dt>
                          <dd>{d.value}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
