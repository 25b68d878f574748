import { describe, expect, it } from 'vitest';
import type { PageSnapshot, ScannedField } from '../../page/types';
import { mergeFrames, parseFieldKey } from '../mergeFrames';

const snapshot = (over: Partial<PageSnapshot>): PageSnapshot => ({
  url: 'http://ecd.test/', title: '', client: null, alerts: [], reports: [], tables: [], pairs: [], blocks: [], text: '', clientFingerprint: '', ...over,
});
const field = (key: string): ScannedField => ({ key, label: key, kind: 'text', value: '' });

describe('mergeFrames', () => {
  it('keeps the client from the header frame and routes fields by frame', () => {
    const tab = mergeFrames(7, [
      { frameId: 3, isTop: false, url: 'http://ecd.test/form', fieldsFingerprint: 'b', fields: [field('pols')], snapshot: snapshot({ text: 'formulier' }) },
      {
        frameId: 0, isTop: true, url: 'http://ecd.test/', fieldsFingerprint: 'a', fields: [field('pols')],
        snapshot: snapshot({ text: 'Mw. Jansen', client: { name: 'Mw. Jansen' }, clientFingerprint: 'c1' }),
      },
    ]);
    expect(tab.client?.name).toBe('Mw. Jansen');
    expect(tab.clientFingerprint).toBe('c1');
    expect(tab.fields.map((f) => f.fieldKey)).toEqual(['0:pols', '3:pols']);
    expect(tab.text).toBe('Mw. Jansen\n\nformulier');
    expect(parseFieldKey('3:a:b')).toEqual({ frameId: 3, key: 'a:b' });
  });
});
