import { APICallError, NoObjectGeneratedError, NoOutputGeneratedError, RetryError } from 'ai';
import { z } from 'zod';
import { collapseWhitespace } from '../dutch';
import type { EndpointConfig } from '../settings/endpoint';
import { diagnoseNetworkFailure, type NetErrorSource } from './netFailure';

/** Every way a call to the model can fail, as the UI distinguishes them (texts: `llmError.<code>` in lib/i18n/locales). */
export const llmErrorCodeSchema = z.enum([
  'unreachable',
  // The network failure told apart (lib/llm/netFailure.ts): nothing listens, the connection broke off during
  // the request, the host name does not resolve. A real CORS refusal is 'cors-origin'.
  'connection-refused',
  'connection-reset',
  'dns-failed',
  'cors-origin',
  'unauthorized',
  'model-not-found',
  'rate-limited',
  'server-error',
  'context-too-long',
  'timeout',
  'cancelled',
  'invalid-output',
  // The answer is not JSON at all (cut off, prose around it), or JSON of another shape than the schema asked.
  'invalid-json',
  'wrong-shape',
  'egress-blocked',
  'not-supported',
  'unknown',
]);
export type LlmErrorCode = z.infer<typeof llmErrorCodeSchema>;

export const llmFailureSchema = z.object({
  code: llmErrorCodeSchema,
  /** HTTP status when the server answered. */
  status: z.number().int().optional(),
  /** Short technical detail (server message) for a "details" disclosure; never shown as the main text. */
  detail: z.string().optional(),
});
export type LlmFailure = z.infer<typeof llmFailureSchema>;

/** The error every lib/llm function throws; `failure` is what the UI shows. */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly failure: LlmFailure;

  constructor(failure: LlmFailure, options?: { cause?: unknown }) {
    super(`${failure.code}${failure.status ? ` (HTTP ${failure.status})` : ''}${failure.detail ? `: ${failure.detail}` : ''}`, options);
    this.failure = failure;
  }
}

const CONTEXT_PATTERNS =
  /context_length_exceeded|maximum context length|context length|context window|context size|too many tokens|prompt is too long|input is too long|reduce the length|string_above_max_length|tokens_limit_reached|exceeds? the (?:available )?context/i;
const MODEL_MISSING_PATTERNS = /model[^.]*not found|model_not_found|does not exist|deploymentnotfound|unknown model|no such model|try pulling it/i;
const FETCH_FAILED = /^(fetch failed|failed to fetch|networkerror when attempting to fetch resource\.?|load failed|network request failed)$/i;
/** Node's (and undici's) network error codes, and what each means for the person. */
const NETWORK_CODES: Record<string, LlmErrorCode> = {
  ECONNREFUSED: 'connection-refused',
  ECONNRESET: 'connection-reset',
  EPIPE: 'connection-reset',
  UND_ERR_SOCKET: 'connection-reset',
  ENOTFOUND: 'dns-failed',
  EAI_AGAIN: 'dns-failed',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ETIMEDOUT: 'unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'unreachable',
};
const DETAIL_MAX = 300;

/**
 * Maps any error from the SDK, fetch or this module to an LlmFailure.
 * Retried errors (RetryError) are classified by their last attempt.
 *
 * @example classifyLlmError(err, endpoint).code === 'unauthorized' // after a 401
 */
export function classifyLlmError(err: unknown, endpoint?: EndpointConfig): LlmFailure {
  if (err instanceof LlmError) {
    // The egress lock reports every fetch failure as 'unreachable'; the cause may say more (Node's codes).
    const network = err.failure.code === 'unreachable' && err.cause !== undefined ? networkFailure(err.cause) : null;
    return network && network !== 'unreachable' ? { ...err.failure, code: network } : err.failure;
  }
  if (RetryError.isInstance(err)) {
    const last = classifyLlmError(err.lastError, endpoint);
    return err.reason === 'maxRetriesExceeded' ? { ...last, detail: withAttempts(last.detail, err.errors.length) } : last;
  }
  if (NoObjectGeneratedError.isInstance(err)) {
    // What was wrong with the answer decides what the person is told.
    const cause = err.cause;
    if (isNamed(cause, 'AI_JSONParseError')) return { code: 'invalid-json', detail: short(err.message) };
    if (isNamed(cause, 'AI_TypeValidationError')) return { code: 'wrong-shape', detail: short(err.message) };
    return { code: 'invalid-output', detail: short(err.message) };
  }
  if (NoOutputGeneratedError.isInstance(err)) {
    return err.cause !== undefined ? classifyLlmError(err.cause, endpoint) : { code: 'invalid-output', detail: short(err.message) };
  }
  if (APICallError.isInstance(err)) {
    if (err.statusCode === undefined) {
      return isAbort(err.cause) ? classifyLlmError(err.cause, endpoint) : { code: 'unreachable', detail: short(err.message) };
    }
    return classifyHttpFailure(err.statusCode, err.responseBody ?? '', endpoint, err.message);
  }
  if (isNamed(err, 'TimeoutError')) return { code: 'timeout' };
  if (isAbort(err)) return { code: 'cancelled' };
  if (isNamed(err, 'AI_LoadSettingError') || isNamed(err, 'AI_UnsupportedFunctionalityError')) {
    return { code: 'not-supported', detail: short(messageOf(err)) };
  }
  if (isNamed(err, 'AI_LoadAPIKeyError')) return { code: 'unauthorized', detail: short(messageOf(err)) };
  if (isNamed(err, 'AI_JSONParseError')) return { code: 'invalid-json', detail: short(messageOf(err)) };
  if (isNamed(err, 'AI_TypeValidationError')) return { code: 'wrong-shape', detail: short(messageOf(err)) };
  const network = networkFailure(err);
  if (network) return { code: network, detail: short(messageOf(err)) };
  return { code: 'unknown', detail: short(messageOf(err)) };
}

/**
 * Classifies an HTTP error answer (status + body text). Used for SDK errors and plain fetches (listModels).
 * An empty 403 from an OpenAI-compatible server is what Ollama sends to an origin outside OLLAMA_ORIGINS.
 */
export function classifyHttpFailure(status: number, body: string, endpoint?: EndpointConfig, message = ''): LlmFailure {
  const text = `${message} ${body}`;
  const detail = short(serverMessage(body) || message || `HTTP ${status}`);
  if (status === 403 && body.trim() === '' && endpoint?.provider !== 'azure' && endpoint?.provider !== 'openai') {
    return { code: 'cors-origin', status, detail };
  }
  if (status === 401 || status === 403) return { code: 'unauthorized', status, detail };
  if (status === 413 || ((status === 400 || status === 422) && CONTEXT_PATTERNS.test(text))) return { code: 'context-too-long', status, detail };
  if (status === 404 || (status === 400 && MODEL_MISSING_PATTERNS.test(text))) return { code: 'model-not-found', status, detail };
  if (status === 408 || status === 504) return { code: status === 408 ? 'timeout' : 'server-error', status, detail };
  if (status === 429) return { code: 'rate-limited', status, detail };
  if (status >= 500) return { code: 'server-error', status, detail };
  return { code: 'unknown', status, detail };
}

/**
 * Like classifyLlmError, and for an 'unreachable' that came from a browser fetch (which reports a refused
 * connection, a reset, a DNS failure and a CORS refusal as the same bare TypeError) it finds out which it was
 * (lib/llm/netFailure.ts): from the browser's own reason when it tells the extension, else with requests that
 * carry nothing. `opts.fetch` must be the egress-locked fetch (the probes go through it too).
 */
export async function diagnoseLlmError(err: unknown, endpoint: EndpointConfig, opts: { fetch?: typeof fetch; netError?: NetErrorSource } = {}): Promise<LlmFailure> {
  const failure = classifyLlmError(err, endpoint);
  if (failure.code !== 'unreachable' || !hasBrowserFetchTypeError(err) || endpoint.provider === 'built-in') return failure;
  const kind = await diagnoseNetworkFailure({ url: endpoint.baseURL, fetch: opts.fetch, netError: opts.netError });
  return { ...failure, code: kind };
}

/**
 * Whether a failed browser fetch to `url` was CORS refusing the answer rather than a server that is not
 * there: a browser reports both as the same bare TypeError, but only a running server answers a `no-cors`
 * request (whose answer the page cannot read, so CORS does not apply to it). Used for the audit collector
 * (the model endpoints get the finer diagnosis above).
 *
 * @example if (await isCorsRefusal(error, collectorUrl, guardedFetch)) code = 'cors';
 */
export async function isCorsRefusal(err: unknown, url: string, fetchImpl: typeof fetch = globalThis.fetch): Promise<boolean> {
  if (!hasBrowserFetchTypeError(err)) return false;
  try {
    await fetchImpl(new URL(url).origin + '/', { mode: 'no-cors', method: 'GET', signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

/** Wraps anything thrown into an LlmError (keeps the original as cause). */
export function toLlmError(err: unknown, endpoint?: EndpointConfig): LlmError {
  return err instanceof LlmError ? err : new LlmError(classifyLlmError(err, endpoint), { cause: err });
}

/** A browser fetch failure has no cause (CORS and a closed port look the same); Node's has one. */
function hasBrowserFetchTypeError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (e instanceof TypeError && FETCH_FAILED.test(e.message) && e.cause === undefined) return true;
    e = RetryError.isInstance(e) ? e.lastError : (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The kind of network failure an error is (Node codes anywhere in the cause chain; a browser's bare TypeError is 'unreachable'). */
function networkFailure(err: unknown): LlmErrorCode | null {
  let found: LlmErrorCode | null = null;
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES[code]) return NETWORK_CODES[code]!;
    if (e instanceof TypeError && FETCH_FAILED.test(e.message)) found = 'unreachable';
    e = (e as { cause?: unknown }).cause;
  }
  return found;
}

function isAbort(err: unknown): boolean {
  return isNamed(err, 'AbortError') || isNamed(err, 'ResponseAborted');
}

function isNamed(err: unknown, name: string): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === name;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The `error.message` of an OpenAI-style error body, or the body itself. */
function serverMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'error' in parsed) {
      const error = (parsed as { error: unknown }).error;
      if (typeof error === 'string') return error;
      if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.trim();
}

function withAttempts(detail: string | undefined, attempts: number): string {
  return `${detail ? `${detail} ` : ''}(${attempts} attempts)`;
}

function short(text: string): string {
  const flat = collapseWhitespace(text);
  return flat.length > DETAIL_MAX ? `${flat.slice(0, DETAIL_MAX - 1)}…` : flat;
}
