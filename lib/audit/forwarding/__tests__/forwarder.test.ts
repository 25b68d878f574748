import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../../db/app-db';
import { createAuditor } from '../../auditor';
import { defaultSettings, type Settings } from '../../../settings/schema';
import { forwardingPolicyFor } from '../../../settings/sendPolicy';
import { createForwarder, type ForwarderDeps } from '../forwarder';
import { readForwardingState } from '../outbox';
import { retryDelayMs, PRODUCTION_RETRY } from '../retrySchedule';

const COLLECTOR = 'https://logs.zorg.example/dossierhulp';

/** A collector that is down, answers with a status, or takes the events, and keeps every line it got. */
function fakeCollector() {
  const lines: Record<string, unknown>[] = [];
  const requests: { url: string; headers: Record<string, string>; body: string }[] = [];
  let mode: 'down' | 'up' | number | 'lose-answer' = 'down';
  const send = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = String(init?.body ?? '');
    requests.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers).entries()), body });
    // What Node's fetch throws for a closed port (with a cause, unlike a browser's).
    if (mode === 'down') throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    if (typeof mode === 'number') return new Response('nee', { status: mode });
    for (const line of body.split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    if (mode === 'lose-answer') throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    return new Response(null, { status: 204 });
  }) as typeof globalThis.fetch;
  return {
    fetch: send,
    lines,
    requests,
    set: (next: typeof mode) => {
      mode = next;
    },
  };
}

let db: AppDB;
let n = 0;
let clock = Date.parse('2026-03-01T09:00:00Z');
let settings: Settings;
let alarms: (number | null)[];

beforeEach(async () => {
  db = new AppDB(`forwarder-test-${++n}`);
  await db.open();
  clock = Date.parse('2026-03-01T09:00:00Z');
  alarms = [];
  settings = { ...defaultSettings(), userId: 'm.devries', auditForwarding: { url: COLLECTOR, headers: { Authorization: 'Bearer geheim' }, batchSize: 3 } };
});
afterEach(() => db.delete());

const auditor = () => createAuditor({ db, settings: () => settings, salt: async () => 'zout', userIdSource: () => 'policy' });
const forwarder = (collector: ReturnType<typeof fakeCollector>, over: Partial<ForwarderDeps> = {}) =>
  createForwarder({
    db,
    policy: async () => forwardingPolicyFor(settings),
    source: async () => ({ appVersion: '0.1.0', installId: 'install-1' }),
    schedule: async (at) => {
      alarms.push(at);
    },
    baseFetch: collector.fetch,
    now: () => clock,
    random: () => 0.5,
    ...over,
  });
const record = async (count: number) => {
  for (let i = 0; i < count; i++) expect(await auditor().record({ type: 'read', bytes: i }, { url: 'https://ecd.zorg.example/c', clientFingerprint: 'f' })).toBe(true);
};
const localIds = async () => (await db.audit.toArray()).map((e) => e.eventId);

describe('audit forwarding', () => {
  it('queues each event with the local log, in one transaction, only when policy sets a collector', async () => {
    await record(2);
    expect(await db.outbox.count()).toBe(2);
    settings = { ...settings, auditForwarding: null };
    await record(1);
    expect(await db.audit.count()).toBe(3);
    expect(await db.outbox.count()).toBe(2);
    expect((await db.outbox.toArray()).map((e) => e.eventId)).toEqual((await localIds()).slice(0, 2));
  });

  it('an outage loses nothing; when the collector answers, every event arrives exactly once, oldest first', async () => {
    const collector = fakeCollector();
    const f = forwarder(collector);
    await record(4);
    let status = await f.flush('queued');
    expect(status).toMatchObject({ enabled: true, queued: 4, failures: 1, lastError: { code: 'unreachable' } });
    expect(alarms.at(-1)).toBe(clock + PRODUCTION_RETRY.baseMs);

    // Still backing off: a new event does not hammer the collector.
    await record(3);
    const before = collector.requests.length;
    status = await f.flush('queued');
    expect(collector.requests.length).toBe(before);
    expect(status.queued).toBe(7);

    // The alarm fires while the collector is still down: the wait doubles.
    clock += PRODUCTION_RETRY.baseMs;
    status = await f.flush('alarm');
    expect(status.failures).toBe(2);
    expect(alarms.at(-1)).toBe(clock + 2 * PRODUCTION_RETRY.baseMs);

    collector.set('up');
    clock += 2 * PRODUCTION_RETRY.baseMs;
    status = await f.flush('alarm');
    expect(status).toMatchObject({ queued: 0, failures: 0, sentTotal: 7, lastSuccessAt: new Date(clock).toISOString() });
    expect(status.nextAttemptAt).toBeUndefined();
    expect(alarms.at(-1)).toBeNull();
    // Batches of three (policy batchSize), JSON lines, in the order recorded, each id once.
    expect(collector.requests.slice(-3).map((r) => r.body.split('\n').filter(Boolean).length)).toEqual([3, 3, 1]);
    expect(collector.lines.map((l) => l.eventId)).toEqual(await localIds());
    expect(new Set(collector.lines.map((l) => l.eventId)).size).toBe(7);
  });

  it('sends JSON lines with the policy headers, the user and its source, and no local row number', async () => {
    const collector = fakeCollector();
    collector.set('up');
    await record(1);
    await forwarder(collector).flush('queued');
    const request = collector.requests[0]!;
    expect(request.url).toBe(COLLECTOR);
    expect(request.headers['content-type']).toBe('application/x-ndjson');
    expect(request.headers.authorization).toBe('Bearer geheim');
    expect(request.body.endsWith('\n')).toBe(true);
    expect(collector.lines[0]).toMatchObject({
      type: 'read',
      userId: 'm.devries',
      userIdSource: 'policy',
      origin: 'https://ecd.zorg.example',
      app: 'dossierhulp',
      appVersion: '0.1.0',
      installId: 'install-1',
    });
    expect(collector.lines[0]).not.toHaveProperty('id');
    expect(collector.lines[0]!.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('removes only what a 2xx acknowledged: an error status keeps the batch, and a lost answer resends the same ids', async () => {
    const collector = fakeCollector();
    await record(2);
    collector.set(503);
    let status = await forwarder(collector).flush('manual');
    expect(status).toMatchObject({ queued: 2, lastError: { code: 'http', status: 503, detail: 'nee' } });

    collector.set('lose-answer'); // the collector stored them, the answer never came back
    status = await forwarder(collector).flush('manual');
    expect(status.queued).toBe(2);
    collector.set('up');
    status = await forwarder(collector).flush('manual');
    expect(status.queued).toBe(0);
    // At least once, with a stable id: the collector can keep each event once by its eventId.
    const ids = collector.lines.map((l) => l.eventId);
    expect(ids).toHaveLength(4);
    expect(new Set(ids)).toEqual(new Set(await localIds()));
  });

  it('a fresh start (browser start, admin, new collector) ignores the backoff and resets it', async () => {
    const collector = fakeCollector();
    const f = forwarder(collector);
    await record(1);
    await f.flush('queued');
    await f.flush('alarm'); // not yet due: no request
    expect(collector.requests.length).toBe(1);
    collector.set('up');
    const status = await f.flush('startup');
    expect(status).toMatchObject({ queued: 0, failures: 0 });
  });

  it('a collector that finds a request too large gets the same events in smaller ones', async () => {
    const collector = fakeCollector();
    let calls = 0;
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      const lines = String(init?.body).split('\n').filter(Boolean).length;
      if (lines > 1) return new Response('too large', { status: 413 });
      collector.set('up');
      return collector.fetch(input, init);
    }) as typeof globalThis.fetch;
    await record(3);
    const status = await forwarder(collector, { baseFetch: fetch }).flush('queued');
    expect(status.queued).toBe(0);
    expect(collector.lines).toHaveLength(3);
    expect(calls).toBe(4); // three in one: 413; then one per request
  });

  it('sends nothing without a collector in policy, and nothing to any other origin', async () => {
    const collector = fakeCollector();
    collector.set('up');
    await record(1);
    settings = { ...settings, auditForwarding: null };
    const status = await forwarder(collector).flush('manual');
    expect(status).toMatchObject({ enabled: false, collector: null, queued: 1 });
    expect(collector.requests).toEqual([]);
    expect(alarms).toEqual([null]);
  });

  it('tells a CORS refusal from a collector that is not there (browser fetch errors have no cause)', async () => {
    const requests: RequestInit[] = [];
    const corsRefused = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(init ?? {});
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await record(1);
    const status = await forwarder(fakeCollector(), { baseFetch: corsRefused }).flush('queued');
    expect(status.lastError?.code).toBe('cors');
    expect(requests.at(-1)?.mode).toBe('no-cors');
  });

  it('one sender at a time: overlapping flushes do not send an event twice', async () => {
    const collector = fakeCollector();
    collector.set('up');
    await record(5);
    const f = forwarder(collector);
    await Promise.all([f.flush('queued'), f.flush('queued'), f.flush('manual')]);
    expect(collector.lines.map((l) => l.eventId)).toEqual(await localIds());
    expect((await readForwardingState(db)).sentTotal).toBe(5);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base to the maximum, spread by the jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((f) => retryDelayMs(f, PRODUCTION_RETRY, mid))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
    expect(retryDelayMs(1, PRODUCTION_RETRY, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, PRODUCTION_RETRY, () => 1)).toBe(36_000);
  });
});
