// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { refuseChanged } from '../refuseChanged';
import { collectFields, scanFields } from '../scanFields';

function form(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('refuseChanged', () => {
  it('passes fields that still show the reviewed value and refuses the ones typed in since', () => {
    const doc = form('<label>Pols <input id="p" type="number"></label><label>Temp <input id="t" value="37,5"></label>');
    const [pols, temp] = scanFields(doc);
    (doc.getElementById('p') as HTMLInputElement).value = '92'; // the nurse typed after the read
    const { pass, refused } = refuseChanged(collectFields(doc).handles, [
      { key: pols!.key, value: '88', expected: '' },
      { key: temp!.key, value: '38.2', expected: '37.5' }, // same value, other decimal mark
    ]);
    expect(pass.map((e) => e.key)).toEqual([temp!.key]);
    expect(refused).toEqual([{ key: pols!.key, ok: false, previous: '92', error: 'changed' }]);
  });

  it('lets entries without an expected value through untouched', () => {
    const doc = form('<label>Pols <input id="p" value="70"></label>');
    const entries = [{ key: scanFields(doc)[0]!.key, value: '88' }];
    expect(refuseChanged(collectFields(doc).handles, entries)).toEqual({ pass: entries, refused: [] });
  });
});
