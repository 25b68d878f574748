import { LlmError } from './llmError';

/** One outgoing request as the audit log and the payload preview see it. Headers are left out on purpose (API keys). */
export interface OutgoingRequest {
  url: string;
  method: string;
  /** The exact body text for JSON requests; a readable summary for multipart and binary bodies. */
  body: string | null;
}

export interface GuardedFetchOptions {
  /** Origins requests may go to, e.g. [endpointOrigin(endpoint)]. Anything else is blocked before sending. */
  allowedOrigins: string[];
  /** Called before every allowed request is sent; if it throws, the request is not sent (no log, no send). */
  onRequest?: (request: OutgoingRequest) => void | Promise<void>;
  /** The fetch that actually sends (default: globalThis.fetch at call time). */
  baseFetch?: typeof fetch;
}

/**
 * The egress lock: a fetch that only talks to the allowed origins. A request to any other origin throws
 * an LlmError 'egress-blocked' and never leaves the machine. Redirects are refused, so an allowed server
 * cannot bounce the data on to another origin.
 *
 * @example
 * const guarded = createGuardedFetch({ allowedOrigins: ['http://localhost:11434'], onRequest: (r) => log(r) });
 * await guarded('https://elsewhere.example/v1/chat/completions'); // throws LlmError { code: 'egress-blocked' }
 */
export function createGuardedFetch({ allowedOrigins, onRequest, baseFetch }: GuardedFetchOptions): typeof fetch {
  const allowed = new Set(allowedOrigins.map(originOf).filter((o): o is string => o !== null));
  const guarded = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input);
    const origin = originOf(url);
    if (origin === null || !allowed.has(origin)) {
      throw new LlmError({ code: 'egress-blocked', detail: `${origin ?? url} is not the configured endpoint` });
    }
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const body = await describeRequestBody(init?.body ?? (input instanceof Request ? await input.clone().text() : null));
    // A no-cors probe (is the server there at all?) must follow redirects: browsers refuse no-cors with any
    // other redirect mode. It may only be a GET without body or credentials, so it carries nothing, and its
    // answer cannot be read.
    const probe = init?.mode === 'no-cors';
    if (probe && (method !== 'GET' || body !== null)) {
      throw new LlmError({ code: 'egress-blocked', detail: 'A no-cors request may only be a GET without body' });
    }
    await onRequest?.({ url, method, body });
    const send = baseFetch ?? globalThis.fetch;
    try {
      return await send(input, probe ? { ...init, credentials: 'omit', redirect: 'follow' } : { ...init, redirect: 'error' });
    } catch (error) {
      // A server that cannot be reached is not retried: only 429 and 5xx are (the SDK retries what it sees
      // as a network error, so it must not see one). The cause is kept for the CORS probe.
      if (error instanceof TypeError) throw new LlmError({ code: 'unreachable', detail: error.message }, { cause: error });
      throw error;
    }
  };
  return guarded as typeof fetch;
}

/** The URL string of a fetch input. */
export function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/**
 * A request body as text: JSON and form-encoded bodies verbatim; multipart as one line per part with
 * file parts summarised (name, type, size), binary bodies as a size.
 */
export async function describeRequestBody(body: BodyInit | null | undefined): Promise<string | null> {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const lines: string[] = [];
    body.forEach((value, name) => {
      lines.push(typeof value === 'string' ? `${name}=${value}` : `${name}=<file ${value.name || 'blob'}, ${value.type || 'application/octet-stream'}, ${value.size} bytes>`);
    });
    return lines.join('\n');
  }
  if (typeof Blob !== 'undefined' && body instanceof Blob) return `<binary ${body.type || 'application/octet-stream'}, ${body.size} bytes>`;
  if (body instanceof ArrayBuffer) return `<binary ${body.byteLength} bytes>`;
  if (ArrayBuffer.isView(body)) return `<binary ${body.byteLength} bytes>`;
  return '<stream>';
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
