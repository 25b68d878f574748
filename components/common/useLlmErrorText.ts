import type { LlmFailure } from '@/lib/llm/llmError';
import { llmErrorMessages } from '@/lib/llm/llmErrorMessages';
import { useT } from '../i18n';

/** The specific, actionable message for a failed model call, in the panel's language. */
export function useLlmErrorText() {
  const { language } = useT();
  return (failure: LlmFailure) => llmErrorMessages[failure.code][language];
}
