/** Exponential backoff with jitter for forwarding attempts that failed. */
export interface RetrySchedule {
  /** Wait after the first failure. */
  baseMs: number;
  /** Longest wait between attempts. */
  maxMs: number;
  /** Spread each wait by ± this fraction, so five hundred browsers do not retry in the same second. */
  jitter: number;
}

/**
 * Production: 30 s, doubling to 15 minutes. 30 s is also the shortest delay Chrome gives a packed MV3
 * extension's alarms; an offline laptop therefore costs one failed request per 15 minutes at most.
 */
export const PRODUCTION_RETRY: RetrySchedule = { baseMs: 30_000, maxMs: 15 * 60_000, jitter: 0.2 };

/** Test builds only: the same schedule in seconds, so the e2e test of an outage runs in seconds (unpacked alarms may fire after 1 s). */
export const TEST_BUILD_RETRY: RetrySchedule = { baseMs: 1_000, maxMs: 3_000, jitter: 0.2 };

/**
 * How long to wait after the `failures`-th consecutive failure: base · 2^(failures−1), at most max, ± jitter.
 *
 * @example retryDelayMs(3, PRODUCTION_RETRY, () => 0.5) // 120000 (30 s · 4)
 */
export function retryDelayMs(failures: number, schedule: RetrySchedule, random: () => number = Math.random): number {
  const exponential = schedule.baseMs * 2 ** Math.max(0, failures - 1);
  const capped = Math.min(schedule.maxMs, exponential);
  return Math.round(capped * (1 - schedule.jitter + 2 * schedule.jitter * random()));
}
