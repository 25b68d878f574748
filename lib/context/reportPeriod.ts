import { dateSortKey } from '../page/snapshotText';

/** yyyymmddhhmm (dateSortKey) → days since 1970, for counting days between reports. */
export function dayOfKey(key: number): number {
  const d = Math.floor(key / 10000);
  return Date.UTC(Math.floor(d / 10000), (Math.floor(d / 100) % 100) - 1, d % 100) / 86_400_000;
}

/**
 * The reports dated within `days` days up to the newest dated one — "the last 30 days of the record",
 * also when it was read some time after its last report — in their own order. Undated reports are left out.
 *
 * @example reportsWithinDays(reports, 7) // the newest report's day and the six before it
 */
export function reportsWithinDays<R extends { date?: string }>(reports: readonly R[], days: number, now: Date = new Date()): R[] {
  const keys = reports.map((r) => (r.date ? dateSortKey(r.date, now) : Number.NaN));
  let newest = Number.NaN;
  for (const key of keys) if (!Number.isNaN(key) && !(key <= newest)) newest = key;
  if (Number.isNaN(newest)) return [];
  const last = dayOfKey(newest);
  return reports.filter((_, i) => !Number.isNaN(keys[i]!) && last - dayOfKey(keys[i]!) < Math.max(1, days));
}
