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

/** The person knows this choice field may not be emptied again once filled, and wants it filled. */
export function confirmNoEmptyChoice(items: ReviewItem[], ref: FieldRef, confirmed: boolean): ReviewItem[] {
  return update(items, ref, (item) => ({ ...item, noEmptyChoiceConfirmed: confirmed }));
}

/** Still needs a confirmation of its own before it is filled: an overwrite, or a choice with no way back to empty. */
const needsOwnConfirmation = (item: ReviewItem) =>
  (item.overwrite && !item.overwriteConfirmed) || (item.noEmptyChoice === true && !item.noEmptyChoiceConfirmed);

/**
 * What "Invullen" writes: accepted items, overwrites and choices that cannot be emptied again only when
 * their own box was ticked, and nothing that this review already filled with the same value. Each request
 * carries the value the user saw, so a field changed on the page since then is refused, not overwritten.
 */
export function fillRequestsFor(items: ReviewItem[], alreadyFilled: (item: ReviewItem) => boolean = () => false): FillRequest[] {
  return items
    .filter((item) => item.decision === 'accepted' && !needsOwnConfirmation(item) && !alreadyFilled(item))
    .map((item) => ({ ref: item.field, value: item.suggested, expected: item.current }));
}

/** Accepted items held back because their overwrite was not confirmed. */
export function awaitingOverwriteConfirm(items: ReviewItem[]): ReviewItem[] {
  return items.filter((item) => item.decision === 'accepted' && item.overwrite && !item.overwriteConfirmed);
}

/** Accepted items held back because the person has not confirmed that they may not be emptied again. */
export function awaitingNoEmptyChoiceConfirm(items: ReviewItem[]): ReviewItem[] {
  return items.filter((item) => item.decision === 'accepted' && item.noEmptyChoice === true && !item.noEmptyChoiceConfirmed);
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
