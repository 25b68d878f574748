import { awaitingNoEmptyChoiceConfirm, awaitingOverwriteConfirm } from '@/lib/review/decisions';
import type { FillSession } from '@/lib/session';
import type { SendPolicy } from '@/lib/settings';
import { ErrorMessage, InfoMessage } from '../common/ErrorMessage';
import { PayloadPreview } from '../common/PayloadPreview';
import { useLlmErrorText } from '../common/useLlmErrorText';
import type { Notes } from '../hooks/useNotes';
import { useSessionState } from '../hooks/useSession';
import { useT } from '../i18n';
import { RejectedList } from './RejectedList';
import { ReviewTable } from './ReviewTable';

/** Suggest → review → fill → undo, for the fields of the page that was read. The session owns the flow. */
export function FieldsSection(props: { session: FillSession; policy: SendPolicy; previewRequired: boolean; notes: Notes }) {
  const { session, policy, notes } = props;
  const { t } = useT();
  const errorText = useLlmErrorText();
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
  // Results of a fill on the current read; after a re-read only its undo stays offered.
  const fillOnThisRead = fill !== null && tab !== null && fill.tab.readAt === tab.readAt;

  return (
    <section aria-labelledby="fields-title" className="card">
      <h2 id="fields-title">{t('fields.title')}</h2>
      <label>
        {t('fields.notes')}
        <textarea rows={3} value={notes.text} onChange={(e) => notes.setText(e.target.value)} placeholder={t('draft.notesPlaceholder')} />
      </label>
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
        <>
          <ErrorMessage text={errorText(failure)} onDismiss={() => session.dismissFailure()} />
          {failure.code !== 'cancelled' && (
            <button type="button" onClick={() => void session.suggestOffline(policy, notes.text)}>
              {t('fields.offline')}
            </button>
          )}
        </>
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
          <ReviewTable
            items={items}
            onDecide={(field, d) => session.decide(field, d)}
            onEdit={(field, v) => session.edit(field, v)}
            onConfirmOverwrite={(field, c) => session.confirmOverwrite(field, c)}
            onConfirmNoEmptyChoice={(field, c) => session.confirmNoEmptyChoice(field, c)}
            onLocate={(item) => void session.locate(item)}
          />
          {waiting.length > 0 && <InfoMessage>{t('fill.waitingOverwrite', { fields: waiting.map((i) => i.label).join(', ') })}</InfoMessage>}
          {noWayBack.length > 0 && (
            <InfoMessage>{t('fill.waitingNoEmptyChoice', { fields: noWayBack.map((i) => i.label).join(', ') })}</InfoMessage>
          )}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void session.fill()} disabled={state.stale || outdated || state.filling}>
              {t('fill.button', { count: pending.length })}
            </button>
          </div>
        </>
      )}
      {notice && <ErrorMessage text={t(notice.code, { count: notice.count ?? 0 })} onDismiss={() => session.dismissNotice()} />}
      {fill && (
        <div data-testid="fill-results">
          {fillOnThisRead && (
            <ul className="results">
              {fill.results.map((r) => (
                <li key={`${r.frameId} ${r.key}`} className={r.ok ? 'ok' : 'failed'}>
                  {labelOf(r.frameId, r.key)}: {r.ok ? t('fill.ok') : t(`fillError.${r.error ?? 'rejected-by-page'}`)}
                </li>
              ))}
            </ul>
          )}
          {fill.results.some((r) => r.ok) && (
            <button type="button" onClick={() => void session.undo()}>
              {t('fill.undo')}
            </button>
          )}
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
          identifiers={state.identifiers}
          onSend={preview.thenSend ? () => void session.confirmPreview() : undefined}
          onClose={() => session.closePreview()}
        />
      )}
    </section>
  );
}
