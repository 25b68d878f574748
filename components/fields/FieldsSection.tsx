import { useRef, useState } from 'react';
import type { LlmFailure } from '@/lib/llm/llmError';
import { failureOf } from '../common/failureOf';
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
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { useLlmErrorText } from '../common/useLlmErrorText';
import type { NotesDraft } from '../hooks/useNotesDraft';
import { useT } from '../i18n';
import type { AuditSink } from '../panelTypes';
import { ReviewTable } from './ReviewTable';

/** Suggestions belong to the read they were made from: filling uses that read's fingerprints. */
interface Review {
  tab: TabRead;
  items: ReviewItem[];
}

/** A fill and the read it was made on, so undo goes to the same frames and forms. */
interface Fill {
  tab: TabRead;
  results: TabFillResult[];
}

/** Keeps the first `previous` of every field, so undo after two fills goes back to the original value. */
function mergeFills(earlier: TabFillResult[], later: TabFillResult[]): TabFillResult[] {
  const byKey = new Map(earlier.map((r) => [r.fieldKey, r]));
  for (const r of later) {
    const first = byKey.get(r.fieldKey);
    byKey.set(r.fieldKey, first?.ok && r.ok ? { ...r, previous: first.previous } : first?.ok ? first : r);
  }
  return [...byKey.values()];
}

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
  const [review, setReview] = useState<Review | null>(null);
  const [busy, setBusy] = useState(false);
  const [filling, setFilling] = useState(false);
  const [failure, setFailure] = useState<LlmFailure | null>(null);
  const [preview, setPreview] = useState<{ url: string; body: string; prepared: PreparedSuggestions | null } | null>(null);
  const [fill, setFill] = useState<Fill | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [identifiers, setIdentifiers] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const items = review?.items ?? null;
  const setItems = (next: ReviewItem[]) => review && setReview({ ...review, items: next });
  // Suggestions from an earlier read (another screen or client) are shown but cannot be filled.
  const outdated = review !== null && review.tab.readAt !== props.tab.readAt;

  // The pipeline (model SDKs, name lists) loads on first use, keeping the panel quick to open.
  const prepare = async (): Promise<PreparedSuggestions> => {
    const { prepareSuggestions } = await import('@/lib/pipeline');
    let count = 0;
    const prepared = prepareSuggestions(
      props.tab,
      {
        ...props.policy,
        // Logged before the request leaves, so a transfer is on record even if the panel closes mid-way.
        onRequest: (r) =>
          props.audit({ type: 'send', kind: 'field-suggestions', bytes: r.body?.length ?? 0, pseudonymizedCount: count, payload: r.body ?? undefined }),
      },
      props.notes.text,
    );
    count = prepared.outgoing.identifiers;
    setIdentifiers(count);
    return prepared;
  };

  const send = async (given?: PreparedSuggestions) => {
    setBusy(true);
    setFailure(null);
    setMessage(null);
    setReview(null);
    abort.current = new AbortController();
    try {
      const request = given ?? (await prepare());
      const outcome = await request.run(abort.current.signal);
      if (outcome.ok) setReview({ tab: props.tab, items: outcome.items });
      else setFailure(outcome.failure);
      void props.audit({ type: 'outcome', kind: 'field-suggestions', outcome: outcome.ok ? `${outcome.items.length} voorstellen` : outcome.failure.code });
    } catch (error) {
      setFailure(await failureOf(error));
    } finally {
      setBusy(false);
    }
  };

  const showPreview = async (thenSend: boolean) => {
    setFailure(null);
    try {
      const prepared = await prepare();
      const captured = await prepared.preview();
      setPreview({ ...captured, prepared: thenSend ? prepared : null });
    } catch (error) {
      setFailure(await failureOf(error));
    }
  };

  const suggest = () => (props.previewRequired ? showPreview(true) : send());

  const offline = async () => {
    try {
      const prepared = await prepare();
      setReview({ tab: props.tab, items: prepared.offline() });
      setFailure(null);
    } catch (error) {
      setFailure(await failureOf(error));
    }
  };

  const doFill = async () => {
    if (!review || filling) return;
    const entries = fillEntriesFor(review.items);
    setMessage(null);
    if (entries.length === 0) {
      setMessage(awaitingOverwriteConfirm(review.items).length > 0 ? t('fill.onlyOverwrites') : t('fill.nothing'));
      return;
    }
    setFilling(true);
    try {
      const results = await fillTab(review.tab, entries);
      setFill((earlier) => ({ tab: review.tab, results: earlier && earlier.tab.readAt === review.tab.readAt ? mergeFills(earlier.results, results) : results }));
      void props.audit({ type: 'outcome', ...reviewOutcome(review.items) }, review.tab);
      void props.audit(
        {
          type: 'fill',
          fields: results.filter((r) => r.ok).map((r) => review.items.find((i) => i.fieldKey === r.fieldKey)?.label ?? r.key),
          outcome: `${results.filter((r) => r.ok).length}/${results.length} ingevuld`,
        },
        review.tab,
      );
    } catch {
      setMessage(t('fill.failed'));
    } finally {
      setFilling(false);
    }
  };

  const undo = async () => {
    if (!fill) return;
    try {
      const undone = await undoTabFill(fill.tab, fill.results);
      setFill(null);
      const kept = undone.filter((r) => !r.ok).length;
      if (kept > 0) setMessage(t('fill.undoPartial', [kept]));
      void props.audit({ type: 'undo', outcome: `${undone.filter((r) => r.ok).length} hersteld, ${kept} niet` }, fill.tab);
    } catch {
      setMessage(t('fill.undoFailed'));
    }
  };

  const locate = async (item: ReviewItem) => {
    if (!review) return;
    const found = await locateInTab(review.tab, item.quoteFrameId ?? item.frameId, { quote: item.quote, ref: item.ref });
    setMessage(found ? null : t('review.quoteNotOnPage'));
  };

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
        <button type="button" className="primary" onClick={() => void suggest()} disabled={busy || props.stale}>
          {t('fields.suggest')}
        </button>
        <button type="button" onClick={() => void showPreview(false)} disabled={busy}>
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
            <button type="button" onClick={() => void offline()}>
              {t('fields.offline')}
            </button>
          )}
        </>
      )}
      {items && items.length === 0 && <InfoMessage>{t('fields.none')}</InfoMessage>}
      {outdated && <InfoMessage>{t('fields.outdated')}</InfoMessage>}
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
            onLocate={(item) => void locate(item)}
          />
          {waiting.length > 0 && <InfoMessage>{t('fill.waitingOverwrite', [waiting.map((i) => i.label).join(', ')])}</InfoMessage>}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void doFill()} disabled={props.stale || outdated || filling}>
              {t('fill.button', [fillEntriesFor(items).length])}
            </button>
          </div>
        </>
      )}
      {message && <ErrorMessage text={message} onDismiss={() => setMessage(null)} />}
      {fill && (
        <div data-testid="fill-results">
          <ul className="results">
            {fill.results.map((r) => (
              <li key={r.fieldKey} className={r.ok ? 'ok' : 'failed'}>
                {labelOf(r.fieldKey)}: {r.ok ? t('fill.ok') : t(`fillError.${r.error ?? 'rejected-by-page'}`)}
              </li>
            ))}
          </ul>
          {fill.results.some((r) => r.ok) && (
            <button type="button" onClick={() => void undo()}>
              {t('fill.undo')}
            </button>
          )}
        </div>
      )}
      {preview && (
        <PayloadPreview
          url={preview.url}
          body={preview.body}
          identifiers={identifiers}
          onSend={
            preview.prepared
              ? () => {
                  const prepared = preview.prepared!;
                  setPreview(null);
                  void send(prepared);
                }
              : undefined
          }
          onClose={() => setPreview(null)}
        />
      )}
    </section>
  );
}
