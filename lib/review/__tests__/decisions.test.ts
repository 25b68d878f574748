import { describe, expect, it } from 'vitest';
import { acceptAllGrounded, awaitingOverwriteConfirm, confirmOverwrite, decide, editValue, fillEntriesFor, reviewOutcome } from '../decisions';
import type { ReviewItem } from '../reviewItem';

const item = (over: Partial<ReviewItem>): ReviewItem => ({
  fieldKey: '0:pols',
  frameId: 0,
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
    expect(fillEntriesFor([item({})])).toEqual([]);
  });

  it('"Alles accepteren" takes only grounded suggestions', () => {
    const items = acceptAllGrounded([item({}), item({ fieldKey: '0:temp', label: 'Temp', grounded: false, problem: 'quote-not-in-source' })]);
    expect(items.map((i) => i.decision)).toEqual(['accepted', 'pending']);
    expect(fillEntriesFor(items)).toEqual([{ fieldKey: '0:pols', value: '88', expected: '' }]);
  });

  it('holds back an overwrite until its own confirmation', () => {
    let items = decide([item({ current: '72', overwrite: true })], '0:pols', 'accepted');
    expect(fillEntriesFor(items)).toEqual([]);
    expect(awaitingOverwriteConfirm(items)).toHaveLength(1);
    items = confirmOverwrite(items, '0:pols', true);
    expect(fillEntriesFor(items)).toEqual([{ fieldKey: '0:pols', value: '88', expected: '72' }]);
  });

  it('editing a value decides the overwrite again and needs a new confirmation', () => {
    let items = confirmOverwrite(decide([item({ current: '72', overwrite: true })], '0:pols', 'accepted'), '0:pols', true);
    items = editValue(items, '0:pols', '90');
    expect(fillEntriesFor(items)).toEqual([]);
    expect(awaitingOverwriteConfirm(items)).toHaveLength(1);
    // A suggestion that equalled the field, edited to something else, becomes an overwrite too.
    const same = editValue([item({ current: '37.5', suggested: '37,5', overwrite: false })], '0:pols', '39.1');
    expect(fillEntriesFor(same)).toEqual([]);
  });

  it('an edit counts as accepted and edited; rejections are counted', () => {
    const items = decide(editValue([item({}), item({ fieldKey: '0:t', label: 'T' })], '0:pols', '90'), '0:t', 'rejected');
    expect(fillEntriesFor(items)).toEqual([{ fieldKey: '0:pols', value: '90', expected: '' }]);
    expect(reviewOutcome(items)).toEqual({ accepted: 0, edited: 1, rejected: 1, fields: ['Pols'] });
  });
});
