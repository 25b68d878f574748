import type { AppDB } from '../db/app-db';
import { auditEventSchema, type AuditEvent, type AuditEventInput, type AuditEventType } from './auditEvent';
import { enqueue } from './forwarding/outbox';

const DAY_MS = 24 * 60 * 60 * 1000;

function toIso(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid audit timestamp: ${String(value)}`);
  return date.toISOString();
}

/** The origin of a URL or origin string; '' when there is none. */
function originOnly(value: string | undefined): string {
  if (!value) return '';
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

/** A path without query or hash; full URLs are reduced to their path. */
function pathOnly(value: string | undefined): string {
  if (!value) return '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      return new URL(value).pathname;
    } catch {
      return '';
    }
  }
  return value.split(/[?#]/, 1)[0] ?? '';
}

/** The host of an endpoint given as host or URL, without path or credentials. */
function hostOnly(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).host;
  } catch {
    return '';
  }
}

/**
 * Writes one audit event. Keeps only the origin and path of page URLs (queries and hashes can hold
 * client numbers), reduces the endpoint to its host, and drops `payload` unless `logPayloads` is on.
 * Gives the event its eventId (a uuid, made here once). With `forward` the event also joins the outbox for
 * the organisation's collector, in the same transaction as the local log. Throws when the event is
 * invalid, so a missing audit record is never silent.
 *
 * @example await recordAuditEvent(db, { type: 'send', userId, url: tab.url, clientHash, bytes }, { logPayloads: settings.logPayloads })
 */
export async function recordAuditEvent(
  db: AppDB,
  input: AuditEventInput,
  options: { logPayloads: boolean; forward?: boolean },
): Promise<AuditEvent> {
  const { url, at, origin, path, payload, endpointHost, eventId, ...rest } = input;
  const event = auditEventSchema.parse({
    ...rest,
    eventId: eventId ?? crypto.randomUUID(),
    at: toIso(at ?? new Date()),
    origin: originOnly(url ?? origin),
    path: pathOnly(url ?? path),
    ...(endpointHost !== undefined ? { endpointHost: hostOnly(endpointHost) } : {}),
    ...(options.logPayloads && payload !== undefined ? { payload } : {}),
  });
  if (!options.forward) return { ...event, id: await db.audit.add(event) };
  return db.transaction('rw', db.audit, db.outbox, async () => {
    const id = await db.audit.add(event);
    await enqueue(db, event, new Date().toISOString());
    return { ...event, id };
  });
}

export interface AuditFilters {
  /** Inclusive lower bound. */
  from?: string | Date;
  /** Inclusive upper bound. */
  to?: string | Date;
  type?: AuditEventType | AuditEventType[];
  clientHash?: string;
  userId?: string;
  /** At most this many events (the oldest first). */
  limit?: number;
}

/**
 * Audit events matching all given filters, oldest first.
 *
 * @example await queryAudit(db, { from: '2025-01-01', type: ['send', 'fill'], clientHash })
 */
export async function queryAudit(db: AppDB, filters: AuditFilters = {}): Promise<AuditEvent[]> {
  const lower = filters.from !== undefined ? toIso(filters.from) : '';
  const upper = filters.to !== undefined ? toIso(filters.to) : '\uffff';
  const types = filters.type === undefined ? null : new Set(Array.isArray(filters.type) ? filters.type : [filters.type]);
  let query = db.audit
    .where('at')
    .between(lower, upper, true, true)
    .filter(
      (event) =>
        (types === null || types.has(event.type)) &&
        (filters.clientHash === undefined || event.clientHash === filters.clientHash) &&
        (filters.userId === undefined || event.userId === filters.userId),
    );
  if (filters.limit !== undefined) query = query.limit(filters.limit);
  return query.toArray();
}

/**
 * Deletes events older than `retentionDays` before `now`. Returns how many were deleted.
 */
export async function purgeExpiredAudit(db: AppDB, retentionDays: number, now: Date = new Date()): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new Error('retentionDays must be at least 1');
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return db.audit.where('at').below(cutoff).delete();
}
