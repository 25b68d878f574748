import { useState } from 'react';
import { fillTab, undoTabFill, type TabFillResult } from '@/lib/tab/fillTab';
import type { TabRead } from '@/lib/tab/types';
import { ErrorMessage } from '../common/ErrorMessage';
import { useT } from '../i18n';
import type { AuditSink } from '../panelTypes';

const TEXT_KINDS = new Set(['textarea', 'richtext', 'text']);

/**
 * Puts a finished text into a field the user picks, through the same confirm-and-fill path as
 * suggestions: the current content is shown and must be confirmed before it is replaced.
 */
export function InsertIntoField(props: { tab: TabRead; text: string; audit: AuditSink; stale: boolean; onInserted?: () => void }) {
  const { tab, text, audit, stale } = props;
  const { t } = useT();
  const targets = tab.fields.filter((f) => TEXT_KINDS.has(f.kind) && !f.disabled && !f.readonly && !f.unreachable);
  const [fieldKey, setFieldKey] = useState(targets.find((f) => f.kind !== 'text')?.fieldKey ?? targets[0]?.fieldKey ?? '');
  const [confirmOverwrite, setConfirmOverwrite] = useState(false);
  const [results, setResults] = useState<TabFillResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = targets.find((f) => f.fieldKey === fieldKey);
  if (targets.length === 0) return <p className="muted">{t('draft.noTarget')}</p>;
  const current = typeof target?.value === 'string' ? target.value.trim() : '';
  const blocked = current !== '' && !confirmOverwrite;

  const insert = async () => {
    if (!target) return;
    setError(null);
    try {
      const r = await fillTab(tab, [{ fieldKey: target.fieldKey, value: text, expected: target.value }]);
      setResults(r);
      if (r[0]?.ok) props.onInserted?.();
      void audit({ type: 'fill', fields: [target.label], outcome: r[0]?.ok ? 'ingevoegd' : (r[0]?.error ?? 'mislukt') });
    } catch {
      setError(t('fill.failed'));
    }
  };

  return (
    <fieldset className="insert">
      <legend>{t('draft.insertLegend')}</legend>
      <label htmlFor="insert-target">{t('draft.targetField')}</label>{' '}
      <select
        id="insert-target"
        value={fieldKey}
        onChange={(e) => {
          // A confirmation to replace one field's text never carries over to another field.
          setFieldKey(e.target.value);
          setConfirmOverwrite(false);
        }}
      >
          {targets.map((f) => (
            <option key={f.fieldKey} value={f.fieldKey}>
              {f.label}
            </option>
          ))}
      </select>
      {current !== '' && (
        <label className="overwrite">
          <input type="checkbox" checked={confirmOverwrite} onChange={(e) => setConfirmOverwrite(e.target.checked)} />{' '}
          {t('draft.overwrite', [current.slice(0, 80)])}
        </label>
      )}
      <button type="button" className="primary" disabled={blocked || stale || !text.trim()} onClick={insert}>
        {t('draft.insert')}
      </button>
      {error && <ErrorMessage text={error} />}
      {results?.map((r) => (
        <p key={r.fieldKey} role="status">
          {r.ok ? t('draft.inserted') : t(`fillError.${r.error ?? 'rejected-by-page'}`)}{' '}
          {r.ok && (
            <button type="button" className="link" onClick={() => void undoTabFill(tab, [r]).then(() => setResults(null), () => setError(t('fill.undoFailed')))}>
              {t('fill.undo')}
            </button>
          )}
        </p>
      ))}
    </fieldset>
  );
}
