import type { RejectedSuggestion } from '@/lib/llm/suggestionSchema';
import { useT } from '../i18n';

/** What of the model's answer was not taken over, and why: said, never passed off as "nothing found". */
export function RejectedList({ rejected, nothingTaken }: { rejected: RejectedSuggestion[]; nothingTaken: boolean }) {
  const { t } = useT();
  if (rejected.length === 0) return null;
  const line = (r: RejectedSuggestion) => {
    const name = r.label ?? r.key;
    switch (r.reason) {
      case 'too-long':
        return t('rejected.too-long', { name, length: r.length ?? 0, limit: r.limit ?? 0 });
      case 'invalid-value':
        return t('rejected.invalid-value', { name, value: r.detail ?? '' });
      default:
        return t(`rejected.${r.reason}`, { name });
    }
  };
  return (
    <div className={`message ${nothingTaken ? 'message-error' : 'message-warn'}`} role={nothingTaken ? 'alert' : 'note'} data-testid="rejected">
      {nothingTaken && <p>{t('fields.noneTaken')}</p>}
      <p>{t('fields.rejectedTitle', { count: rejected.length })}</p>
      <ul>
        {rejected.map((r) => (
          <li key={`${r.key} ${r.reason}`}>{line(r)}</li>
        ))}
      </ul>
    </div>
  );
}
