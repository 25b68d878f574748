import { useEffect, useRef } from 'react';
import { awaitingNoEmptyChoiceConfirm, awaitingOverwriteConfirm } from '@/lib/review/decisions';
import type { FillSession } from '@/lib/session';
import { fillableFields } from '@/lib/session/fillableFields';
import type { SendPolicy } from '@/lib/settings';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { FailureMessage } from '../common/FailureMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { SelectionNote } from '../context/SelectionNote';
import { selectionText } from '../context/selectionText';
import type { Notes } from '../hooks/useNotes';
import { useSessionState } from '../hooks/useSession';
import { useT } from '../i18n';
import { RejectedList } from './RejectedList';
import { ReviewCards } from './ReviewCards';

/** Suggest → review → fill → undo, for the fields of the page that was read. The session owns the flow. */
export function FieldsSection(props: { session: FillSession; policy: SendPolicy; previewRequired: boolean; notes: Notes }) {
  const { session, policy, notes } = props;
  const { t } = useT();
  const state = useSessionState(session);
  const { tab, review, fill, notUndone, failure, notice, preview } = state;
  const items = review?.items ?? null;
  // Suggestions from an earlier read (another screen or client) are shown but cannot be filled.
  const outdated = review !== null && tab !== null && review.tab.readAt !== tab.readAt;
  const pending = session.pendingFills();
  const waiting = items ? awaitingOverwriteConfirm(items) : [];
  const noWayBack = items ? awaitingNoEmptyChoiceConfirm(items) : [];
  const shown = (v: string | boolean) => (typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : v);
  const labelOf = (frameId: number, key: string) => tab?.fields.find((f) => f.frameId === frameId && f.key === key)?.label ?? key;
  // Results of a fill on the current read; after a re-read or a reload only its undo stays offered.
  const fillOnThisRead = fill !== null && tab !== null && fill.tab.readAt === tab.readAt;
  const canUndo = fill !== null && fill.results.some((r) => r.ok);
  const noFields = tab !== null && fillableFields(tab).length === 0;

  // Focus follows the work: to the suggestions when they arrive, to the result when a fill is done.
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const fillButton = useRef<HTMLButtonElement>(null);
  const last = useRef({ suggesting: false, filling: false, canUndo: false });
  useEffect(() => {
    const before = last.current;
    if (before.suggesting && !state.suggesting && items?.length) reviewHeading.current?.focus();
    if (before.filling && !state.filling && fillOnThisRead) results.current?.focus();
    if (before.canUndo && !canUndo && items?.length) fillButton.current?.focus();
    last.current = { suggesting: state.suggesting, filling: state.filling, canUndo };
  });
  // Say what a request would take of this page as soon as it is read.
  // A page without fields asks nothing of the model server, not even its window.
  useEffect(() => {
    if (tab && fillableFields(tab).length > 0) void session.setScope(session.getState().scope, policy, notes.text);
  }, [tab?.readAt]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section aria-labelledby="fields-title" className="card fields">
      <h2 id="fields-title">{t('fields.title')}</h2>
      {noFields ? (
        <InfoMessage testId="no-fields">{t('fields.noFields')}</InfoMessage>
      ) : (
        <>
          <label className="block">
            {t('fields.notes')}
            <textarea rows={3} value={notes.text} onChange={(e) => notes.setText(e.target.value)} placeholder={t('draft.notesPlaceholder')} />
          </label>
          <SelectionNote selection={state.selection?.selection ?? null} scope={state.scope} onScope={(scope) => void session.setScope(scope, policy, notes.text)} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void session.suggest(policy, notes.text, { previewFirst: props.previewRequired })}
              disabled={state.suggesting || state.stale}
            >
              {t('fields.suggest')}
            </button>
            <button type="button" onClick={() => void session.showPreview(policy, notes.text)} disabled={state.suggesting}>
              {t('fields.preview')}
            </button>
            {state.suggesting && (
              <button type="button" onClick={() => session.cancel()}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </>
      )}
      {state.suggesting && (
        <p role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {t('fields.busy', { model: policy.endpoint.model })}
        </p>
      )}
      {policy.pseudonymize && state.sent && state.identifiers > 0 && !state.suggesting && (
        <p className="muted" data-testid="identifiers">
          {t('privacy.replaced', { count: state.identifiers })}
        </p>
      )}
      {failure && (
        <FailureMessage failure={failure} endpoint={policy.endpoint} onDismiss={() => session.dismissFailure()}>
          {failure.code !== 'cancelled' && (
            <button type="button" onClick={() => void session.suggestOffline(policy, notes.text)}>
              {t('fields.offline')}
            </button>
          )}
        </FailureMessage>
      )}
      {items && items.length === 0 && review?.rejected.length === 0 && <InfoMessage>{t('fields.none')}</InfoMessage>}
      {review && <RejectedList rejected={review.rejected} nothingTaken={review.items.length === 0} />}
      {outdated && <InfoMessage>{t('fields.outdated')}</InfoMessage>}
      {items && items.length > 0 && (
        <>
          <div className="actions">
            <button type="button" onClick={() => session.acceptAll()}>
              {t('review.acceptAll')}
            </button>
          </div>
          <ReviewCards
            ref={reviewHeading}
            items={items}
            onDecide={(field, d) => session.decide(field, d)}
            onEdit={(field, v) => session.edit(field, v)}
            onConfirmOverwrite={(field, c) => session.confirmOverwrite(field, c)}
            onConfirmNoEmptyChoice={(field, c) => session.confirmNoEmptyChoice(field, c)}
            onLocate={(item) => void session.locate(item)}
            isFilled={(item) => session.isFilled(item)}
          />
          {waiting.length > 0 && <InfoMessage>{t('fill.waitingOverwrite', { fields: waiting.map((i) => i.label).join(', ') })}</InfoMessage>}
          {noWayBack.length > 0 && (
            <InfoMessage>{t('fill.waitingNoEmptyChoice', { fields: noWayBack.map((i) => i.label).join(', ') })}</InfoMessage>
          )}
        </>
      )}
      {notice && <ErrorMessage text={t(notice.code, { count: notice.count ?? 0 })} onDismiss={() => session.dismissNotice()} />}
      {fill && fillOnThisRead && (
        <div data-testid="fill-results" className="fill-results" ref={results} tabIndex={-1} aria-labelledby="fill-results-title">
          <h3 id="fill-results-title">{t('fill.resultsTitle')}</h3>
          <p data-testid="fill-summary">
            {t('fill.last', { filled: fill.last.filled, total: fill.last.total })}{' '}
            {t('fill.onPage', { count: fill.results.filter((r) => r.ok).length })}
          </p>
          <ul className="results">
            {fill.results.map((r) => (
              <li key={`${r.frameId} ${r.key}`} className={r.ok ? 'ok' : 'failed'}>
                <span className="field-name">{labelOf(r.frameId, r.key)}</span>: {r.ok ? t('fill.ok') : t(`fillError.${r.error ?? 'rejected-by-page'}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {((items && items.length > 0) || canUndo) && (
        <div className="action-bar" role="region" aria-label={t('fill.bar')} data-testid="action-bar">
          <button
            ref={fillButton}
            type="button"
            className="primary"
            onClick={() => void session.fill()}
            disabled={!items?.length || state.stale || outdated || state.filling}
          >
            {t('fill.button', { count: pending.length })}
          </button>
          <button type="button" onClick={() => void session.undo()} disabled={!canUndo}>
            {t('fill.undo')}
          </button>
        </div>
      )}
      {notUndone && (
        <div data-testid="undo-results">
          <h3>{t('fill.notUndone')}</h3>
          <ul className="results">
            {notUndone.results.map((r) => (
              <li key={`${r.frameId} ${r.key}`} className="failed">
                {labelOf(r.frameId, r.key)}: {t(`fillError.${r.error ?? 'rejected-by-page'}`)}
                {r.error !== 'frame-error' && <> {t('fill.holdsNow', { value: shown(r.value ?? r.previous) })}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <PayloadPreview
          url={preview.url}
          body={preview.body}
          replacements={preview.prepared.outgoing.replacements}
          identifiers={preview.prepared.outgoing.identifiers}
          pseudonymized={policy.pseudonymize}
          selection={selectionText(t, preview.prepared.selection)}
          onSend={preview.thenSend ? () => void session.confirmPreview() : undefined}
          onClose={() => session.closePreview()}
        />
      )}
    </section>
  );
}
