import type { DisplayFormat, Translate } from '../i18n';
import { auditOutcomeCodes, type AuditEvent, type AuditOutcomeCode } from './auditEvent';

/** One Logboek entry as the list shows it: a line to scan, and the rest on demand. */
export interface AuditEntryView {
  /** What happened, in a few words: "ingevuld: 2 van 2 ingevuld". */
  summary: string;
  /** Label and value for everything else the event holds. */
  details: { label: string; value: string }[];
}

export interface DescribeContext {
  t: Translate;
  format: DisplayFormat;
  /** A stored template reference (`soep-rapportage@1`) as its name. */
  templateName: (ref: string) => string;
}

/** The outcome in words; a failure code of a step is shown as that step failing, with its code. */
export function outcomeText(event: Pick<AuditEvent, 'outcome' | 'count' | 'total'>, t: Translate): string {
  if (!event.outcome) return '';
  if ((auditOutcomeCodes as readonly string[]).includes(event.outcome)) {
    return t(`auditOutcome.${event.outcome as AuditOutcomeCode}`, { count: event.count ?? 0, total: event.total ?? event.count ?? 0 });
  }
  return t('auditOutcome.failed', { code: event.outcome });
}

/**
 * What the Logboek shows for an event: numbers the way the panel said them, sizes in kB, template names not
 * ids. Never values of fields or record text (the payload, when policy keeps it, is only in the export).
 *
 * @example describeAuditEvent(event, { t, format, templateName }).summary // 'ingevuld · 2 van 2 ingevuld'
 */
export function describeAuditEvent(event: AuditEvent, { t, format, templateName }: DescribeContext): AuditEntryView {
  const outcome = outcomeText(event, t);
  const review = event.accepted !== undefined ? t('log.outcome', { accepted: event.accepted, edited: event.edited ?? 0, rejected: event.rejected ?? 0 }) : '';
  const summary = [t(`auditType.${event.type}`), outcome || review].filter(Boolean).join(' · ');
  const rows: [string, string | undefined | false][] = [
    [t('log.detail.time'), format.dateTime(event.at)],
    [t('log.detail.user'), event.userId || t('log.detail.noUser')],
    [t('log.detail.responsible'), event.responsibleUserId],
    [t('log.detail.page'), event.origin && `${event.origin}${event.path}`],
    [t('log.detail.endpoint'), event.endpointHost && `${event.endpointHost}${event.model ? ` (${event.model})` : ''}`],
    event.type === 'export'
      ? [t('log.detail.format'), event.template?.toUpperCase()]
      : [t('log.detail.template'), event.template && templateName(event.template)],
    [t('log.detail.size'), event.bytes !== undefined && format.bytes(event.bytes)],
    [t('log.detail.pseudonymized'), event.pseudonymizedCount !== undefined && format.number(event.pseudonymizedCount)],
    [t('log.detail.review'), outcome && review],
    [t('log.detail.fields'), event.fields?.length ? event.fields.join(', ') : undefined],
    [t('log.detail.client'), event.clientHash ? `${event.clientHash.slice(0, 12)}…` : undefined],
  ];
  return { summary, details: rows.flatMap(([label, value]) => (value ? [{ label, value }] : [])) };
}
