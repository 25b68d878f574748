import type { AppDB } from './app-db';

const keyOf = (endpoint: { baseURL: string; model: string }) => `${endpoint.baseURL.trim().replace(/\/+$/, '')} ${endpoint.model}`;

/** Keeps the duration of the last map or merge call of a model, to say beforehand how long a summary takes. */
export async function recordCallTime(db: AppDB, endpoint: { baseURL: string; model: string }, ms: number, now: Date = new Date()): Promise<void> {
  await db.callTimes.put({ key: keyOf(endpoint), ms: Math.round(ms), at: now.toISOString() });
}

/** The last measured call time of this endpoint and model in ms, or null before the first call. */
export async function lastCallTime(db: AppDB, endpoint: { baseURL: string; model: string }): Promise<number | null> {
  return (await db.callTimes.get(keyOf(endpoint)))?.ms ?? null;
}
