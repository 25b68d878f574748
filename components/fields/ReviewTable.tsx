import type { ReviewItem } from '@/lib/review/reviewItem';
import { refId, type FieldRef } from '@/lib/session/fieldRef';
import { useT } from '../i18n';

function show(value: string | boolean, yes: string, no: string): string {
  return typeof value === 'boolean' ? (value ? yes : no) : value;
}

/**
 * Field, current → suggested value, the quote it came from, and the user's decision. Flagged suggestions
 * say why; overwrites ask for their own confirmation.
 */
export function ReviewTable(props: {
  items: ReviewItem[];
  onDecide(field: FieldRef, decision: ReviewItem['decision']): void;
  onEdit(field: FieldRef, value: string | boolean): void;
  onConfirmOverwrite(field: FieldRef, confirmed: boolean): void;
  onConfirmNoEmptyChoice(field: FieldRef, confirmed: boolean): void;
  onLocate(item: ReviewItem): void;
}) {
  const { t } = useT();
  const yes = t('common.yes');
  const no = t('common.no');
  return (
    <table className="review" data-testid="review-table">
      <caption>{t('review.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.field')}</th>
          <th scope="col">{t('review.value')}</th>
          <th scope="col">{t('review.source')}</th>
          <th scope="col">{t('review.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={refId(item.field)} data-testid="review-row" data-field={item.label} className={item.grounded ? '' : 'flagged'}>
            <th scope="row">{item.label}</th>
            <td>
              {item.overwrite && (
                <span className="old" title={t('review.current')}>
                  {show(item.current, yes, no)} →{' '}
                </span>
              )}
              {typeof item.suggested === 'boolean' ? (
                <strong>{show(item.suggested, yes, no)}</strong>
              ) : item.composition ? (
                <div className="draft" data-testid="review-draft">
                  <p className="badge warn">{t('review.draft')}</p>
                  <textarea rows={4} aria-label={t('review.editLabel', { label: item.label })} value={item.suggested} onChange={(e) => props.onEdit(item.field, e.target.value)} />
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
                  type="text"
                  aria-label={t('review.editLabel', { label: item.label })}
                  value={item.suggested}
                  onChange={(e) => props.onEdit(item.field, e.target.value)}
                />
              )}
              {item.origin === 'offline' && <span className="badge">{t('review.offline')}</span>}
            </td>
            <td>
              {item.quote ? (
                <button type="button" className="quote" onClick={() => props.onLocate(item)} title={t('review.locate')}>
                  “{item.quote}”
                </button>
              ) : (
                <span className="muted">{t('review.noQuote')}</span>
              )}
              {item.unrestored && <p className="flag" role="note">⚠ {t('review.unrestored', { codes: item.unrestored.join(', ') })}</p>}
              {!item.grounded && (
                <p className="flag" role="note">
                  ⚠ {item.problem === 'quote-empty' || item.problem === 'quote-not-in-source' || !item.problem ? t('review.notGrounded') : t('review.check')}
                  {item.problem ? ` — ${t(`problem.${item.problem}`)}` : ''}
                </p>
              )}
            </td>
            <td>
              <label>
                <input
                  type="checkbox"
                  checked={item.decision === 'accepted'}
                  onChange={(e) => props.onDecide(item.field, e.target.checked ? 'accepted' : 'pending')}
                />{' '}
                {t('review.accept', { label: item.label })}
              </label>
              <button
                type="button"
                className="link"
                aria-pressed={item.decision === 'rejected'}
                onClick={() => props.onDecide(item.field, item.decision === 'rejected' ? 'pending' : 'rejected')}
              >
                {item.decision === 'rejected' ? t('review.rejected') : t('review.reject')}
              </button>
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
                  <input
                    type="checkbox"
                    checked={item.overwriteConfirmed}
                    onChange={(e) => props.onConfirmOverwrite(item.field, e.target.checked)}
                  />{' '}
                  {t('review.overwrite', { value: show(item.current, yes, no) })}
                </label>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
