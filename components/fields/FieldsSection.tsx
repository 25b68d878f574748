import { useRef, useState } from 'react';
import type { PreparedSuggestions, SendPolicy } from '@/lib/pipeline';
import {
  acceptAllGrounded,
  awaitingOverwriteConfirm,
  confirmOverwrite,
  decide,
  editValue,
  fillEntriesFor,
  reviewOutcome,
} from '@/lib/review/decisions';
import type { ReviewItem } from '@/lib/review/reviewItem';
import { fillTab, locateInTab, undoTabFill, type TabFillResult } from '@/lib/tab/fillTab';
import type { TabRead } from '@/lib/tab/types';
import type { LlmFailure } from '@/lib/llm';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { useLlmErrorText } from '../common/useLlmErrorText';
import { useT } from '../i18n';
import type { NotesDraft } from '../hooks/useNotesDraft';
import type { AuditSink } from '../panelTypes';
import { ReviewTable } from './ReviewTable';

/** Suggest → review → fill → undo, for the fields of the page that was read. */
export function FieldsSection(props: {
  tab: TabRead;
  stale: boolean;
  policy: SendPolicy;
  previewRequired: boolean;
  notes: NotesDraft;
  audit: AuditSink;
}) {
  const { t } = useT();
  const errorText = useLlmErrorText();
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<LlmFailure | null>(null);
  const [preview, setPreview] = useState<{ url: string; body: string; sendAfter: boolean } | null>(null);
  const [fillResults, setFillResults] = useState<TabFillResult[] | null>(null);
  const [fillError, setFillError] = useState<string | null>(null);
  const [identifiers, setIdentifiers] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const prepared = useRef<PreparedSuggestions | null>(null);

  // The pipeline (model SDKs, name lists) loads on first use, keeping the panel quick to open.
  const prepare = async () => {
    const { prepareSuggestions } = await import('@/lib/pipeline');
    prepared.current = prepareSuggestions(props.tab, props.policy, props.notes.text);
    setIdentifiers(prepared.current.outgoing.identifiers);
    return prepared.current;
  };

  const send = async () => {
    const request = prepared.current ?? (await prepare());
    prepared.current = null;
    setBusy(true);
    setFailure(null);
    setItems(null);
    setFillResults(null);
    abort.current = new AbortController();
    const outcome = await request.run(abort.current.signal);
    setBusy(false);
    if (outcome.ok) {
      setItems(outcome.items);
    } else {
      setFailure(outcome.failure);
    }
    void props.audit({
      type: 'send',
      kind: 'field-suggestions',
      bytes: new TextEncoder().encode(request.outgoing.text).length,
      pseudonymizedCount: request.outgoing.identifiers,
      outcome: outcome.ok ? `${outcome.items.length} voorstellen` : outcome.failure.code,
    });
  };

  const suggest = async () => {
    if (props.previewRequired) return showPreview(true);
    await send();
  };

  const showPreview = async (sendAfter: boolean) => {
    const request = await prepare();
    try {
      const captured = await request.preview();
      setPreview({ ...captured, sendAfter });
    } catch (error) {
      setFailure({ code: 'unknown', detail: String(error) });
    }
  };

  const fill = async () => {
    if (!items) return;
    const entries = fillEntriesFor(items);
    setFillError(null);
    if (entries.length === 0) {
      setFillError(t('fill.nothing'));
      return;
    }
    try {
      const results = await fillTab(props.tab, entries);
      setFillResults(results);
      const outcome = reviewOutcome(items);
      void props.audit({ type: 'outcome', ...outcome });
      void props.audit({
        type: 'fill',
        fields: results.filter((r) => r.ok).map((r) => items.find((i) => i.fieldKey === r.fieldKey)?.label ?? r.key),
        outcome: `${results.filter((r) => r.ok).length}/${results.length} ingevuld`,
      });
    } catch {
      setFillError(t('fill.failed'));
    }
  };

  const undo = async () => {
    if (!fillResults) return;
    const undone = await undoTabFill(props.tab.tabId, fillResults);
    setFillResults(null);
    void props.audit({ type: 'undo', outcome: `${undone.filter((r) => r.ok).length} hersteld` });
  };

  const locate = (item: ReviewItem) =>
    void locateInTab(props.tab.tabId, item.quoteFrameId ?? item.frameId, { quote: item.quote, ref: item.ref });

  const waiting = items ? awaitingOverwriteConfirm(items) : [];
  const labelOf = (key: string) => items?.find((i) => i.fieldKey === key)?.label ?? key;

  return (
    <section aria-labelledby="fields-title" className="card">
      <h2 id="fields-title">{t('fields.title')}</h2>
      <label>
        {t('fields.notes')}
        <textarea rows={3} value={props.notes.text} onChange={(e) => props.notes.setText(e.target.value)} placeholder={t('draft.notesPlaceholder')} />
      </label>
      <div className="actions">
        <button type="button" className="primary" onClick={suggest} disabled={busy || props.stale}>
          {t('fields.suggest')}
        </button>
        <button type="button" onClick={() => showPreview(false)} disabled={busy}>
          {t('fields.preview')}
        </button>
        {busy && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {busy && (
        <p role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {t('fields.busy', [props.policy.endpoint.model])}
        </p>
      )}
      {props.policy.pseudonymize && identifiers > 0 && !busy && (
        <p className="muted" data-testid="identifiers">
          {t('privacy.replaced', [identifiers])}
        </p>
      )}
      {failure && (
        <>
          <ErrorMessage text={errorText(failure)} onDismiss={() => setFailure(null)} />
          {failure.code !== 'cancelled' && (
            <button type="button" onClick={() => void prepare().then((p) => setItems(p.offline()))}>
              {t('fields.offline')}
            </button>
          )}
        </>
      )}
      {items && items.length === 0 && <InfoMessage>{t('fields.none')}</InfoMessage>}
      {items && items.length > 0 && (
        <>
          <div className="actions">
            <button type="button" onClick={() => setItems(acceptAllGrounded(items))}>
              {t('review.acceptAll')}
            </button>
          </div>
          <ReviewTable
            items={items}
            onDecide={(key, d) => setItems(decide(items, key, d))}
            onEdit={(key, v) => setItems(editValue(items, key, v))}
            onConfirmOverwrite={(key, c) => setItems(confirmOverwrite(items, key, c))}
            onLocate={locate}
          />
          {waiting.length > 0 && (
            <InfoMessage>{t('fill.waitingOverwrite', [waiting.map((i) => i.label).join(', ')])}</InfoMessage>
          )}
          <div className="actions">
            <button type="button" className="primary" onClick={fill} disabled={props.stale}>
              {t('fill.button', [fillEntriesFor(items).length])}
            </button>
          </div>
        </>
      )}
      {fillError && <ErrorMessage text={fillError} />}
      {fillResults && (
        <div data-testid="fill-results">
          <ul className="results">
            {fillResults.map((r) => (
              <li key={r.fieldKey} className={r.ok ? 'ok' : 'failed'}>
                {labelOf(r.fieldKey)}: {r.ok ? t('fill.ok') : t(`fillError.${r.error ?? 'rejected-by-page'}`)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={undo}>
            {t('fill.undo')}
          </button>
        </div>
      )}
      {preview && (
        <PayloadPreview
          url={preview.url}
          body={preview.body}
          identifiers={identifiers}
          onSend={
            preview.sendAfter
              ? () => {
                  setPreview(null);
                  void send();
                }
              : undefined
          }
          onClose={() => {
            setPreview(null);
            if (preview.sendAfter) prepared.current = null;
          }}
        />
      )}
    </section>
  );
}
