import type { AppDB } from '../db/app-db';
import type { SummaryCache } from '../llm/summarizeInChunks';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The summary cache in the extension's database: partial summaries of chunked summaries by content hash,
 * model and template version. They hold record text, so they live in the extension origin only and expire
 * with the draft retention (purgeExpiredSummaries, run with the draft purge).
 *
 * @example prepareDraft({ ..., cache: createSummaryCache(getAppDB(), { retentionDays: settings.draftRetentionDays }) })
 */
export function createSummaryCache(db: AppDB, timing: { retentionDays: number; now?: () => Date }): SummaryCache {
  const now = timing.now ?? (() => new Date());
  return {
    async get(key) {
      const row = await db.summaries.get(key);
      return row && row.expiresAt > now().toISOString() ? row.text : undefined;
    },
    async put(key, text) {
      const at = now();
      await db.summaries.put({ key, text, createdAt: at.toISOString(), expiresAt: new Date(at.getTime() + timing.retentionDays * DAY_MS).toISOString() });
    },
  };
}

/** Deletes partial summaries past their expiry, or older than the retention now set (it may have been shortened). Returns how many. */
export async function purgeExpiredSummaries(db: AppDB, retentionDays: number, now: Date = new Date()): Promise<number> {
  const oldest = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const nowIso = now.toISOString();
  return db.summaries.filter((row) => row.expiresAt <= nowIso || row.createdAt <= oldest).delete();
}
