import type { LlmErrorCode } from './llmError';

/**
 * A browser reports every failed fetch as the same bare TypeError ("Failed to fetch"): a refused connection,
 * a connection reset during the request, a host name that does not resolve and a CORS refusal all look alike.
 * They need different advice, so they are told apart:
 * 1. the browser's own reason (net::ERR_…), where it tells the extension (webRequest, for hosts the extension
 *    has permission for: see watchNetErrors);
 * 2. else with requests that carry nothing (no body, no credentials, no key), through the egress lock:
 *    - a `no-cors` GET to the origin: only a server that is there answers it (its answer cannot be read, so
 *      CORS does not apply). No answer: nothing listens (an address or "localhost" cannot fail to resolve, so
 *      that is a refused connection) or the name does not resolve (which a browser does not say: 'unreachable');
 *    - a plain CORS GET to the endpoint: when that answer can be read, CORS is not what stopped the request,
 *      so the connection broke off during it ('connection-reset'); when it cannot, the server answers without
 *      letting the extension read it ('cors-origin').
 */
export type NetErrorSource = (url: string) => string | undefined | Promise<string | undefined>;

/** Chromium's and Firefox's names for what went wrong, by what the person can do about it. */
const NET_ERRORS: [RegExp, LlmErrorCode][] = [
  [/ERR_CONNECTION_REFUSED|ERR_UNSAFE_PORT|NS_ERROR_CONNECTION_REFUSED/, 'connection-refused'],
  [/ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|ERR_CONNECTION_CLOSED|ERR_CONNECTION_ABORTED|NS_ERROR_NET_RESET|NS_ERROR_NET_INTERRUPT/, 'connection-reset'],
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|NS_ERROR_UNKNOWN_HOST/, 'dns-failed'],
  [/ERR_CONNECTION_TIMED_OUT|ERR_TIMED_OUT|NS_ERROR_NET_TIMEOUT/, 'timeout'],
];

const PROBE_MS = 3000;

async function answers(send: typeof fetch, url: string, init: RequestInit): Promise<boolean> {
  try {
    await send(url, { ...init, method: 'GET', signal: AbortSignal.timeout(PROBE_MS) });
    return true;
  } catch {
    return false;
  }
}

function isAddressOrLocal(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
}

/**
 * What a failed browser fetch to `url` was (see above). `fetch` must be the egress-locked fetch.
 * @example await diagnoseNetworkFailure({ url: endpoint.baseURL, fetch: guarded }) // 'connection-reset'
 */
export async function diagnoseNetworkFailure(input: { url: string; fetch?: typeof fetch; netError?: NetErrorSource }): Promise<LlmErrorCode> {
  const told = await input.netError?.(input.url);
  const known = told ? NET_ERRORS.find(([re]) => re.test(told))?.[1] : undefined;
  if (known) return known;
  const send = input.fetch ?? globalThis.fetch;
  let origin: string;
  let host: string;
  try {
    ({ origin, hostname: host } = new URL(input.url));
  } catch {
    return 'unreachable';
  }
  if (!(await answers(send, `${origin}/`, { mode: 'no-cors' }))) return isAddressOrLocal(host) ? 'connection-refused' : 'unreachable';
  return (await answers(send, input.url, { mode: 'cors', credentials: 'omit' })) ? 'connection-reset' : 'cors-origin';
}

/** How recent a browser error must be to explain a failure just seen, and how long to wait for one to arrive. */
const RECENT_MS = 5000;
const WAIT_MS = 250;

/**
 * Remembers the browser's reason for failed requests to the given origins (webRequest.onErrorOccurred, which
 * Chromium and Firefox report for hosts the extension has permission for), for diagnoseNetworkFailure. The
 * event can arrive just after fetch rejects, so `errorFor` waits a moment for it; a CORS refusal has none.
 * @example const net = watchNetErrors(browser.webRequest, [origin]); … diagnoseLlmError(e, endpoint, { netError: net.errorFor })
 */
export function watchNetErrors(
  webRequest: { onErrorOccurred: { addListener(cb: (d: { url: string; error: string }) => void, filter: { urls: string[] }): void; removeListener(cb: (d: { url: string; error: string }) => void): void } } | undefined,
  origins: readonly string[],
  wait: { recentMs?: number; waitMs?: number } = {},
): { errorFor: (url: string) => Promise<string | undefined>; stop(): void } {
  const recentMs = wait.recentMs ?? RECENT_MS;
  const waitMs = wait.waitMs ?? WAIT_MS;
  const last = new Map<string, { error: string; at: number }>();
  const waiting = new Set<() => void>();
  const listener = (d: { url: string; error: string }) => {
    try {
      last.set(new URL(d.url).origin, { error: d.error, at: Date.now() });
    } catch {
      return; // not a URL we asked for
    }
    for (const wake of waiting) wake();
  };
  const urls = origins.map((o) => `${o}/*`);
  if (webRequest && urls.length > 0) {
    try {
      webRequest.onErrorOccurred.addListener(listener, { urls });
    } catch {
      // No permission for these hosts: the probes decide.
    }
  }
  const recent = (origin: string) => {
    const seen = last.get(origin);
    return seen && Date.now() - seen.at < recentMs ? seen.error : undefined;
  };
  return {
    async errorFor(url) {
      let origin: string;
      try {
        origin = new URL(url).origin;
      } catch {
        return undefined;
      }
      const now = recent(origin);
      if (now || waitMs <= 0) return now;
      return new Promise<string | undefined>((resolve) => {
        const done = () => {
          waiting.delete(wake);
          clearTimeout(timer);
          resolve(recent(origin));
        };
        const wake = () => {
          if (recent(origin)) done();
        };
        const timer = setTimeout(done, waitMs);
        waiting.add(wake);
      });
    },
    stop() {
      webRequest?.onErrorOccurred.removeListener(listener);
    },
  };
}
