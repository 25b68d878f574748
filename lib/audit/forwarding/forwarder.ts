import type { AppDB } from '../../db/app-db';
import { createGuardedFetch } from '../../llm/guardedFetch';
import { isCorsRefusal, LlmError } from '../../llm/llmError';
import type { ForwardingPolicy } from '../../settings/sendPolicy';
import { forwardedRecord, toNdjson, type ForwardingSource } from './forwardedRecord';
import {
  acknowledge,
  queuedCount,
  readForwardingState,
  takeBatch,
  writeForwardingState,
  type ForwardingError,
  type ForwardingState,
} from './outbox';
import { PRODUCTION_RETRY, retryDelayMs, type RetrySchedule } from './retrySchedule';

/**
 * Why the forwarder runs. 'queued' (a new event), 'alarm' (the backoff ran out) and 'wake' (the background
 * started again) wait for the backoff. 'startup' (the browser started), 'online', 'config' (a collector
 * was set or changed) and 'manual' (the admin's button) start afresh: the backoff is reset and they try now.
 */
export type FlushReason = 'queued' | 'alarm' | 'wake' | 'startup' | 'online' | 'config' | 'manual';

/** What the admin sees: the stored state plus what is queued and where it goes. */
export interface ForwardingStatus extends ForwardingState {
  /** A collector is set by policy. */
  enabled: boolean;
  /** Origin and path of the collector (never its headers). */
  collector: string | null;
  queued: number;
}

export interface ForwarderDeps {
  db: AppDB;
  /** The current forwarding policy (forwardingPolicyFor(settings)), null when none is set. */
  policy: () => Promise<ForwardingPolicy | null>;
  source: () => Promise<ForwardingSource>;
  /** Wake the forwarder at this time (chrome.alarms: it survives the service worker sleeping); null cancels. */
  schedule: (at: number | null) => Promise<void>;
  /** The fetch underneath the egress lock (tests). */
  baseFetch?: typeof fetch;
  retry?: RetrySchedule;
  now?: () => number;
  random?: () => number;
  /** Per request. */
  timeoutMs?: number;
  /** Requests per run before the next run is scheduled, so one run never keeps the worker busy for long. */
  maxRequestsPerRun?: number;
}

export interface Forwarder {
  /** Sends queued events in batches until the queue is empty or an attempt fails. Never throws. */
  flush(reason: FlushReason): Promise<ForwardingStatus>;
  status(): Promise<ForwardingStatus>;
}

const FRESH_START: ReadonlySet<FlushReason> = new Set(['startup', 'online', 'config', 'manual']);

/**
 * Central audit forwarding (NEN 7513: the organisation inspects the log, for years). Events wait in the
 * durable outbox (IndexedDB, extension origin) and are sent as JSON lines to the collector, through the
 * egress lock with the collector's origin only. Only a 2xx answer removes them, and only the events of
 * that request. A failure waits base · 2^n (chrome.alarms), so a browser that is offline, restarted or
 * asleep loses nothing and sends everything once the collector answers.
 *
 * Delivery is at least once with a stable id: an event is sent again only when its acknowledgement was
 * lost (the collector got it, the answer did not arrive, or the browser stopped before removing it). The
 * eventId lets the collector keep it once (docs/admin.md, chapter 12).
 *
 * @example
 * const forwarder = createForwarder({ db, policy: async () => forwardingPolicyFor((await loadSettings()).settings), source, schedule });
 * await forwarder.flush('queued');
 */
export function createForwarder(deps: ForwarderDeps): Forwarder {
  const now = deps.now ?? Date.now;
  const retry = deps.retry ?? PRODUCTION_RETRY;
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const maxRequests = deps.maxRequestsPerRun ?? 20;
  let running: Promise<ForwardingStatus> | null = null;
  let again: FlushReason | null = null;

  const status = async (policy?: ForwardingPolicy | null): Promise<ForwardingStatus> =>
    readForwardingStatus(deps.db, policy === undefined ? await deps.policy() : policy);

  const failed = async (state: ForwardingState, error: ForwardingError): Promise<void> => {
    const failures = state.failures + 1;
    const next = now() + retryDelayMs(failures, retry, deps.random);
    await writeForwardingState(deps.db, { ...state, failures, lastError: error, nextAttemptAt: new Date(next).toISOString() });
    await deps.schedule(next);
  };

  const run = async (reason: FlushReason): Promise<ForwardingStatus> => {
    const policy = await deps.policy();
    if (!policy) {
      // Nothing may leave without a collector set by policy; what is queued waits for one.
      await deps.schedule(null);
      return status(null);
    }
    let state = await readForwardingState(deps.db);
    if (FRESH_START.has(reason)) state = { ...state, failures: 0, nextAttemptAt: undefined };
    else if (state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now()) {
      // Still backing off: make sure the alarm is there (alarms may not survive a browser restart).
      await deps.schedule(Date.parse(state.nextAttemptAt));
      return status(policy);
    }
    const send = createGuardedFetch({ allowedOrigins: policy.allowedOrigins, baseFetch: deps.baseFetch });
    const source = await deps.source();
    let limit = policy.batchSize;
    for (let request = 0; request < maxRequests; request++) {
      const batch = await takeBatch(deps.db, limit);
      if (batch.length === 0) {
        if (state.nextAttemptAt || state.failures) await writeForwardingState(deps.db, { ...state, failures: 0, nextAttemptAt: undefined });
        await deps.schedule(null);
        return status(policy);
      }
      const attemptAt = new Date(now()).toISOString();
      state = { ...state, lastAttemptAt: attemptAt };
      let error: ForwardingError;
      try {
        const response = await send(policy.url, {
          method: 'POST',
          headers: { ...policy.headers, 'Content-Type': 'application/x-ndjson' },
          body: toNdjson(batch.map((entry) => forwardedRecord(entry.event, source))),
          credentials: 'omit',
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.ok) {
          state = { ...state, failures: 0, nextAttemptAt: undefined, lastSuccessAt: new Date(now()).toISOString(), sentTotal: state.sentTotal + batch.length };
          await acknowledge(deps.db, batch, state);
          continue;
        }
        if (response.status === 413 && limit > 1) {
          // Too large for the collector: the same events again, in smaller requests.
          limit = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        error = { at: attemptAt, code: 'http', status: response.status, detail: short(await response.text().catch(() => '')) };
      } catch (thrown) {
        error = { at: attemptAt, ...(await describeFailure(thrown, policy.url, send)) };
      }
      await failed(state, error);
      return status(policy);
    }
    // More than one run's worth: carry on shortly, in a new run.
    await writeForwardingState(deps.db, state);
    await deps.schedule(now() + 1_000);
    return status(policy);
  };

  const flush = async (reason: FlushReason): Promise<ForwardingStatus> => {
    if (running) {
      // One sender at a time: the running flush is followed by one more, so nothing queued meanwhile waits.
      if (again === null || FRESH_START.has(reason)) again = reason;
      return running;
    }
    running = (async () => {
      let result: ForwardingStatus;
      try {
        result = await run(reason);
        while (again !== null) {
          const next = again;
          again = null;
          result = await run(next);
        }
      } catch (error) {
        // A database failure: report it; the alarm or the next event tries again.
        console.error('Dossierhulp: doorsturen van het auditlog mislukt', error);
        result = await status().catch(() => ({ failures: 0, sentTotal: 0, enabled: false, collector: null, queued: 0 }));
      } finally {
        running = null;
      }
      return result;
    })();
    return running;
  };

  return { flush, status: () => status() };
}

/**
 * The forwarding state as the admin sees it, read from the database (any extension page may call it).
 *
 * @example await readForwardingStatus(getAppDB(), forwardingPolicyFor(settings))
 */
export async function readForwardingStatus(db: AppDB, policy: ForwardingPolicy | null): Promise<ForwardingStatus> {
  const [state, queued] = await Promise.all([readForwardingState(db), queuedCount(db)]);
  return { ...state, enabled: policy !== null, collector: policy ? collectorName(policy.url) : null, queued };
}

/** Origin and path of the collector URL, without query (it could hold a token). */
function collectorName(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

async function describeFailure(thrown: unknown, url: string, send: typeof fetch): Promise<Omit<ForwardingError, 'at'>> {
  const name = (thrown as { name?: unknown })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return { code: 'timeout' };
  if (thrown instanceof LlmError) {
    if (thrown.failure.code === 'egress-blocked') return { code: 'blocked', detail: thrown.failure.detail };
    if (thrown.failure.code === 'unreachable') {
      // A browser reports CORS refusals and closed ports alike; a no-cors probe tells them apart.
      return (await isCorsRefusal(thrown, url, send)) ? { code: 'cors', detail: thrown.failure.detail } : { code: 'unreachable', detail: thrown.failure.detail };
    }
  }
  return { code: 'unknown', detail: short(thrown instanceof Error ? thrown.message : String(thrown)) };
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
