import { failureFacts } from '@/lib/llm/failureFacts';
import type { LlmFailure } from '@/lib/llm/llmError';
import type { EndpointConfig } from '@/lib/settings';
import { useT } from '../i18n';
import { ErrorMessage, type MessageDetail } from './ErrorMessage';

/**
 * A failed model call: the nurse's sentence (`llmError.<code>`), and for the admin the facts (status, host,
 * model, time-out, the server's message) with the server-side fix (`llmErrorAdmin.<code>`).
 */
export function FailureMessage(props: {
  failure: LlmFailure;
  endpoint?: Pick<EndpointConfig, 'provider' | 'baseURL' | 'model' | 'timeoutMs'>;
  onDismiss?: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useT();
  const facts = failureFacts(props.failure, props.endpoint);
  const details: MessageDetail[] = [
    { label: t('llmErrorFact.code'), value: facts.code },
    ...(facts.status !== undefined ? [{ label: t('llmErrorFact.status'), value: String(facts.status) }] : []),
    ...(facts.host ? [{ label: t('llmErrorFact.host'), value: facts.host }] : []),
    ...(facts.model ? [{ label: t('llmErrorFact.model'), value: facts.model }] : []),
    ...(facts.timeoutSeconds !== undefined
      ? [{ label: t('llmErrorFact.timeout'), value: t('llmErrorFact.timeoutValue', { seconds: facts.timeoutSeconds }) }]
      : []),
    ...(facts.detail ? [{ label: t('llmErrorFact.detail'), value: facts.detail }] : []),
    { label: t('llmErrorFact.fix'), value: t(`llmErrorAdmin.${facts.code}`) },
  ];
  return (
    <ErrorMessage text={t(`llmError.${facts.code}`)} details={details} onDismiss={props.onDismiss}>
      {props.children}
    </ErrorMessage>
  );
}
