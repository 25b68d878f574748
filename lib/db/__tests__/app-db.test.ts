import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDB, assertExtensionContext } from '../app-db';

describe('AppDB', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('declares the audit, drafts, collections, summaries and call-time tables with their indexes', async () => {
    const db = new AppDB('app-db-schema-test');
    await db.open();
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(tables).toEqual({
      audit: ['at', 'clientHash', 'type', 'userId'],
      drafts: ['clientHash', 'expiresAt', 'kind', 'updatedAt'],
      collections: ['updatedAt'],
      summaries: ['expiresAt'],
      callTimes: [],
    });
    expect(db.audit.schema.primKey.auto).toBe(true);
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
