import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDB, assertExtensionContext } from '../app-db';

describe('AppDB', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('declares the audit, drafts, collections, outbox, forwarding, summaries and call-time tables with their indexes', async () => {
    const db = new AppDB('app-db-schema-test');
    await db.open();
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(tables).toEqual({
      audit: ['at', 'clientHash', 'eventId', 'type', 'userId'],
      drafts: ['clientHash', 'expiresAt', 'kind', 'updatedAt'],
      collections: ['updatedAt'],
      outbox: ['eventId'],
      forwarding: [],
      summaries: ['expiresAt'],
      callTimes: [],
    });
    expect(db.audit.schema.primKey.auto).toBe(true);
    expect(db.outbox.schema.primKey.auto).toBe(true);
    expect(db.audit.schema.idxByName.eventId?.unique).toBe(true);
    await db.delete();
  });

  it('version 2 gives every event recorded under version 1 its own eventId, and keeps the rows', async () => {
    const v1 = new Dexie('app-db-upgrade-test');
    v1.version(1).stores({ audit: '++id, at, type, clientHash, userId', drafts: 'id, clientHash, kind, updatedAt, expiresAt', collections: 'id, updatedAt' });
    await v1.table('audit').bulkAdd([
      { at: '2025-01-01T00:00:00.000Z', type: 'read', userId: 'u', origin: '', path: '', clientHash: '' },
      { at: '2025-01-02T00:00:00.000Z', type: 'send', userId: 'u', origin: '', path: '', clientHash: '' },
    ]);
    v1.close();
    const db = new AppDB('app-db-upgrade-test');
    const rows = await db.audit.toArray();
    expect(rows.map((r) => r.type)).toEqual(['read', 'send']);
    expect(rows.every((r) => /^[0-9a-f-]{36}$/.test(r.eventId))).toBe(true);
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(2);
    expect(await db.outbox.count()).toBe(0);
    await db.delete();
  });

  it('refuses to open on a web page origin (a content script)', () => {
    vi.stubGlobal('location', { protocol: 'https:' });
    expect(() => assertExtensionContext()).toThrow(/content script/);
    expect(() => new AppDB('never-created')).toThrow(/content script/);
  });

  it('opens in extension pages', () => {
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    expect(() => assertExtensionContext()).not.toThrow();
    vi.stubGlobal('location', { protocol: 'moz-extension:' });
    expect(() => assertExtensionContext()).not.toThrow();
  });
});
