import type { Translate } from '../i18n';
import type { AuditEvent } from './auditEvent';

/** CSV columns, in order; their headers are `auditColumn.<field>` in the catalogue. */
const COLUMNS = [
  'id',
  'eventId',
  'at',
  'type',
  'userId',
  'userIdSource',
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
  'marked',
] as const satisfies readonly (keyof AuditEvent)[];

/** A cell's value: event types, user id sources and the AI mark in the language of `t`, the rest as stored. */
function cellValue(event: AuditEvent, key: (typeof COLUMNS)[number], t: Translate): unknown {
  if (key === 'type') return t(`auditType.${event.type}`);
  if (key === 'userIdSource') return event.userIdSource ? t(`userIdSource.${event.userIdSource}`) : undefined;
  if (key === 'marked') return event.marked === undefined ? undefined : t(event.marked ? 'common.yes' : 'common.no');
  return event[key];
}

/**
 * Dutch Excel reads a CSV with the list separator of the Dutch locale (;) and needs the UTF-8 byte order mark
 * to read "Cliënt" as UTF-8; without them it shows one column and "CliÃ«nt".
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180): quoted when it holds the separator, a comma, quote or line break, quotes doubled.
 * Text starting with = + - @ or a tab is prefixed with ' so a spreadsheet does not run it as a
 * formula: labels and payloads come from web pages.
 */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value === 'string' || Array.isArray(value)) {
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  }
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The audit log as a CSV file that opens in Dutch Excel as columns: UTF-8 with a byte order mark, cells
 * separated by semicolons, CRLF line ends, a header row and event type names in the language of `t`, one
 * row per event. Values stay as stored (whole numbers, times in UTC), so a spreadsheet can compute with them.
 *
 * @example download('auditlog.csv', 'text/csv;charset=utf-8', exportAuditCsv(events, createTranslator('nl')))
 */
export function exportAuditCsv(events: readonly AuditEvent[], t: Translate): string {
  const header = COLUMNS.map((key) => csvCell(t(`auditColumn.${key}`))).join(CSV_SEPARATOR);
  const rows = events.map((event) => COLUMNS.map((key) => csvCell(cellValue(event, key, t))).join(CSV_SEPARATOR));
  return BOM + [header, ...rows].join('\r\n') + '\r\n';
}

/** The audit log as JSON: an array of events exactly as stored. */
export function exportAuditJson(events: readonly AuditEvent[]): string {
  return JSON.stringify(events, null, 2);
}
