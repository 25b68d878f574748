import { useState } from 'react';
import { refId, refOf } from '@/lib/session/fieldRef';
import type { FillSession, TabFillResult, TabRead } from '@/lib/session';
import { useT } from '../i18n';

const TEXT_KINDS = new Set(['textarea', 'richtext', 'text']);

/**
 * Puts a finished text into a field the user picks, through the session's confirm-and-fill path: the
 * current content is shown and must be confirmed before it is replaced, and the insert can be undone.
 */
export function InsertIntoField(props: { session: FillSession; tab: TabRead; text: string; draftName: string; stale: boolean; onInserted?: () => void }) {
  const { session, tab, text, stale } = props;
  const { t } = useT();
  const targets = tab.fields.filter((f) => TEXT_KINDS.has(f.kind) && !f.disabled && !f.readonly && !f.unreachable);
  const first = targets.find((f) => f.kind !== 'text') ?? targets[0];
  const [targetId, setTargetId] = useState(first ? refId(first) : '');
  const [confirmOverwrite, setConfirmOverwrite] = useState(false);
  const [result, setResult] = useState<TabFillResult | null>(null);
  const target = targets.find((f) => refId(f) === targetId);
  if (targets.length === 0) return <p className="muted">{t('draft.noTarget')}</p>;
  const current = typeof target?.value === 'string' ? target.value.trim() : '';
  const blocked = current !== '' && !confirmOverwrite;
  const mark = session.transparencyMarkFor();

  const insert = async () => {
    if (!target) return;
    const r = await session.insertText(refOf(target), text, target.value);
    setResult(r);
    if (r?.ok) props.onInserted?.();
  };

  return (
    <fieldset className="insert">
      <legend>{t('draft.insertLegend', { name: props.draftName })}</legend>
      <label htmlFor="insert-target" className="block-label">
        {t('draft.targetField')}
      </label>
      <select
        id="insert-target"
        className="full"
        value={targetId}
        onChange={(e) => {
          // A confirmation to replace one field's text never carries over to another field.
          setTargetId(e.target.value);
          setConfirmOverwrite(false);
        }}
      >
        {targets.map((f) => (
          <option key={refId(f)} value={refId(f)}>
            {f.label}
          </option>
        ))}
      </select>
      {current !== '' && (
        <label className="overwrite">
          <input type="checkbox" checked={confirmOverwrite} onChange={(e) => setConfirmOverwrite(e.target.checked)} />{' '}
          {t('draft.overwrite', { text: current.slice(0, 80) })}
        </label>
      )}
      {mark && (
        <p className="muted" data-testid="insert-mark">
          {t('transparency.markAdded', { mark })}
        </p>
      )}
      <div className="actions">
      <button type="button" className="primary" disabled={blocked || stale || !text.trim() || result?.ok === true} onClick={() => void insert()}>
        {t('draft.insert')}
      </button>
      </div>
      {result && (
        <p role="status">
          {result.ok ? t('draft.inserted') : t(`fillError.${result.error ?? 'rejected-by-page'}`)}{' '}
          {result.ok && (
            <button type="button" className="link" onClick={() => void session.undoInsert(result).then((ok) => ok && setResult(null))}>
              {t('fill.undo')}
            </button>
          )}
        </p>
      )}
    </fieldset>
  );
}
