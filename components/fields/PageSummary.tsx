import { refId } from '@/lib/session/fieldRef';
import type { TabRead } from '@/lib/session';
import { useT } from '../i18n';
import { SuspectText } from './SuspectText';

/** What was read: the client, the alerts, the parts of the page and every field found, by its label. */
export function PageSummary({ tab }: { tab: TabRead }) {
  const { t } = useT();
  const reports = tab.frames.reduce((n, f) => n + f.snapshot.reports.length, 0);
  const tables = tab.frames.reduce((n, f) => n + f.snapshot.tables.length, 0);
  const alerts = tab.frames.flatMap((f) => f.snapshot.alerts);
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
      <details>
        <summary>{t('read.fields', { count: tab.fields.length })}</summary>
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
      </details>
    </section>
  );
}
