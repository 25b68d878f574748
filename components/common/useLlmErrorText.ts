import type { LlmFailure } from '@/lib/llm/llmError';
import { useT } from '../i18n';

/** The specific, actionable message for a failed model call, in the panel's language. */
export function useLlmErrorText() {
  const { t } = useT();
  return (failure: LlmFailure) => t(`llmError.${failure.code}`);
}
