import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../db/app-db';
import { lastCallTime, recordCallTime } from '../../db/callTimes';
import { createSummaryCache, purgeExpiredSummaries } from '../summaryCache';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

describe('summary cache', () => {
  it('keeps partial summaries until the draft retention runs out, then purges them', async () => {
    db = new AppDB(`summary-cache-${Math.random()}`);
    let now = new Date('2026-01-01T10:00:00Z');
    const cache = createSummaryCache(db, { retentionDays: 7, now: () => now });
    await cache.put('k1', 'Deelsamenvatting (12-03-2025).');
    expect(await cache.get('k1')).toBe('Deelsamenvatting (12-03-2025).');
    expect(await cache.get('k2')).toBeUndefined();
    now = new Date('2026-01-09T10:00:00Z');
    expect(await cache.get('k1')).toBeUndefined();
    expect(await purgeExpiredSummaries(db, 7, now)).toBe(1);
    expect(await db.summaries.count()).toBe(0);
  });

  it('purges by a retention shortened since', async () => {
    db = new AppDB(`summary-cache-${Math.random()}`);
    const cache = createSummaryCache(db, { retentionDays: 30, now: () => new Date('2026-01-01T10:00:00Z') });
    await cache.put('k1', 'x');
    expect(await purgeExpiredSummaries(db, 2, new Date('2026-01-05T10:00:00Z'))).toBe(1);
  });

  it('remembers the last call time per endpoint and model', async () => {
    db = new AppDB(`summary-cache-${Math.random()}`);
    const endpoint = { baseURL: 'http://localhost:11434/v1/', model: 'llama3.1:8b' };
    expect(await lastCallTime(db, endpoint)).toBeNull();
    await recordCallTime(db, endpoint, 8400.4);
    await recordCallTime(db, endpoint, 9100);
    expect(await lastCallTime(db, { ...endpoint, baseURL: 'http://localhost:11434/v1' })).toBe(9100);
    expect(await lastCallTime(db, { ...endpoint, model: 'qwen3:8b' })).toBeNull();
  });
});
