import { refId } from '@/lib/session/fieldRef';
import type { TabRead } from '@/lib/session';
import { useState } from 'react';
import { useT } from '../i18n';
import { SuspectText } from './SuspectText';

/** From this many fields on, the list is rendered only when opened. */
const LAZY_FROM = 200;

/** What was read: the client, the alerts, the parts of the page and every field found, by its label. */
export function PageSummary({ tab }: { tab: TabRead }) {
  const { t } = useT();
  let reports = 0;
  let tables = 0;
  const alerts: { ref: string; kind: string; text: string }[] = [];
  for (const b of tab.blocks) {
    if (b.kind === 'report') reports++;
    else if (b.kind === 'table') tables++;
    else if (b.kind === 'alert') alerts.push({ ref: b.ref, kind: b.label ?? 'overig', text: b.text });
  }
  // A long field list renders when opened: a form of hundreds of fields costs nothing until then.
  const [fieldsOpen, setFieldsOpen] = useState(false);
  return (
    <section aria-labelledby="read-title" className="card">
      <h2 id="read-title">{t('read.title')}</h2>
      <dl className="pairs" data-testid="client">
        <dt>{t('read.client')}</dt>
        <dd>{tab.client?.name ?? t('read.noClient')}</dd>
        {tab.client?.birthDate && (
          <>
            <dt>{t('read.birthDate')}</dt>
            <dd>{tab.client.birthDate}</dd>
          </>
        )}
        {tab.client?.clientNumber && (
          <>
            <dt>{t('read.clientNumber')}</dt>
            <dd>{tab.client.clientNumber}</dd>
          </>
        )}
      </dl>
      {alerts.length > 0 && (
        <ul className="alerts" aria-label={t('read.alerts')}>
          {alerts.map((a) => (
            <li key={a.ref} className={`alert alert-${a.kind}`}>
              {a.text}
            </li>
          ))}
        </ul>
      )}
      <p>
        {t('read.sections', {
          reports: t('read.reports', { count: reports }),
          tables: t('read.tables', { count: tables }),
          frames: t('read.frames', { count: tab.frames.length }),
        })}
      </p>
      <SuspectText tab={tab} />
      <details onToggle={(e) => setFieldsOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('read.fields', { count: tab.fields.length })}</summary>
        {(fieldsOpen || tab.fields.length <= LAZY_FROM) && (
        <ul className="field-list" data-testid="field-list">
          {tab.fields.map((f) => (
            <li key={refId(f)}>
              <span className="field-label">{f.label || t('read.unlabelled')}</span>{' '}
              <span className="muted">({t(`kind.${f.kind}`)})</span>
              {f.unreachable && <span className="badge warn"> {t('read.unreachable')}</span>}
              {(f.disabled || f.readonly) && <span className="badge"> {t('read.readonly')}</span>}
            </li>
          ))}
        </ul>
        )}
      </details>
    </section>
  );
}
