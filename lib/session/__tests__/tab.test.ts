import { describe, expect, it } from 'vitest';
import { fillTab, mergeFillResults, undoTabFill } from '../fillTab';
import { readTab, TabReadError } from '../readTab';
import { localTabTransport, type TabTransport } from '../tabTransport';
import type { TabFillResult } from '../types';
import { agentsOf, jsdomFrames } from './jsdomFrames';

// Header in the top frame, the measurement form in an iframe (frame 3), as the sandbox's iframe.html.
const pages = {
  0: { html: `<header><h1>Mw. A. Jansen</h1><p>Geboortedatum 14-03-1938 · Cliëntnr. 20481375</p></header><main><p>Rapportage 21-11: P 88 reg.</p></main>` },
  3: { html: `<form><label for="mw_pols">Pols (/min)</label><input id="mw_pols" type="number"><label for="mw_sat">Saturatie (%)</label><input id="mw_sat" type="number"></form>` },
};

describe('reading and filling a tab with several frames', () => {
  it('reads every frame into one view; fields keep their frame, the client comes from the top', async () => {
    const frames = jsdomFrames(pages);
    const tab = await readTab(localTabTransport(agentsOf(frames)), 7);
    expect(tab.client?.name).toContain('Jansen');
    expect(tab.fields.map((f) => [f.frameId, f.key])).toEqual([
      [3, '#mw_pols'],
      [3, '#mw_sat'],
    ]);
    expect(tab.text).toContain('P 88 reg.');
    expect(tab.failedFrames).toEqual([]);
  });

  it('routes a fill to the frame of the field and refuses it after a client switch in another frame', async () => {
    const frames = jsdomFrames(pages);
    const transport = localTabTransport(agentsOf(frames));
    const tab = await readTab(transport, 7);
    const [result] = await fillTab(transport, tab, [{ ref: { frameId: 3, key: '#mw_pols' }, value: '88', expected: '' }]);
    expect(result).toMatchObject({ frameId: 3, key: '#mw_pols', ok: true, value: '88' });
    expect((frames.get(3)!.doc.getElementById('mw_pols') as HTMLInputElement).value).toBe('88');

    frames.get(0)!.doc.querySelector('h1')!.textContent = 'Dhr. B. de Vries';
    const [refused] = await fillTab(transport, tab, [{ ref: { frameId: 3, key: '#mw_sat' }, value: '96', expected: '' }]);
    expect(refused).toMatchObject({ ok: false, error: 'stale' });
    expect((frames.get(3)!.doc.getElementById('mw_sat') as HTMLInputElement).value).toBe('');
  });

  it('names a frame whose content script failed instead of dropping it, and reports a failing fill as an error', async () => {
    const frames = jsdomFrames(pages);
    const agents = agentsOf(frames);
    const broken: TabTransport = {
      ...localTabTransport(agents),
      agent(tabId, frameId) {
        const real = localTabTransport(agents).agent(tabId, frameId);
        if (frameId !== 3) return real;
        return { ...real, read: () => Promise.reject(new Error('TypeError: boom')), fill: () => Promise.reject(new Error('TypeError: boom')) };
      },
      frameUrl: async (_tab, frameId) => `http://ecd.test/frame-${frameId}.html`,
    };
    const tab = await readTab(broken, 7);
    expect(tab.failedFrames).toEqual([{ frameId: 3, url: 'http://ecd.test/frame-3.html', message: 'TypeError: boom' }]);
    expect(tab.fields).toEqual([]);
    const readable = await readTab(localTabTransport(agents), 7);
    const [result] = await fillTab(broken, readable, [{ ref: { frameId: 3, key: '#mw_pols' }, value: '88', expected: '' }]);
    expect(result).toMatchObject({ ok: false, error: 'frame-error' });
  });

  it('a tab where no frame can be read fails with every frame named', async () => {
    const transport: TabTransport = {
      frames: async () => [{ frameId: 0 }],
      agent: (tabId, frameId) => ({ ...localTabTransport(new Map()).agent(tabId, frameId) }),
      frameUrl: async () => 'http://ecd.test/',
    };
    const error = await readTab(transport, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TabReadError);
    expect((error as TabReadError).failedFrames.map((f) => f.url)).toEqual(['http://ecd.test/']);
  });

  it('undo goes back frame by frame', async () => {
    const frames = jsdomFrames(pages);
    const transport = localTabTransport(agentsOf(frames));
    const tab = await readTab(transport, 7);
    const filled = await fillTab(transport, tab, [{ ref: { frameId: 3, key: '#mw_sat' }, value: '96', expected: '' }]);
    const undone = await undoTabFill(transport, tab, filled);
    expect(undone).toMatchObject([{ frameId: 3, key: '#mw_sat', ok: true, value: '' }]);
  });
});

describe('mergeFillResults', () => {
  const r = (key: string, ok: boolean, previous: string, value?: string): TabFillResult => ({ frameId: 0, key, ok, previous, ...(value ? { value } : {}) });
  it('keeps the first previous value of a field filled twice, so undo returns to the original', () => {
    const merged = mergeFillResults([r('#a', true, 'orig', '1'), r('#b', false, 'x')], [r('#a', true, '1', '2'), r('#b', true, 'x', 'y'), r('#c', true, '', 'z')]);
    expect(merged).toEqual([r('#a', true, 'orig', '2'), r('#b', true, 'x', 'y'), r('#c', true, '', 'z')]);
  });
  it('a later failure does not lose an earlier success', () => {
    expect(mergeFillResults([r('#a', true, 'orig', '1')], [{ ...r('#a', false, '1'), error: 'changed' }])).toEqual([r('#a', true, 'orig', '1')]);
  });
});
