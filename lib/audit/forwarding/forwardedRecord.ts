import type { AuditEvent } from '../auditEvent';

/** Who forwarded an event: the same for every event of one browser profile. */
export interface ForwardingSource {
  /** The extension's version, e.g. '0.1.0'. */
  appVersion: string;
  /**
   * A random id per installation. The client hash is salted per installation, so two hashes are only
   * comparable when they come from the same installId.
   */
  installId: string;
}

/**
 * One line of the collector's input: the audit event as the local log holds it (without its local row
 * number), flat, with `app`, `appVersion` and `installId`. The field names are the same as in the JSON
 * export, so one parser reads both.
 *
 * @example JSON.stringify(forwardedRecord(event, { appVersion: '0.1.0', installId })) // one NDJSON line
 */
export function forwardedRecord(event: Omit<AuditEvent, 'id'> & { id?: number }, source: ForwardingSource): Record<string, unknown> {
  const { id: _id, ...rest } = event;
  return { ...rest, app: 'dossierhulp', appVersion: source.appVersion, installId: source.installId };
}

/** A batch as the request body: one JSON object per line, each line ending in \n (application/x-ndjson). */
export function toNdjson(records: readonly Record<string, unknown>[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
