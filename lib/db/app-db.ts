import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEvent } from '../audit/auditEvent';
import type { ForwardingStateRow, OutboxEntry } from '../audit/forwarding/outbox';
import type { Draft } from '../drafts/draft';
import type { DossierCollection } from './collection';

/** A chunk's partial summary, kept so a re-run or an overlapping period reuses it (lib/drafts/summaryCache.ts). */
export interface SummaryRow {
  /** SHA-256 of model, template version and the chunk as read. */
  key: string;
  /** The partial summary, identifiers restored (like a draft, it is record text). */
  text: string;
  createdAt: string;
  /** Purged with the draft retention. */
  expiresAt: string;
}

/** The last measured duration of one model call per endpoint and model (lib/db/callTimes.ts). */
export interface CallTimeRow {
  /** baseURL + model */
  key: string;
  ms: number;
  at: string;
}

export const APP_DB_NAME = 'dossierhulp';

/**
 * IndexedDB opened from a content script belongs to the web page's origin: the ECD site could read
 * it. The database is therefore refused anywhere but extension pages, the background and tests.
 */
export function assertExtensionContext(): void {
  const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol;
  if (protocol === 'http:' || protocol === 'https:') {
    throw new Error(
      'AppDB can only be opened in extension pages or the background, never in a content script: ' +
        'there IndexedDB belongs to the web page.',
    );
  }
}

/**
 * The extension's one database (extension origin): the audit log, drafts and the record overview, the
 * audit forwarding queue (outbox) with its state, partial summaries and model call times. Rows are typed
 * by the zod schemas of lib/audit, lib/drafts and lib/db/collection.
 */
export class AppDB extends Dexie {
  audit!: EntityTable<AuditEvent, 'id'>;
  drafts!: Table<Draft, string>;
  collections!: Table<DossierCollection, string>;
  summaries!: Table<SummaryRow, string>;
  callTimes!: Table<CallTimeRow, string>;
  /** Audit events waiting for the organisation's collector to acknowledge them, oldest first (seq). */
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  /** One row: how forwarding went (last success, last error, backoff). */
  forwarding!: Table<ForwardingStateRow, string>;

  constructor(name: string = APP_DB_NAME) {
    assertExtensionContext();
    super(name);
    this.version(1).stores({
      audit: '++id, at, type, clientHash, userId',
      drafts: 'id, clientHash, kind, updatedAt, expiresAt',
      collections: 'id, updatedAt',
    });
    // Version 2: every audit event has an eventId, and events for the organisation's collector wait in the
    // outbox. Frozen: events recorded before get an id here once (it uses nothing but the platform's uuid).
    this.version(2)
      .stores({
        audit: '++id, at, type, clientHash, userId, &eventId',
        outbox: '++seq, &eventId',
        forwarding: 'key',
      })
      .upgrade((tx) =>
        tx
          .table('audit')
          .toCollection()
          .modify((event: { eventId?: string }) => {
            event.eventId ??= crypto.randomUUID();
          }),
      );
    // Version 3: the summary cache of chunked summaries and the last call time per model.
    this.version(3).stores({
      summaries: 'key, expiresAt',
      callTimes: 'key',
    });
  }
}

let shared: AppDB | null = null;

/** The shared AppDB of this page or worker, opened on first use. */
export function getAppDB(): AppDB {
  shared ??= new AppDB();
  return shared;
}
