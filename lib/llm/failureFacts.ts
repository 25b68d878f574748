import type { EndpointConfig } from '../settings/endpoint';
import type { LlmErrorCode, LlmFailure } from './llmError';

/**
 * The technical facts behind a failed model call, for "Details voor de beheerder": the nurse reads one plain
 * sentence (`llmError.<code>`), the admin gets these and the server-side fix (`llmErrorAdmin.<code>`).
 * No import of the AI SDK here, so the panel can show a failure without loading it.
 */
export interface FailureFacts {
  code: LlmErrorCode;
  /** HTTP status, when the server answered. */
  status?: number;
  /** host:port of the endpoint, never the path or a key. */
  host?: string;
  model?: string;
  /** The configured time-out, in whole seconds (timeouts only). */
  timeoutSeconds?: number;
  /** What the server or the software said, shortened. */
  detail?: string;
}

function hostOf(baseURL: string): string | undefined {
  try {
    return new URL(baseURL).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * @example failureFacts({ code: 'unauthorized', status: 401 }, endpoint) // { code, status: 401, host: 'llm.zorg.nl', model: 'qwen' }
 */
export function failureFacts(failure: LlmFailure, endpoint?: Pick<EndpointConfig, 'provider' | 'baseURL' | 'model' | 'timeoutMs'>): FailureFacts {
  const onDevice = endpoint?.provider === 'built-in';
  return {
    code: failure.code,
    ...(failure.status !== undefined ? { status: failure.status } : {}),
    ...(endpoint && !onDevice && hostOf(endpoint.baseURL) ? { host: hostOf(endpoint.baseURL) } : {}),
    ...(endpoint?.model && !onDevice ? { model: endpoint.model } : {}),
    ...(failure.code === 'timeout' && endpoint ? { timeoutSeconds: Math.round(endpoint.timeoutMs / 1000) } : {}),
    ...(failure.detail ? { detail: failure.detail } : {}),
  };
}

const NEVER_LEFT: readonly LlmErrorCode[] = ['unreachable', 'egress-blocked', 'not-supported'];

/**
 * Whether the request reached the server: it answered (any HTTP status, or an answer that could not be
 * used) or was still working on it when the time ran out. Only then does the panel say text was sent.
 *
 * @example reachedServer({ code: 'unreachable' }) // false: "verstuurd" is not said
 */
export function reachedServer(failure: LlmFailure): boolean {
  if (failure.status !== undefined) return true;
  if (NEVER_LEFT.includes(failure.code) || failure.code === 'cancelled' || failure.code === 'cors-origin') return false;
  return failure.code === 'invalid-output' || failure.code === 'timeout';
}
