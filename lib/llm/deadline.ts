import { LlmError, toLlmError } from './llmError';

export interface DeadlineOptions {
  /** The user's cancel signal. */
  signal?: AbortSignal;
  /** Total time for the call, retries included (EndpointConfig.timeoutMs). */
  timeoutMs?: number;
}

/**
 * Runs `call` with one signal that fires on user cancel or timeout, and turns whatever it throws into
 * an LlmError. Which signal fired decides between 'cancelled' and 'timeout' (the SDK's own errors for
 * an abort look the same either way).
 */
export async function withDeadline<T>({ signal, timeoutMs }: DeadlineOptions, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (signal?.aborted) throw new LlmError({ code: 'cancelled' }, { cause: signal.reason });
  const timeout = timeoutMs !== undefined && timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  const signals = [signal, timeout].filter((s): s is AbortSignal => s !== undefined);
  const combined = signals.length > 0 ? AbortSignal.any(signals) : new AbortController().signal;
  try {
    return await call(combined);
  } catch (err) {
    if (signal?.aborted) throw new LlmError({ code: 'cancelled' }, { cause: err });
    if (timeout?.aborted) throw new LlmError({ code: 'timeout', detail: `no answer within ${timeoutMs} ms` }, { cause: err });
    throw toLlmError(err);
  }
}

/** Throws 'cancelled' when the user has cancelled (between steps of a multi-call job). */
export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new LlmError({ code: 'cancelled' }, { cause: signal.reason });
}
