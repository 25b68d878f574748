import { auditEventTypeLabels, userIdSourceLabels, type AuditEvent } from './auditEvent';

/** CSV columns: the field and its Dutch header. */
const COLUMNS: Array<[keyof AuditEvent, string]> = [
  ['id', 'Nr'],
  ['eventId', 'Gebeurtenis-ID'],
  ['at', 'Tijdstip (UTC)'],
  ['type', 'Gebeurtenis'],
  ['userId', 'Gebruiker'],
  ['userIdSource', 'Bron gebruiker'],
  ['responsibleUserId', 'Verantwoordelijke gebruiker'],
  ['origin', 'Site'],
  ['path', 'Pagina'],
  ['clientHash', 'Cliënt (gehasht)'],
  ['endpointHost', 'AI-server'],
  ['model', 'Model'],
  ['template', 'Sjabloon'],
  ['bytes', 'Bytes verzonden'],
  ['pseudonymizedCount', 'Gepseudonimiseerd'],
  ['accepted', 'Geaccepteerd'],
  ['edited', 'Aangepast'],
  ['rejected', 'Afgewezen'],
  ['fields', 'Velden'],
  ['outcome', 'Uitkomst'],
  ['payload', 'Verzonden tekst'],
  ['marked', 'AI-markering'],
];

/** A cell's value: event types and user id sources in Dutch, the rest as stored. */
function cellValue(event: AuditEvent, key: keyof AuditEvent): unknown {
  if (key === 'type') return auditEventTypeLabels[event.type].nl;
  if (key === 'userIdSource') return event.userIdSource ? userIdSourceLabels[event.userIdSource].nl : undefined;
  if (key === 'marked') return event.marked === undefined ? undefined : event.marked ? 'ja' : 'nee';
  return event[key];
}

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
 * The audit log as CSV: a header row with Dutch column names, one row per event, CRLF line ends.
 *
 * @example download('auditlog.csv', '\uFEFF' + exportAuditCsv(events)) // BOM for Excel
 */
export function exportAuditCsv(events: readonly AuditEvent[]): string {
  const header = COLUMNS.map(([, title]) => csvCell(title)).join(',');
  const rows = events.map((event) =>
    COLUMNS.map(([key]) => csvCell(cellValue(event, key))).join(','),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** The audit log as JSON: an array of events exactly as stored. */
export function exportAuditJson(events: readonly AuditEvent[]): string {
  return JSON.stringify(events, null, 2);
}
