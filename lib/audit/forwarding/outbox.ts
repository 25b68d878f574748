import type { AppDB } from '../../db/app-db';
import type { AuditEvent } from '../auditEvent';

/** One audit event waiting for the collector's acknowledgement. */
export interface OutboxEntry {
  /** Queue order (auto-increment): the oldest go first. */
  seq?: number;
  eventId: string;
  /** ISO time it was queued. */
  queuedAt: string;
  /** The event exactly as the local log holds it (without its local row number). */
  event: Omit<AuditEvent, 'id'>;
}

/** How forwarding went; one row with key 'state' in the `forwarding` table. */
export interface ForwardingState {
  /** Consecutive failed attempts; 0 after a success or a fresh start. */
  failures: number;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: ForwardingError;
  /** No attempt before this time (backoff), except a fresh start (browser start, admin, new collector). */
  nextAttemptAt?: string;
  /** Events the collector acknowledged since this browser started forwarding. */
  sentTotal: number;
}
export type ForwardingStateRow = ForwardingState & { key: 'state' };

/** Why an attempt failed: not reachable, refused by CORS, too slow, blocked by the egress lock, or an HTTP status. */
export interface ForwardingError {
  at: string;
  code: 'unreachable' | 'cors' | 'timeout' | 'blocked' | 'http' | 'unknown';
  status?: number;
  /** Short technical detail (the collector's answer, the browser's message). */
  detail?: string;
}

const STATE_KEY = 'state';

/**
 * Puts an event in the outbox. Call it inside the transaction that writes the event to the local log, so
 * an event is either in both or in neither: nothing recorded can miss the queue.
 */
export async function enqueue(db: AppDB, event: AuditEvent, queuedAt: string): Promise<void> {
  const { id: _id, ...stored } = event;
  await db.outbox.add({ eventId: event.eventId, queuedAt, event: stored });
}

/** The oldest `limit` queued events. */
export function takeBatch(db: AppDB, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.orderBy(':id').limit(limit).toArray();
}

/** How many events wait. */
export function queuedCount(db: AppDB): Promise<number> {
  return db.outbox.count();
}

export async function readForwardingState(db: AppDB): Promise<ForwardingState> {
  const row = await db.forwarding.get(STATE_KEY);
  if (!row) return { failures: 0, sentTotal: 0 };
  const { key: _key, ...state } = row;
  return state;
}

export async function writeForwardingState(db: AppDB, state: ForwardingState): Promise<void> {
  await db.forwarding.put({ ...state, key: STATE_KEY });
}

/**
 * Removes exactly the entries the collector acknowledged and records the success, in one transaction:
 * events queued meanwhile stay, and a crash between the two cannot leave a sent event marked unsent.
 */
export async function acknowledge(db: AppDB, entries: readonly OutboxEntry[], state: ForwardingState): Promise<void> {
  await db.transaction('rw', db.outbox, db.forwarding, async () => {
    await db.outbox.bulkDelete(entries.map((entry) => entry.seq!));
    await writeForwardingState(db, state);
  });
}
