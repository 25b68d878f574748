import { sameFieldValue } from '../dutch';
import { isEmptyValue, type ReviewItem } from './reviewItem';

/**
 * Accepts every grounded suggestion. Flagged ones stay as they are: the user must look at each of them.
 * Overwrites still need their own confirmation, which this does not give.
 */
export function acceptAllGrounded(items: ReviewItem[]): ReviewItem[] {
  return items.map((item) => (item.grounded && item.decision === 'pending' ? { ...item, decision: 'accepted' } : item));
}

export function decide(items: ReviewItem[], fieldKey: string, decision: ReviewItem['decision']): ReviewItem[] {
  return items.map((item) => (item.fieldKey === fieldKey ? { ...item, decision } : item));
}

/**
 * The user typed their own value: it counts as accepted and edited. Whether it overwrites the field is
 * decided again for the new value, and an earlier overwrite confirmation no longer counts.
 */
export function editValue(items: ReviewItem[], fieldKey: string, value: string | boolean): ReviewItem[] {
  return items.map((item) =>
    item.fieldKey === fieldKey
      ? {
          ...item,
          suggested: value,
          edited: true,
          decision: 'accepted',
          overwrite: !isEmptyValue(item.current) && !sameFieldValue(item.kind, item.current, value),
          overwriteConfirmed: false,
        }
      : item,
  );
}

export function confirmOverwrite(items: ReviewItem[], fieldKey: string, confirmed: boolean): ReviewItem[] {
  return items.map((item) => (item.fieldKey === fieldKey ? { ...item, overwriteConfirmed: confirmed } : item));
}

/**
 * What "Invullen" writes: accepted items, and overwrites only when their own box was ticked. Each entry
 * carries the value the user saw, so a field changed on the page since then is refused, not overwritten.
 */
export function fillEntriesFor(items: ReviewItem[]): { fieldKey: string; value: string | boolean; expected: string | boolean }[] {
  return items
    .filter((item) => item.decision === 'accepted' && (!item.overwrite || item.overwriteConfirmed))
    .map((item) => ({ fieldKey: item.fieldKey, value: item.suggested, expected: item.current }));
}

/** Accepted items held back because their overwrite was not confirmed. */
export function awaitingOverwriteConfirm(items: ReviewItem[]): ReviewItem[] {
  return items.filter((item) => item.decision === 'accepted' && item.overwrite && !item.overwriteConfirmed);
}

/** Counts for the audit log: labels only, never values. */
export function reviewOutcome(items: ReviewItem[]): { accepted: number; edited: number; rejected: number; fields: string[] } {
  const accepted = items.filter((i) => i.decision === 'accepted');
  return {
    accepted: accepted.filter((i) => !i.edited).length,
    edited: accepted.filter((i) => i.edited).length,
    rejected: items.filter((i) => i.decision === 'rejected').length,
    fields: accepted.map((i) => i.label),
  };
}
