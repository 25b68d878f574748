import { sameFieldValue } from '../dutch';
import { sameRef, type FieldRef } from '../session/fieldRef';
import type { FillRequest } from '../session/types';
import { isEmptyValue, type ReviewItem } from './reviewItem';

/**
 * Accepts every grounded suggestion that is a value. Flagged ones stay as they are: the user must look at each
 * of them; so does free text, which is the model's composition (a draft), however well its quote is found.
 * Overwrites still need their own confirmation, which this does not give.
 */
export function acceptAllGrounded(items: ReviewItem[]): ReviewItem[] {
  return items.map((item) => (item.grounded && !item.composition && item.decision === 'pending' ? { ...item, decision: 'accepted' } : item));
}

function update(items: ReviewItem[], ref: FieldRef, change: (item: ReviewItem) => ReviewItem): ReviewItem[] {
  return items.map((item) => (sameRef(item.field, ref) ? change(item) : item));
}

export function decide(items: ReviewItem[], ref: FieldRef, decision: ReviewItem['decision']): ReviewItem[] {
  return update(items, ref, (item) => ({ ...item, decision }));
}

/**
 * The user typed their own value: it counts as accepted and edited. Whether it overwrites the field is
 * decided again for the new value, and an earlier overwrite confirmation no longer counts.
 */
export function editValue(items: ReviewItem[], ref: FieldRef, value: string | boolean): ReviewItem[] {
  return update(items, ref, (item) => ({
    ...item,
    suggested: value,
    edited: true,
    decision: 'accepted',
    overwrite: !isEmptyValue(item.current) && !sameFieldValue(item.kind, item.current, value),
    overwriteConfirmed: false,
  }));
}

export function confirmOverwrite(items: ReviewItem[], ref: FieldRef, confirmed: boolean): ReviewItem[] {
  return update(items, ref, (item) => ({ ...item, overwriteConfirmed: confirmed }));
}

/**
 * What "Invullen" writes: accepted items, overwrites only when their own box was ticked, and nothing that
 * this review already filled with the same value. Each request carries the value the user saw, so a
 * field changed on the page since then is refused, not overwritten.
 */
export function fillRequestsFor(items: ReviewItem[], alreadyFilled: (item: ReviewItem) => boolean = () => false): FillRequest[] {
  return items
    .filter((item) => item.decision === 'accepted' && (!item.overwrite || item.overwriteConfirmed) && !alreadyFilled(item))
    .map((item) => ({ ref: item.field, value: item.suggested, expected: item.current }));
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
