import { APICallError, NoTranscriptGeneratedError, RetryError } from 'ai';
import { z } from 'zod';

/** Everything that can go wrong while dictating, as the UI needs to tell it apart (texts: `dictationError.<code>` in lib/i18n/locales). */
export const dictationErrorCodeSchema = z.enum([
  'no-microphone',
  'permission-denied',
  'endpoint-down',
  'audio-too-long',
  'unauthorized',
  'not-configured',
  // The organisation's allowlist does not hold the transcription server: the egress lock sent nothing.
  'not-allowed',
  // The recording holds no speech (silence, or too quiet), or the transcript only a speech-to-text filler.
  'no-speech',
  'cancelled',
  'unknown',
]);
export type DictationErrorCode = z.infer<typeof dictationErrorCodeSchema>;

/** An error that already knows its {@link DictationErrorCode}. */
export class DictationError extends Error {
  readonly code: DictationErrorCode;
  constructor(code: DictationErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.name = 'DictationError';
    this.code = code;
  }
}

/** Browsers report a refused fetch (server down, CORS, no host permission) as a bare TypeError. */
const FETCH_FAILURE = /failed to fetch|fetch failed|networkerror|load failed|network request failed/i;

function classifyStatus(status: number): DictationErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 413) return 'audio-too-long';
  // 404: wrong address; 408/429/5xx: down, overloaded or timing out. The user's fix is the same.
  if (status === 404 || status === 408 || status === 429 || status >= 500) return 'endpoint-down';
  return 'unknown';
}

/**
 * Maps anything thrown by getUserMedia, the recorder, fetch or the AI SDK to a {@link DictationErrorCode}.
 *
 * @example
 * classifyDictationError(new DOMException('', 'NotAllowedError')); // 'permission-denied'
 */
export function classifyDictationError(err: unknown): DictationErrorCode {
  if (err instanceof DictationError) return err.code;
  // The egress lock (lib/llm/guardedFetch.ts) throws an LlmError, also when the server cannot be reached.
  const failure = (err as { name?: unknown; failure?: { code?: unknown } } | null)?.name === 'LlmError' ? (err as { failure: { code: string } }).failure.code : null;
  if (failure === 'egress-blocked') return 'not-allowed';
  if (failure) return failure === 'cancelled' ? 'cancelled' : 'endpoint-down';
  // The SDK wraps the last failure after its retries; the cause is what matters.
  if (RetryError.isInstance(err)) return classifyDictationError(err.lastError);
  if (APICallError.isInstance(err)) {
    if (err.statusCode != null) return classifyStatus(err.statusCode);
    return 'endpoint-down'; // no status: the request never got an answer
  }
  if (NoTranscriptGeneratedError.isInstance(err)) return 'unknown';
  const name = err instanceof Error || isDomExceptionLike(err) ? (err as { name: string }).name : '';
  switch (name) {
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'NotReadableError': // device busy or broken: same remedy as a missing microphone
      return 'no-microphone';
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError': // older Chromium
      return 'permission-denied';
    case 'AbortError':
      return 'cancelled';
    case 'TimeoutError':
      return 'endpoint-down';
  }
  if (err instanceof TypeError && FETCH_FAILURE.test(err.message)) return 'endpoint-down';
  return 'unknown';
}

function isDomExceptionLike(err: unknown): boolean {
  return typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string';
}
