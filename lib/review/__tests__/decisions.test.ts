import { describe, expect, it } from 'vitest';
import {
  acceptAllGrounded, awaitingNoEmptyChoiceConfirm, awaitingOverwriteConfirm, confirmNoEmptyChoice, confirmOverwrite, decide, editValue, fillRequestsFor, reviewOutcome,
} from '../decisions';
import type { ReviewItem } from '../reviewItem';

const pols = { frameId: 0, key: 'pols' };
const temp = { frameId: 0, key: 'temp' };
const item = (over: Partial<ReviewItem>): ReviewItem => ({
  field: pols,
  label: 'Pols',
  kind: 'number',
  current: '',
  suggested: '88',
  quote: 'P 88 reg.',
  grounded: true,
  origin: 'model',
  decision: 'pending',
  edited: false,
  overwrite: false,
  overwriteConfirmed: false,
  ...over,
});

describe('review decisions', () => {
  it('fills nothing until the user accepts', () => {
    expect(fillRequestsFor([item({})])).toEqual([]);
  });

  it('"Alles accepteren" takes only grounded suggestions', () => {
    const items = acceptAllGrounded([item({}), item({ field: temp, label: 'Temp', grounded: false, problem: 'quote-not-in-source' })]);
    expect(items.map((i) => i.decision)).toEqual(['accepted', 'pending']);
    expect(fillRequestsFor(items)).toEqual([{ ref: pols, value: '88', expected: '' }]);
  });

  it('holds back an overwrite until its own confirmation', () => {
    let items = decide([item({ current: '72', overwrite: true })], pols, 'accepted');
    expect(fillRequestsFor(items)).toEqual([]);
    expect(awaitingOverwriteConfirm(items)).toHaveLength(1);
    items = confirmOverwrite(items, pols, true);
    expect(fillRequestsFor(items)).toEqual([{ ref: pols, value: '88', expected: '72' }]);
  });

  it('holds back a choice that cannot be emptied again until its own confirmation, also after "Alles accepteren"', () => {
    let items = acceptAllGrounded([item({ kind: 'radio', suggested: 'Rectaal', noEmptyChoice: true, noEmptyChoiceConfirmed: false })]);
    expect(items[0]!.decision).toBe('accepted');
    expect(fillRequestsFor(items)).toEqual([]);
    expect(awaitingNoEmptyChoiceConfirm(items)).toHaveLength(1);
    items = confirmNoEmptyChoice(items, pols, true);
    expect(awaitingNoEmptyChoiceConfirm(items)).toEqual([]);
    expect(fillRequestsFor(items)).toEqual([{ ref: pols, value: 'Rectaal', expected: '' }]);
  });

  it('editing a value decides the overwrite again and needs a new confirmation', () => {
    let items = confirmOverwrite(decide([item({ current: '72', overwrite: true })], pols, 'accepted'), pols, true);
    items = editValue(items, pols, '90');
    expect(fillRequestsFor(items)).toEqual([]);
    expect(awaitingOverwriteConfirm(items)).toHaveLength(1);
    // A suggestion that equalled the field, edited to something else, becomes an overwrite too.
    const same = editValue([item({ current: '37.5', suggested: '37,5', overwrite: false })], pols, '39.1');
    expect(fillRequestsFor(same)).toEqual([]);
  });

  it('an edit counts as accepted and edited; rejections are counted', () => {
    const items = decide(editValue([item({}), item({ field: temp, label: 'T' })], pols, '90'), temp, 'rejected');
    expect(fillRequestsFor(items)).toEqual([{ ref: pols, value: '90', expected: '' }]);
    expect(reviewOutcome(items)).toEqual({ accepted: 0, edited: 1, rejected: 1, fields: ['Pols'] });
  });

  it('a field the same review already filled with that value is not sent again', () => {
    const items = [item({ decision: 'accepted' }), item({ field: temp, label: 'T', suggested: '38.2', decision: 'accepted' })];
    expect(fillRequestsFor(items, (i) => i.field === pols)).toEqual([{ ref: temp, value: '38.2', expected: '' }]);
  });
});
