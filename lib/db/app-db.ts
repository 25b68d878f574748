import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEvent } from '../audit/auditEvent';
import type { Draft } from '../drafts/draft';
import type { DossierCollection } from './collection';

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
 * The extension's one database (extension origin): the audit log, drafts and the record overview.
 * Rows are typed by the zod schemas of lib/audit, lib/drafts and lib/db/collection.
 */
export class AppDB extends Dexie {
  audit!: EntityTable<AuditEvent, 'id'>;
  drafts!: Table<Draft, string>;
  collections!: Table<DossierCollection, string>;

  constructor(name: string = APP_DB_NAME) {
    assertExtensionContext();
    super(name);
    this.version(1).stores({
      audit: '++id, at, type, clientHash, userId',
      drafts: 'id, clientHash, kind, updatedAt, expiresAt',
      collections: 'id, updatedAt',
    });
  }
}

let shared: AppDB | null = null;

/** The shared AppDB of this page or worker, opened on first use. */
export function getAppDB(): AppDB {
  shared ??= new AppDB();
  return shared;
}
