import { streamText, type LanguageModel } from 'ai';
import { withDeadline } from './deadline';
import { LlmError } from './llmError';

export interface StreamDraftInput {
  model: LanguageModel;
  system: string;
  prompt: string;
  signal?: AbortSignal;
  /** EndpointConfig.timeoutMs; covers the whole stream. */
  timeoutMs?: number;
  /** Retries of the initial request on 429/5xx/network errors (default 2). */
  maxRetries?: number;
  temperature?: number;
  /** Called for every text delta with the text so far. */
  onText?: (delta: string, full: string) => void;
}

/**
 * Streams a text answer (SOEP draft, summary, handover) and resolves with the full text.
 * Throws an LlmError; on cancel the partial text is not returned (the UI keeps what onText showed).
 *
 * @example
 * const text = await streamDraft({ model, system, prompt, signal, onText: (_, full) => setDraft(full) });
 */
export async function streamDraft(input: StreamDraftInput): Promise<string> {
  return withDeadline(input, async (abortSignal) => {
    const result = streamText({
      model: input.model,
      system: input.system,
      prompt: input.prompt,
      temperature: input.temperature ?? 0.2,
      maxRetries: input.maxRetries ?? 2,
      abortSignal,
      // Errors arrive as stream parts below; the default handler would only log them.
      onError: () => {},
    });
    let full = '';
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') {
        full += part.text;
        input.onText?.(part.text, full);
      } else if (part.type === 'error') {
        throw part.error;
      } else if (part.type === 'abort') {
        throw abortSignal.reason ?? new DOMException('Aborted', 'AbortError');
      }
    }
    if (full.trim() === '') throw new LlmError({ code: 'invalid-output', detail: 'The model returned no text.' });
    return full;
  });
}
