import type { ContextSelection, SelectionScope } from '@/lib/pipeline';
import { useT } from '../i18n';
import { SCOPES, scopeLabel, scopeValue, selectionText } from './selectionText';

/** What of the page a request takes, and a choice to widen it (a period, or every report). */
export function SelectionNote(props: { selection: ContextSelection | null; scope: SelectionScope; onScope: (scope: SelectionScope) => void; idPrefix?: string }) {
  const { t } = useT();
  return (
    <div className="selection">
      {props.selection && (
        <p className="muted" role="status" data-testid={`${props.idPrefix ?? ''}selection`}>
          {selectionText(t, props.selection)}
          {props.selection.notesCut && ` ${t('context.notesCut')}`}
        </p>
      )}
      <label>
        {t('context.scope')}{' '}
        <select value={scopeValue(props.scope)} onChange={(e) => props.onScope(SCOPES.find((s) => s.value === e.target.value)?.scope ?? { kind: 'auto' })}>
          {SCOPES.map((s) => (
            <option key={s.value} value={s.value}>
              {scopeLabel(t, s.scope)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
