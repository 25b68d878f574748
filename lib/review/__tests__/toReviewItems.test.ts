import { describe, expect, it } from 'vitest';
import type { PanelField } from '../../session/types';
import { toReviewItems } from '../toReviewItems';

const field = (over: Partial<PanelField>): PanelField => ({ frameId: 0, key: '#pols', label: 'Pols (/min)', kind: 'number', value: '', ...over });
const pols = field({});
const keuze = field({ key: '#houding', label: 'Houding', kind: 'select', options: ['Zittend', 'Liggend'] });
const sentText = 'Rapportage 21-11 [PERSOON-1]: P 88 reg., RR 135/85 zittend.';
const blocks = [{ ref: 'r1', kind: 'report' as const, text: 'P 88 reg., RR 135/85 zittend.', date: '21-11', author: 'Fatima Yilmaz', frameId: 0 }];

describe('toReviewItems: model output → review items', () => {
  it('validates each value for its field, grounds the quote in the sent text, restores identifiers and points at the report', () => {
    const items = toReviewItems({
      tab: { blocks },
      suggestions: [
        { field: pols, value: '88', quote: 'P 88 reg.' },
        { field: pols, value: '90', quote: 'P 88 reg.' }, // a second answer for the same field is ignored
        { field: keuze, value: 'zittend', quote: 'RR 135/85 zittend' },
      ],
      sentText,
      restore: (s) => s.replace('[PERSOON-1]', 'F. Yilmaz'),
      origin: 'model',
    });
    expect(items.map((i) => [i.field.key, i.suggested, i.grounded, i.decision])).toEqual([
      ['#pols', '88', true, 'pending'],
      ['#houding', 'Zittend', true, 'pending'],
    ]);
    expect(items[0]).toMatchObject({ quoteBlockRef: 'r1', quoteFrameId: 0, quoteSource: { date: '21-11', author: 'Fatima Yilmaz' } });
  });

  it('flags a quote that is not in the text, a number missing from its quote, and a value the field cannot hold', () => {
    const items = toReviewItems({
      tab: { blocks },
      suggestions: [
        { field: pols, value: '88', quote: 'pols was 88' },
        { field: field({ key: '#sat', label: 'Saturatie (%)' }), value: '94', quote: 'P 88 reg.' },
        { field: keuze, value: 'Staand', quote: 'RR 135/85 zittend' },
      ],
      sentText,
      restore: (s) => s,
      origin: 'model',
    });
    expect(items.map((i) => [i.label, i.grounded, i.problem])).toEqual([
      ['Pols (/min)', false, 'quote-not-in-source'],
      ['Saturatie (%)', false, 'number-not-in-quote'],
      ['Houding', false, 'invalid-for-field'],
    ]);
  });

  it('marks a suggestion for a field that already holds another value as an overwrite', () => {
    const [item] = toReviewItems({ tab: { blocks }, suggestions: [{ field: field({ value: '72' }), value: '88', quote: 'P 88 reg.' }], sentText, restore: (s) => s, origin: 'model' });
    expect(item).toMatchObject({ current: '72', overwrite: true, overwriteConfirmed: false });
  });
});
