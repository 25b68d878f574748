import type { LlmFailure } from '@/lib/llm/llmError';

/**
 * Classifies an unexpected error for display. The classifier is loaded on demand: it pulls in the AI SDK,
 * which the panel only loads when it talks to a model.
 */
export async function failureOf(error: unknown): Promise<LlmFailure> {
  try {
    const { toLlmError } = await import('@/lib/llm/llmError');
    return toLlmError(error).failure;
  } catch {
    return { code: 'unknown', detail: String(error) };
  }
}
