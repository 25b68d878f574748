// @vitest-environment jsdom
import { act, createElement, useState, type ChangeEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillFields, scanFields, undoFill } from '../index';

// React needs this flag to allow act() outside its own test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface State {
  pols: string;
  houding: string;
  zuurstof: boolean;
  opmerking: string;
  paraaf: string;
}
let latest: State;

/** A form of controlled inputs, like the ECD's React forms: state is the truth, the DOM follows it. */
function VitalsForm() {
  const [state, setState] = useState<State>({ pols: '', houding: '', zuurstof: false, opmerking: '', paraaf: '' });
  latest = state;
  const set = (key: keyof State) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    const target = e.target as HTMLInputElement;
    setState((s) => ({ ...s, [key]: target.type === 'checkbox' ? target.checked : target.value }));
  };
  return createElement(
    'form',
    { onSubmit: (e: Event) => e.preventDefault() },
    createElement('label', { htmlFor: 'pols' }, 'Pols (/min)'),
    createElement('input', { id: 'pols', type: 'number', value: state.pols, onChange: set('pols') }),
    createElement('label', { htmlFor: 'houding' }, 'Houding'),
    createElement(
      'select',
      { id: 'houding', value: state.houding, onChange: set('houding') },
      createElement('option', { value: '' }, '— kies —'),
      createElement('option', { value: 'zittend' }, 'Zittend'),
      createElement('option', { value: 'liggend' }, 'Liggend'),
    ),
    createElement('label', null, createElement('input', { type: 'checkbox', id: 'o2', checked: state.zuurstof, onChange: set('zuurstof') }), ' Extra zuurstof'),
    createElement('label', { htmlFor: 'opm' }, 'Opmerking'),
    createElement('textarea', { id: 'opm', value: state.opmerking, onChange: set('opmerking') }),
    createElement('label', { htmlFor: 'paraaf' }, 'Paraaf'),
    // Only a person may sign: script-made (untrusted) changes are ignored, so React puts the old value back.
    createElement('input', {
      id: 'paraaf',
      value: state.paraaf,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        if (e.nativeEvent.isTrusted) setState((s) => ({ ...s, paraaf: e.target.value }));
      },
    }),
  );
}

let root: Root;
let container: HTMLElement;
beforeEach(async () => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
  await act(async () => root.render(createElement(VitalsForm)));
});
afterEach(async () => {
  await act(async () => root.unmount());
});

describe('fillFields on React controlled inputs', () => {
  it('changes React state through the prototype setter; a change React refuses is reported', async () => {
    expect(scanFields(document).map((f) => f.label)).toEqual(['Pols (/min)', 'Houding', 'Extra zuurstof', 'Opmerking', 'Paraaf']);
    let results: Awaited<ReturnType<typeof fillFields>> = [];
    await act(async () => {
      results = await fillFields(document, [
        { key: '#pols', value: '72' },
        { key: '#houding', value: 'Liggend' },
        { key: '#o2', value: true },
        { key: '#opm', value: 'Mw. sliep goed.' },
        { key: '#paraaf', value: 'JV' },
      ]);
    });
    expect(results.map((r) => [r.key, r.ok, r.error])).toEqual([
      ['#pols', true, undefined],
      ['#houding', true, undefined],
      ['#o2', true, undefined],
      ['#opm', true, undefined],
      ['#paraaf', false, 'rejected-by-page'],
    ]);
    expect(latest).toEqual({ pols: '72', houding: 'liggend', zuurstof: true, opmerking: 'Mw. sliep goed.', paraaf: '' });
    expect((document.getElementById('paraaf') as HTMLInputElement).value).toBe('');

    await act(async () => {
      await undoFill(document, results);
    });
    expect(latest).toEqual({ pols: '', houding: '', zuurstof: false, opmerking: '', paraaf: '' });
  });

  it('proves the setter matters: a plain value assignment is not seen by React', async () => {
    const input = document.getElementById('pols') as HTMLInputElement;
    await act(async () => {
      input.value = '80';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(latest.pols).toBe('');
  });
});
