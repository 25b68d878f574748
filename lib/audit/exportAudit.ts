import type { Translate } from '../i18n';
import type { AuditEvent } from './auditEvent';

/** CSV columns, in order; their headers are `auditColumn.<field>` in the catalogue. */
const COLUMNS = [
  'id',
  'at',
  'type',
  'userId',
  'responsibleUserId',
  'origin',
  'path',
  'clientHash',
  'endpointHost',
  'model',
  'template',
  'bytes',
  'pseudonymizedCount',
  'accepted',
  'edited',
  'rejected',
  'fields',
  'outcome',
  'payload',
] as const satisfies readonly (keyof AuditEvent)[];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Text starting with = + - @ or a tab is prefixed with ' so a spreadsheet does not run it as a
 * formula: labels and payloads come from web pages.
 */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value === 'string' || Array.isArray(value)) {
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The audit log as CSV: a header row and event type names in the language of `t`, one row per event,
 * CRLF line ends. Values stay as stored (numbers unformatted, times in UTC), so a spreadsheet can compute with them.
 *
 * @example download('auditlog.csv', '\uFEFF' + exportAuditCsv(events, createTranslator('nl'))) // BOM for Excel
 */
export function exportAuditCsv(events: readonly AuditEvent[], t: Translate): string {
  const header = COLUMNS.map((key) => csvCell(t(`auditColumn.${key}`))).join(',');
  const rows = events.map((event) => COLUMNS.map((key) => csvCell(key === 'type' ? t(`auditType.${event.type}`) : event[key])).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** The audit log as JSON: an array of events exactly as stored. */
export function exportAuditJson(events: readonly AuditEvent[]): string {
  return JSON.stringify(events, null, 2);
}
