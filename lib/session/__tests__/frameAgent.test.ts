import { describe, expect, it } from 'vitest';
import { jsdomFrames } from './jsdomFrames';

const page = `<header><h1>Mw. A. Jansen</h1><p>Geboortedatum 14-03-1938 · Cliëntnr. 20481375</p></header>
  <form><label for="pols">Pols (/min)</label><input id="pols" type="number">
  <label for="temp">Temperatuur</label><input id="temp" value="37,5"></form>`;

const setup = () => {
  const { doc, agent } = jsdomFrames({ 0: { html: page } }).get(0)!;
  const input = (id: string) => doc.getElementById(id) as HTMLInputElement;
  return { doc, agent, input };
};

describe('frame agent (the content script handlers, as production runs them)', () => {
  it('reads the page and its fields with a fingerprint from the same field collection', () => {
    const { agent } = setup();
    const read = agent.read();
    expect(read.isTop).toBe(true);
    expect(read.fields.map((f) => f.label)).toEqual(['Pols (/min)', 'Temperatuur']);
    expect(read.fieldsFingerprint).toBe(agent.fingerprint());
  });

  it('fills, and refuses a field someone typed in after the review', async () => {
    const { agent, input } = setup();
    const { fieldsFingerprint } = agent.read();
    input('temp').value = '38,0'; // the nurse corrects it on the page meanwhile
    const results = await agent.fill({
      entries: [
        { key: '#pols', value: '88', expected: '' },
        { key: '#temp', value: '38.2', expected: '37,5' },
      ],
      expectedFingerprint: fieldsFingerprint,
    });
    expect(results.map((r) => [r.key, r.ok, r.error])).toEqual([
      ['#pols', true, undefined],
      ['#temp', false, 'changed'],
    ]);
    expect(input('pols').value).toBe('88');
    expect(input('temp').value).toBe('38,0');
  });

  it('undo puts back what a fill replaced, but keeps a value corrected by hand since', async () => {
    const { agent, input } = setup();
    const { fieldsFingerprint } = agent.read();
    const filled = await agent.fill({
      entries: [
        { key: '#pols', value: '88', expected: '' },
        { key: '#temp', value: '38.2', expected: '37,5' },
      ],
      expectedFingerprint: fieldsFingerprint,
    });
    expect(filled.every((r) => r.ok)).toBe(true);
    input('pols').value = '92'; // hand correction after the fill
    const undone = await agent.undo({ results: filled, expectedFingerprint: fieldsFingerprint });
    expect(undone.map((r) => [r.key, r.ok, r.error ?? null])).toEqual([
      ['#pols', false, 'changed'],
      ['#temp', true, null],
    ]);
    expect(input('pols').value).toBe('92');
    expect(input('temp').value).toBe('37,5');
  });

  it('refuses the whole fill when the client or the form is not the one read', async () => {
    const { agent, doc } = setup();
    const { fieldsFingerprint } = agent.read();
    doc.querySelector('h1')!.textContent = 'Dhr. B. de Vries'; // another client, same form
    const results = await agent.fill({ entries: [{ key: '#pols', value: '88', expected: '' }], expectedFingerprint: fieldsFingerprint });
    expect(results).toEqual([{ key: '#pols', ok: false, previous: '', error: 'stale' }]);
    expect((doc.getElementById('pols') as HTMLInputElement).value).toBe('');
  });

  it('locates a field by its key', () => {
    const { agent } = setup();
    expect(agent.locate({ fieldKey: '#pols' })).toBe(true);
    expect(agent.locate({ fieldKey: '#bestaat-niet' })).toBe(false);
  });
});
