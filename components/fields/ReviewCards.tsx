import { forwardRef } from 'react';
import type { ReviewItem } from '@/lib/review/reviewItem';
import { refId, type FieldRef } from '@/lib/session/fieldRef';
import { useT } from '../i18n';

/** Where a quote comes from, as the page names the report: its date and author. */
function QuoteSource({ source }: { source: ReviewItem['quoteSource'] }) {
  const { t } = useT();
  if (!source?.date && !source?.author) return null;
  const text =
    source.date && source.author
      ? t('review.quoteReportBy', { date: source.date, author: source.author })
      : source.date
        ? t('review.quoteReport', { date: source.date })
        : t('review.quoteAuthor', { author: source.author ?? '' });
  return <span className="quote-source">{text}</span>;
}

/**
 * One card per suggestion, stacked for a 320–400 px panel: the field, now → proposed, the quote with its
 * report, and accept / edit / reject. Flagged suggestions say why; overwrites ask for their own confirmation.
 * The accept box is each card's first checkbox.
 */
export const ReviewCards = forwardRef<
  HTMLHeadingElement,
  {
    items: ReviewItem[];
    onDecide(field: FieldRef, decision: ReviewItem['decision']): void;
    onEdit(field: FieldRef, value: string | boolean): void;
    onConfirmOverwrite(field: FieldRef, confirmed: boolean): void;
    onConfirmNoEmptyChoice(field: FieldRef, confirmed: boolean): void;
    onLocate(item: ReviewItem): void;
    /** This review filled the field with this value already. */
    isFilled(item: ReviewItem): boolean;
  }
>(function ReviewCards(props, heading) {
  const { t, format } = useT();
  const shown = (item: ReviewItem, value: string | boolean) =>
    typeof value === 'boolean' ? (value ? t('common.yes') : t('common.no')) : value.trim() === '' ? t('review.empty') : format.fieldValue(item.kind, value);
  return (
    <div className="review">
      <h3 ref={heading} tabIndex={-1} id="review-heading">
        {t('review.heading', { count: props.items.length })}
      </h3>
      <p className="muted">{t('review.caption')}</p>
      <ul className="review-list" data-testid="review-table" aria-labelledby="review-heading">
        {props.items.map((item) => {
          const id = `review-${refId(item.field).replace(/[^\w-]/g, '_')}`;
          const state = item.decision === 'accepted' ? 'accepted' : item.decision === 'rejected' ? 'rejected' : 'pending';
          return (
            <li
              key={refId(item.field)}
              data-testid="review-row"
              data-field={item.label}
              className={`review-card ${state}${item.grounded ? '' : ' flagged'}`}
              aria-labelledby={`${id}-label`}
            >
              <div className="review-head">
                <span className="field-name" id={`${id}-label`}>
                  {item.label}
                </span>
                {item.origin === 'offline' && <span className="badge">{t('review.offline')}</span>}
                {props.isFilled(item) && <span className="badge ok">{t('fill.ok')}</span>}
              </div>
              <dl className="review-values">
                {item.overwrite && (
                  <div>
                    <dt>{t('review.current')}</dt>
                    <dd className="old">{shown(item, item.current)}</dd>
                  </div>
                )}
                <div>
                  <dt>
                    <label htmlFor={`${id}-value`}>{t('review.value')}</label>
                  </dt>
                  <dd>
                    {typeof item.suggested === 'boolean' ? (
                      <strong id={`${id}-value`}>{shown(item, item.suggested)}</strong>
                    ) : item.composition ? (
                      <div className="draft" data-testid="review-draft">
                        <p className="badge warn">{t('review.draft')}</p>
                        <textarea
                          id={`${id}-value`}
                          rows={4}
                          aria-label={t('review.editLabel', { label: item.label })}
                          value={item.suggested}
                          onChange={(e) => props.onEdit(item.field, e.target.value)}
                        />
                        <ul className="sentences">
                          {item.composition.sentences.map((s, k) => (
                            <li key={k} className={s.supported ? '' : 'unsupported'} data-supported={s.supported}>
                              {s.text}
                              {!s.supported && <em> ⚠ {t('review.unsupported')}</em>}
                            </li>
                          ))}
                        </ul>
                        <details>
                          <summary>{t('review.sources')}</summary>
                          <ul>
                            {item.composition.sources.map((source, k) => (
                              <li key={k}>{source}</li>
                            ))}
                          </ul>
                        </details>
                      </div>
                    ) : (
                      <input
                        id={`${id}-value`}
                        type="text"
                        aria-label={t('review.editLabel', { label: item.label })}
                        value={item.edited ? item.suggested : format.fieldValue(item.kind, item.suggested)}
                        onChange={(e) => props.onEdit(item.field, e.target.value)}
                      />
                    )}
                  </dd>
                </div>
              </dl>
              {item.quote ? (
                <blockquote className="quote-block">
                  <button type="button" className="quote" onClick={() => props.onLocate(item)} title={t('review.locate')}>
                    “{item.quote}”
                  </button>
                  <QuoteSource source={item.quoteSource} />
                </blockquote>
              ) : (
                <p className="muted">{t('review.noQuote')}</p>
              )}
              {item.unrestored && (
                <p className="flag" role="note">
                  ⚠ {t('review.unrestored', { codes: item.unrestored.join(', ') })}
                </p>
              )}
              {!item.grounded && (
                <p className="flag" role="note">
                  ⚠ {item.problem === 'quote-empty' || item.problem === 'quote-not-in-source' || !item.problem ? t('review.notGrounded') : t('review.check')}
                  {item.problem ? ` — ${t(`problem.${item.problem}`)}` : ''}
                </p>
              )}
              <div className="review-actions">
                <label className="accept">
                  <input
                    type="checkbox"
                    aria-label={t('review.accept', { label: item.label })}
                    checked={item.decision === 'accepted'}
                    onChange={(e) => props.onDecide(item.field, e.target.checked ? 'accepted' : 'pending')}
                  />{' '}
                  {t('review.acceptShort')}
                </label>
                <button
                  type="button"
                  className="link"
                  aria-pressed={item.decision === 'rejected'}
                  onClick={() => props.onDecide(item.field, item.decision === 'rejected' ? 'pending' : 'rejected')}
                >
                  {item.decision === 'rejected' ? t('review.rejected') : t('review.reject')}
                </button>
              </div>
              {item.noEmptyChoice && (
                <p className="flag" role="note" data-testid="no-empty-choice">
                  ⚠ {t('review.noEmptyChoice')}
                </p>
              )}
              {item.noEmptyChoice && item.decision === 'accepted' && (
                <label className="overwrite">
                  <input
                    type="checkbox"
                    checked={item.noEmptyChoiceConfirmed === true}
                    onChange={(e) => props.onConfirmNoEmptyChoice(item.field, e.target.checked)}
                  />{' '}
                  {t('review.noEmptyChoiceConfirm')}
                </label>
              )}
              {item.overwrite && item.decision === 'accepted' && (
                <label className="overwrite">
                  <input type="checkbox" checked={item.overwriteConfirmed} onChange={(e) => props.onConfirmOverwrite(item.field, e.target.checked)} />{' '}
                  {t('review.overwrite', { value: shown(item, item.current) })}
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
