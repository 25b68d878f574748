import { describe, expect, it } from 'vitest';
import { diagnoseNetworkFailure, watchNetErrors } from '../netFailure';

/** A browser-like fetch: which probes get an answer. */
function browser(answers: { noCors: boolean; cors: boolean }): { fetch: typeof fetch; seen: RequestInit[] } {
  const seen: RequestInit[] = [];
  const fetchLike = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(init ?? {});
    if (init?.mode === 'no-cors' ? answers.noCors : answers.cors) return new Response('');
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  return { fetch: fetchLike, seen };
}

describe('diagnoseNetworkFailure: what a bare "Failed to fetch" was', () => {
  it('a server that answers a no-cors request and lets the extension read a plain GET: the connection broke off', async () => {
    expect(await diagnoseNetworkFailure({ url: 'http://127.0.0.1:11434/v1', fetch: browser({ noCors: true, cors: true }).fetch })).toBe('connection-reset');
  });

  it('a server that answers but whose answers the extension may not read: a real CORS refusal', async () => {
    expect(await diagnoseNetworkFailure({ url: 'https://ai.zorg.example/v1', fetch: browser({ noCors: true, cors: false }).fetch })).toBe('cors-origin');
  });

  it('nothing answers an address: a refused connection; a name: the browser cannot say if it resolved', async () => {
    expect(await diagnoseNetworkFailure({ url: 'http://localhost:11434/v1', fetch: browser({ noCors: false, cors: false }).fetch })).toBe('connection-refused');
    expect(await diagnoseNetworkFailure({ url: 'https://ai.zorg.example/v1', fetch: browser({ noCors: false, cors: false }).fetch })).toBe('unreachable');
  });

  it("takes the browser's own reason when it gives one: DNS, refused, reset", async () => {
    const never = browser({ noCors: false, cors: false });
    for (const [error, code] of [
      ['net::ERR_NAME_NOT_RESOLVED', 'dns-failed'],
      ['net::ERR_CONNECTION_REFUSED', 'connection-refused'],
      ['net::ERR_EMPTY_RESPONSE', 'connection-reset'],
      ['net::ERR_CONNECTION_RESET', 'connection-reset'],
    ] as const) {
      expect(await diagnoseNetworkFailure({ url: 'https://ai.zorg.example/v1', fetch: never.fetch, netError: () => error })).toBe(code);
    }
    expect(never.seen).toHaveLength(0);
  });

  it('the probes carry nothing: GET, no body, no credentials', async () => {
    const probe = browser({ noCors: true, cors: true });
    await diagnoseNetworkFailure({ url: 'http://127.0.0.1:11434/v1', fetch: probe.fetch });
    expect(probe.seen.map((i) => [i.method, i.mode, i.body ?? null])).toEqual([
      ['GET', 'no-cors', null],
      ['GET', 'cors', null],
    ]);
    expect(probe.seen[1]?.credentials).toBe('omit');
  });
});

describe('watchNetErrors', () => {
  it("remembers the browser's reason per origin, for its own origins only", async () => {
    let listener: ((d: { url: string; error: string }) => void) | undefined;
    const api = { onErrorOccurred: { addListener: (cb: typeof listener, filter: { urls: string[] }) => ((listener = cb), expect(filter.urls).toEqual(['http://127.0.0.1:11434/*'])), removeListener: () => undefined } };
    const net = watchNetErrors(api as never, ['http://127.0.0.1:11434']);
    listener?.({ url: 'http://127.0.0.1:11434/v1/chat/completions', error: 'net::ERR_CONNECTION_RESET' });
    expect(await net.errorFor('http://127.0.0.1:11434/v1')).toBe('net::ERR_CONNECTION_RESET');
    expect(await net.errorFor('http://elders.example/v1')).toBeUndefined();
  });

  it('waits a moment for the event, which can arrive just after fetch rejects; none (CORS) is undefined', async () => {
    let listener: ((d: { url: string; error: string }) => void) | undefined;
    const api = { onErrorOccurred: { addListener: (cb: typeof listener) => (listener = cb), removeListener: () => undefined } };
    const net = watchNetErrors(api as never, ['http://127.0.0.1:11434'], { waitMs: 200 });
    const asked = net.errorFor('http://127.0.0.1:11434/v1');
    setTimeout(() => listener?.({ url: 'http://127.0.0.1:11434/v1/models', error: 'net::ERR_NAME_NOT_RESOLVED' }), 20);
    expect(await asked).toBe('net::ERR_NAME_NOT_RESOLVED');
    const quiet = watchNetErrors(api as never, ['http://127.0.0.1:11435'], { waitMs: 30 });
    expect(await quiet.errorFor('http://127.0.0.1:11435/v1')).toBeUndefined();
  });
});
