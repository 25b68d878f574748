// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldsFingerprint, fillFields, scanFields, undoFill, type ScannedField } from '../index';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const keyOf = (label: string) => {
  const field = scanFields(document).find((f: ScannedField) => f.label === label);
  if (!field) throw new Error(`no field ${label}`);
  return field.key;
};

describe('fillFields: native controls', () => {
  it('types text through the prototype setter with input and change events, and reads it back', async () => {
    document.body.innerHTML = '<label for="t">Opmerking</label><input id="t" value="oud">';
    const input = document.getElementById('t') as HTMLInputElement;
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) input.addEventListener(type, () => events.push(type));
    // an instance-level value property (as React's tracker installs) must be bypassed
    let instanceSets = 0;
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() { return proto.get!.call(this); },
      set(v) { instanceSets++; proto.set!.call(this, v); },
    });
    const [result] = await fillFields(document, [{ key: '#t', value: 'nieuw' }]);
    expect(result).toEqual({ key: '#t', ok: true, previous: 'oud', value: 'nieuw' });
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
    expect(instanceSets).toBe(0);
  });

  it('reports a value the page puts back (controlled component) as rejected-by-page', async () => {
    document.body.innerHTML = '<label for="p">Paraaf</label><input id="p" value="AB">';
    const input = document.getElementById('p') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    input.addEventListener('input', (e) => {
      if (!e.isTrusted) setTimeout(() => setter.call(input, 'AB'), 0);
    });
    const [result] = await fillFields(document, [{ key: '#p', value: 'JV' }]);
    expect(result).toEqual({ key: '#p', ok: false, previous: 'AB', value: 'AB', error: 'rejected-by-page' });
  });

  it('normalises numbers, dates and times, and refuses values that cannot fit', async () => {
    document.body.innerHTML = `<label for="g">Gewicht</label><input id="g" type="number" min="20" max="250">
      <label for="d">Datum</label><input id="d" type="date"><label for="tm">Tijd</label><input id="tm" type="time">
      <label for="k">Kort</label><input id="k" maxlength="3"><label for="s">Saturatie</label><input id="s" type="number" max="100">`;
    const results = await fillFields(document, [
      { key: '#g', value: '72,5 kg' },
      { key: '#d', value: '21-11-2025' },
      { key: '#tm', value: '9.05' },
      { key: '#k', value: 'te lang' },
      { key: '#s', value: '140' },
      { key: '#g', value: 'zwaar' },
      { key: '#g', value: true },
    ]);
    expect(results.map((r) => [r.ok, r.ok ? r.value : r.error])).toEqual([
      [true, '72.5'],
      [true, '2025-11-21'],
      [true, '09:05'],
      [false, 'invalid-value'],
      [false, 'invalid-value'],
      [false, 'invalid-value'],
      [false, 'invalid-value'],
    ]);
  });

  it('picks a select option by its visible text (any case) or value; unknown options are refused', async () => {
    document.body.innerHTML = `<label for="s">Onderwerp</label><select id="s"><option value="">— kies —</option>
      <option value="LW">Lichamelijk welbevinden</option><option value="MW">Mentaal welbevinden</option></select>`;
    const select = document.getElementById('s') as HTMLSelectElement;
    const changes: string[] = [];
    select.addEventListener('change', () => changes.push(select.value));
    const results = await fillFields(document, [
      { key: '#s', value: 'mentaal  WELBEVINDEN' },
      { key: '#s', value: 'LW' },
      { key: '#s', value: 'Wondzorg' },
    ]);
    expect(results.map((r) => [r.ok, r.ok ? r.value : r.error])).toEqual([
      [true, 'Mentaal welbevinden'],
      [true, 'Lichamelijk welbevinden'],
      [false, 'option-not-found'],
    ]);
    expect(changes).toEqual(['MW', 'LW']);
  });

  it('clicks checkboxes only when they differ, and radios by their label', async () => {
    document.body.innerHTML = `<label><input type="checkbox" id="a"> Arts geïnformeerd</label>
      <label><input type="checkbox" id="b" checked> Portaal</label>
      <fieldset><legend>Pijnscore</legend><label><input type="radio" name="nrs" value="0">geen pijn</label><label><input type="radio" name="nrs" value="7">7</label></fieldset>`;
    const clicks: string[] = [];
    document.addEventListener('click', (e) => clicks.push((e.target as Element).id || (e.target as HTMLInputElement).value));
    const results = await fillFields(document, [
      { key: '#a', value: true },
      { key: '#b', value: 'ja' },
      { key: 'radio:nrs', value: '7' },
      { key: 'radio:nrs', value: 'Geen pijn' },
      { key: '#a', value: 'misschien' },
      { key: 'radio:nrs', value: '11' },
    ]);
    expect(results.map((r) => [r.ok, r.ok ? r.value : r.error])).toEqual([
      [true, true],
      [true, true],
      [true, '7'],
      [true, 'geen pijn'],
      [false, 'invalid-value'],
      [false, 'option-not-found'],
    ]);
    expect(clicks).toEqual(['a', '7', '0']);
  });
});

describe('fillFields: one wait for all fields', () => {
  it('writes every field, lets the page react once, then reads every field back', async () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, k) => `<label for="f${k}">Veld ${k}</label><input id="f${k}">`).join('');
    // What the page sees when it first gets to react to the first field: are the others written already?
    let lastFieldWhenPageReacted: string | null = null;
    document.getElementById('f0')!.addEventListener('input', () => {
      setTimeout(() => (lastFieldWhenPageReacted = (document.getElementById('f19') as HTMLInputElement).value), 0);
    });
    const results = await fillFields(document, Array.from({ length: 20 }, (_, k) => ({ key: `#f${k}`, value: `waarde ${k}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(lastFieldWhenPageReacted).toBe('waarde 19');
  });

  it('still reports each field the page puts back, next to the ones it accepts', async () => {
    document.body.innerHTML = '<label for="a">A</label><input id="a"><label for="b">B</label><input id="b" value="vast"><label for="c">C</label><input id="c">';
    const b = document.getElementById('b') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    b.addEventListener('input', () => setTimeout(() => setter.call(b, 'vast'), 0));
    const results = await fillFields(document, [
      { key: '#a', value: '1' },
      { key: '#b', value: '2' },
      { key: '#c', value: '3' },
    ]);
    expect(results.map((r) => [r.key, r.ok, r.value, r.error])).toEqual([
      ['#a', true, '1', undefined],
      ['#b', false, 'vast', 'rejected-by-page'],
      ['#c', true, '3', undefined],
    ]);
  });

  it('fills a field that the page resets in reaction to an earlier field (dependent fields)', async () => {
    document.body.innerHTML = `<label for="o">Onderwerp</label><select id="o"><option>Wond</option><option>Val</option></select>
      <label for="d">Details</label><input id="d" value="oud">`;
    const select = document.getElementById('o') as HTMLSelectElement;
    const details = document.getElementById('d') as HTMLInputElement;
    // the page clears the details a moment after the subject changes, as ECD forms with dependent fields do
    select.addEventListener('change', () => setTimeout(() => (details.value = ''), 0));
    const results = await fillFields(document, [
      { key: '#o', value: 'Val' },
      { key: '#d', value: 'Gevallen bij het opstaan' },
    ]);
    expect(results.map((r) => [r.ok, r.previous, r.value])).toEqual([
      [true, 'Wond', 'Val'],
      [true, 'oud', 'Gevallen bij het opstaan'],
    ]);
    expect(details.value).toBe('Gevallen bij het opstaan');
  });
});

describe('fillFields: widgets', () => {
  function selectOnlyCombobox() {
    document.body.innerHTML = `<span id="l">Houding bij meting</span>
      <div role="combobox" id="cb" aria-labelledby="l" aria-controls="opts" aria-expanded="false" tabindex="0">Kies…</div>
      <ul role="listbox" id="opts" hidden><li role="option" id="o1">Zittend</li><li role="option" id="o2">Liggend</li></ul>`;
    const cb = document.getElementById('cb')!;
    const list = document.getElementById('opts')!;
    // a widget that opens on mousedown and picks on click, and ignores value writes
    cb.addEventListener('mousedown', () => {
      list.hidden = false;
      cb.setAttribute('aria-expanded', 'true');
    });
    list.addEventListener('click', (e) => {
      const option = (e.target as Element).closest('[role=option]')!;
      list.querySelectorAll('[role=option]').forEach((o) => o.setAttribute('aria-selected', String(o === option)));
      cb.textContent = option.textContent;
      list.hidden = true;
      cb.setAttribute('aria-expanded', 'false');
    });
    return cb;
  }

  it('opens an ARIA combobox, clicks the option by its text and checks the result', async () => {
    const cb = selectOnlyCombobox();
    const [result] = await fillFields(document, [{ key: keyOf('Houding bij meting'), value: 'liggend' }]);
    // the placeholder "Kies…" is no choice: previous is ''
    expect(result).toMatchObject({ ok: true, previous: '', value: 'Liggend' });
    expect(cb.textContent).toBe('Liggend');
    expect(document.getElementById('o2')!.getAttribute('aria-selected')).toBe('true');
  });

  it('refuses an option that the combobox does not offer, and closes it again', async () => {
    selectOnlyCombobox();
    const keys: string[] = [];
    document.getElementById('cb')!.addEventListener('keydown', (e) => keys.push((e as KeyboardEvent).key));
    const [result] = await fillFields(document, [{ key: keyOf('Houding bij meting'), value: 'Staand' }]);
    expect(result).toMatchObject({ ok: false, error: 'option-not-found' });
    expect(keys).toContain('Escape');
    expect(keys).not.toContain('Enter');
  });

  it('types into an autocomplete combobox so that it shows options, then clicks one', async () => {
    document.body.innerHTML = `<label for="m">Medicijn</label><input id="m" role="combobox" aria-autocomplete="list" aria-controls="lb">
      <ul id="lb" role="listbox"></ul>`;
    const input = document.getElementById('m') as HTMLInputElement;
    const list = document.getElementById('lb')!;
    const all = ['Paracetamol 500 mg', 'Parafine crème', 'Oxycodon 5 mg'];
    input.addEventListener('input', () => {
      const q = input.value.toLowerCase();
      list.innerHTML = q ? all.filter((o) => o.toLowerCase().startsWith(q.slice(0, 4))).map((o) => `<li role="option">${o}</li>`).join('') : '';
    });
    list.addEventListener('click', (e) => {
      input.value = (e.target as Element).textContent!;
      list.innerHTML = '';
    });
    const [result] = await fillFields(document, [{ key: '#m', value: 'Paracetamol 500 mg' }]);
    expect(result).toMatchObject({ ok: true, value: 'Paracetamol 500 mg' });
  });

  it('inserts text into a contenteditable editor (execCommand is absent in jsdom: the InputEvent path)', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true" aria-label="Notitie"><p>oud</p></div>';
    const editor = document.getElementById('ed')!;
    const seen: string[] = [];
    editor.addEventListener('beforeinput', (e) => seen.push(`before:${(e as InputEvent).inputType}:${(e as InputEvent).data}`));
    editor.addEventListener('input', () => seen.push('input'));
    const [result] = await fillFields(document, [{ key: '#ed', value: 'Mw. sliep goed.\nGeen pijn.' }]);
    expect(result).toEqual({ key: '#ed', ok: true, previous: 'oud', value: 'Mw. sliep goed.\nGeen pijn.' });
    expect(seen).toEqual(['before:insertText:Mw. sliep goed.\nGeen pijn.', 'input']);
    expect(editor.innerHTML).toBe('Mw. sliep goed.<br>Geen pijn.');
  });

  it('uses execCommand insertText when the document has it', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true" aria-label="Notitie">oud</div>';
    const editor = document.getElementById('ed')!;
    const exec = vi.fn((command: string, _ui?: boolean, text?: string) => {
      if (command !== 'insertText') return false;
      editor.textContent = text ?? '';
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    try {
      const [result] = await fillFields(document, [{ key: '#ed', value: 'Nieuw' }]);
      expect(result).toMatchObject({ ok: true, value: 'Nieuw' });
      expect(exec).toHaveBeenCalledWith('insertText', false, 'Nieuw');
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
  });

  it('accepts an editor that applies the text from its own model, and reports one that ignores it', async () => {
    document.body.innerHTML = `<div id="own" contenteditable="true" aria-label="Eigen model"></div>
      <div id="deaf" contenteditable="true" aria-label="Doof"></div>`;
    const own = document.getElementById('own')!;
    own.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      const data = (e as InputEvent).data ?? '';
      setTimeout(() => (own.innerHTML = `<p>${data}</p>`), 0);
    });
    document.getElementById('deaf')!.addEventListener('beforeinput', (e) => e.preventDefault());
    const results = await fillFields(document, [
      { key: '#own', value: 'Via het model' },
      { key: '#deaf', value: 'Komt niet aan' },
    ]);
    expect(results.map((r) => [r.ok, r.error])).toEqual([
      [true, undefined],
      [false, 'rejected-by-page'],
    ]);
  });
});

describe('fillFields: refusals', () => {
  it('refuses disabled, readonly, hidden, unreachable and unknown fields without touching them', async () => {
    document.body.innerHTML = `<label>A <input name="a" disabled value="1"></label><label>B <input name="b" readonly value="2"></label>
      <label id="cl">C <input name="c" value="3"></label><ecd-sign aria-label="Paraaf"></ecd-sign>`;
    document.querySelector('ecd-sign')!.attachShadow({ mode: 'closed' }).innerHTML = '<input>';
    const keys = scanFields(document).map((f) => f.key);
    document.getElementById('cl')!.style.display = 'none';
    const inputs = Array.from(document.querySelectorAll('input'));
    const before = inputs.map((i) => i.value);
    const results = await fillFields(document, [
      { key: 'name:a', value: 'x' },
      { key: 'name:b', value: 'x' },
      { key: 'name:c', value: 'x' },
      { key: keys[3]!, value: 'x' },
      { key: 'name:bestaat-niet', value: 'x' },
    ]);
    expect(results.map((r) => [r.key, r.ok, r.error, r.previous])).toEqual([
      ['name:a', false, 'disabled', '1'],
      ['name:b', false, 'readonly', '2'],
      ['name:c', false, 'hidden', '3'],
      ['closed:/html/body/ecd-sign', false, 'unreachable', ''],
      ['name:bestaat-niet', false, 'not-found', ''],
    ]);
    expect(inputs.map((i) => i.value)).toEqual(before);
  });

  it('refuses everything as stale when the client or the form changed since the fingerprint', async () => {
    const page = (client: string) => `<section class="clientbar"><h1>${client}</h1><span>Geb. 01-02-1940</span></section>
      <label for="p">Pols</label><input id="p">`;
    document.body.innerHTML = page('Mw. A. Jansen');
    const fingerprint = fieldsFingerprint(document);
    expect(fieldsFingerprint(document)).toBe(fingerprint);
    document.body.innerHTML = page('Dhr. B. de Vries');
    const stale = await fillFields(document, [{ key: '#p', value: '72' }], { expectedFingerprint: fingerprint });
    expect(stale).toEqual([{ key: '#p', ok: false, previous: '', error: 'stale' }]);
    expect((document.getElementById('p') as HTMLInputElement).value).toBe('');

    document.body.innerHTML = page('Mw. A. Jansen');
    expect(fieldsFingerprint(document)).toBe(fingerprint);
    document.body.insertAdjacentHTML('beforeend', '<label>Saturatie <input name="sat"></label>');
    const otherForm = await fillFields(document, [{ key: '#p', value: '72' }], { expectedFingerprint: fingerprint });
    expect(otherForm[0]!.error).toBe('stale');
  });

  it('never submits: no submit event during fills, even with a submit-button combobox and a page that submits on change', async () => {
    document.body.innerHTML = `<form id="f"><label for="t">Tekst</label><input id="t">
      <label for="s">Keuze</label><select id="s"><option>a</option><option>b</option></select>
      <label><input type="checkbox" id="c"> Vinkje</label>
      <button aria-haspopup="listbox" aria-label="Knopkeuze" aria-controls="kl">Kies</button><ul role="listbox" id="kl" hidden><li role="option">Een</li></ul>
      <div contenteditable="true" aria-label="Editor"></div><button>Opslaan</button></form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    const submits: string[] = [];
    const onWindow = () => submits.push('window-capture');
    window.addEventListener('submit', onWindow, true);
    form.addEventListener('submit', (e) => {
      submits.push('form');
      e.preventDefault();
    });
    // an "auto-save" page that submits whenever a field changes
    form.addEventListener('change', () => form.requestSubmit());
    const results = await fillFields(document, [
      { key: '#t', value: 'x' },
      { key: '#s', value: 'b' },
      { key: '#c', value: true },
      { key: keyOf('Knopkeuze'), value: 'Een' },
      { key: keyOf('Editor'), value: 'tekst' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, true]);
    // The page's own requestSubmit does fire a submit event, but our guard cancels it before the form sees it.
    window.removeEventListener('submit', onWindow, true);
    expect(submits.filter((s) => s === 'form')).toEqual([]);
  });

  it('does not cause any submit event itself', async () => {
    document.body.innerHTML = `<form id="f"><label for="t">Tekst</label><input id="t"><label><input type="checkbox" id="c"> V</label>
      <fieldset><legend>R</legend><label><input type="radio" name="r" value="1">1</label></fieldset><button>Opslaan</button></form>`;
    const submits = vi.fn();
    window.addEventListener('submit', submits, true);
    await fillFields(document, [{ key: '#t', value: 'x' }, { key: '#c', value: true }, { key: 'radio:r', value: '1' }]);
    window.removeEventListener('submit', submits, true);
    expect(submits).not.toHaveBeenCalled();
  });
});

describe('undoFill', () => {
  it('puts back every successful field through the same fill path, and leaves failed ones alone', async () => {
    document.body.innerHTML = `<label for="t">Tekst</label><input id="t" value="oud">
      <label for="s">Keuze</label><select id="s"><option>a</option><option>b</option></select>
      <label><input type="checkbox" id="c"> Vinkje</label>
      <fieldset><legend>NRS</legend><label><input type="radio" name="nrs" value="1">1</label><label><input type="radio" name="nrs" value="2">2</label></fieldset>
      <div id="ed" contenteditable="true" aria-label="Editor">eerst</div>
      <label for="n">Getal</label><input id="n" type="number" max="10">
      <label for="m">Pols</label><input id="m" type="number">`;
    const results = await fillFields(document, [
      { key: '#t', value: 'nieuw' },
      { key: '#s', value: 'b' },
      { key: '#c', value: true },
      { key: 'radio:nrs', value: '2' },
      { key: '#ed', value: 'daarna' },
      { key: '#n', value: '99' },
      { key: '#m', value: '72' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false, true]);
    const undone = await undoFill(document, results);
    expect(undone.map((r) => [r.key, r.ok, r.previous, r.value])).toEqual([
      ['#t', true, 'nieuw', 'oud'],
      ['#s', true, 'b', 'a'],
      ['#c', true, true, false],
      ['radio:nrs', true, '2', ''],
      ['#ed', true, 'daarna', 'eerst'],
      ['#m', true, '72', ''],
    ]);
    expect((document.getElementById('t') as HTMLInputElement).value).toBe('oud');
    expect(document.querySelector<HTMLInputElement>('input[name=nrs]:checked')).toBeNull();
  });
});
