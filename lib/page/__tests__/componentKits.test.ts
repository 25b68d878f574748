// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillFields, scanFields, undoFill, type ScannedField } from '../index';
import { isStableId } from '../refs';

// The failure classes of issue 17 (real component libraries), each as the smallest page that shows it.
beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const field = (label: string): ScannedField => {
  const found = scanFields(document).find((f) => f.label === label);
  if (!found) throw new Error(`no field "${label}" in ${JSON.stringify(scanFields(document).map((f) => f.label))}`);
  return found;
};
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('roles first', () => {
  it('a <button role="switch"> is a checkbox, filled by a click', async () => {
    document.body.innerHTML = '<label for="sw">Extra zuurstof</label><button id="sw" type="button" role="switch" aria-checked="false"></button>';
    const sw = document.getElementById('sw')!;
    sw.addEventListener('click', () => sw.setAttribute('aria-checked', String(sw.getAttribute('aria-checked') !== 'true')));
    expect(field('Extra zuurstof')).toMatchObject({ kind: 'checkbox', value: false });
    const [r] = await fillFields(document, [{ key: field('Extra zuurstof').key, value: true }]);
    expect(r).toMatchObject({ ok: true, value: true });
  });

  it('day/month/year spinbuttons in a group are one date field, filled through the input the picker carries', async () => {
    document.body.innerHTML = `<label id="dl">Datum meting</label>
      <div role="group" aria-labelledby="dl"><span role="spinbutton" aria-label="Dag" contenteditable="true">DD</span><span>-</span><span role="spinbutton" aria-label="Maand" contenteditable="true">MM</span><span>-</span><span role="spinbutton" aria-label="Jaar" contenteditable="true">JJJJ</span><input aria-hidden="true" tabindex="-1" value=""></div>`;
    const hidden = document.querySelector('input')!;
    const spins = document.querySelectorAll('[role=spinbutton]');
    hidden.addEventListener('input', () => {
      const [d, m, y] = hidden.value ? hidden.value.split('-') : ['DD', 'MM', 'JJJJ'];
      [d, m, y].forEach((t, k) => (spins[k]!.textContent = t!));
    });
    const fields = scanFields(document);
    expect(fields.map((f) => [f.label, f.kind])).toEqual([['Datum meting', 'date']]);
    const [r] = await fillFields(document, [{ key: fields[0]!.key, value: '14 maart 2026' }]);
    expect(r).toMatchObject({ ok: true, value: '14-03-2026' });
    const [u] = await undoFill(document, [r!]);
    expect(u).toMatchObject({ ok: true, value: '' });
  });

  it('a role on a shadow host makes the host the control (a radio web component)', async () => {
    class Radio extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<span part="control"></span><slot></slot>';
      }
    }
    customElements.define('kit-radio', Radio);
    document.body.innerHTML = `<div role="radiogroup" aria-label="Mobiliteit">
      <kit-radio role="radio" aria-checked="false">Zelfstandig</kit-radio><kit-radio role="radio" aria-checked="false">Met rollator</kit-radio></div>`;
    const radios = Array.from(document.querySelectorAll('kit-radio'));
    radios.forEach((r) => r.addEventListener('click', () => radios.forEach((o) => o.setAttribute('aria-checked', String(o === r)))));
    expect(field('Mobiliteit')).toMatchObject({ kind: 'radio', options: ['Zelfstandig', 'Met rollator'] });
    const [r] = await fillFields(document, [{ key: field('Mobiliteit').key, value: 'Met rollator' }]);
    expect(r).toMatchObject({ ok: true, value: 'Met rollator' });
  });

  it('a custom element with a widget role and light content is a field, not "behind a closed shadow root"', () => {
    document.body.innerHTML = '<label id="wl">Soort wond</label><mat-select role="combobox" aria-labelledby="wl" tabindex="0"><span>Decubitus</span></mat-select>';
    expect(field('Soort wond')).toMatchObject({ kind: 'combobox', value: 'Decubitus' });
    expect(field('Soort wond').unreachable).toBeUndefined();
  });
});

describe('labels a person sees', () => {
  it('two editors with the same built-in aria-label get the labels the page shows for them', () => {
    document.body.innerHTML = `<label for="o">Objectief (O)</label><div id="o"><div contenteditable="true" aria-label="Rich Text Editor, main"></div></div>
      <label for="p">Plan (P)</label><div id="p"><div contenteditable="true" aria-label="Rich Text Editor, main"></div></div>`;
    expect(scanFields(document).map((f) => [f.label, f.kind])).toEqual([['Objectief (O)', 'richtext'], ['Plan (P)', 'richtext']]);
  });

  it('preceding text is not cut off by a hidden control in between (an editor toolbar\'s <select>)', () => {
    document.body.innerHTML = '<div>Subjectief (S)</div><div class="toolbar"><select style="display:none"><option>Normal</option></select></div><div contenteditable="true"></div>';
    expect(scanFields(document).map((f) => f.label)).toEqual(['Subjectief (S)']);
  });

  it('an editor alone in a same-origin iframe takes the label the parent page gives the iframe', () => {
    document.body.innerHTML = '<label for="fr">Plan (P)</label><iframe id="fr" title="Plan-editor"></iframe>';
    const frameDoc = (document.getElementById('fr') as HTMLIFrameElement).contentDocument!;
    frameDoc.body.innerHTML = '<div contenteditable="true" aria-label="Rich Text Editor, main"></div>';
    expect(scanFields(frameDoc).map((f) => f.label)).toEqual(['Plan (P)']);
  });
});

describe('radios without a name, selects with a display input, options without a role', () => {
  it('name-less radios are one group by their container', () => {
    document.body.innerHTML = `<span id="hl">Hartritme</span><div role="radiogroup" aria-labelledby="hl">
      <label><input type="radio" value="r"> Regelmatig</label><label><input type="radio" value="o"> Onregelmatig</label></div>`;
    expect(scanFields(document).filter((f) => f.kind === 'radio')).toHaveLength(1);
    expect(field('Hartritme').options).toEqual(['Regelmatig', 'Onregelmatig']);
  });

  it('a readonly, transparent display input opens the list; a role-less visible item is clicked; the choice is read where it shows', async () => {
    document.body.innerHTML = `<label for="sel">Soort wond</label>
      <div class="select"><div class="content"><span class="select-placeholder">Kies een soort</span><input id="sel" readonly role="combobox" aria-haspopup="listbox" style="opacity:0"></div></div>
      <div class="select-dropdown" hidden><div class="select-item-option">Decubitus</div><div class="select-item-option">Skin tear</div></div>`;
    const input = document.getElementById('sel')!;
    const dropdown = document.querySelector('.select-dropdown') as HTMLElement;
    const content = document.querySelector('.content')!;
    input.addEventListener('mousedown', () => (dropdown.hidden = false));
    dropdown.querySelectorAll('.select-item-option').forEach((o) =>
      o.addEventListener('click', () => {
        dropdown.hidden = true;
        content.querySelector('span')!.className = 'select-selection-item';
        content.querySelector('span')!.textContent = o.textContent;
      }),
    );
    const f = field('Soort wond');
    expect(f).toMatchObject({ kind: 'combobox', value: '' });
    expect(f.readonly).toBeUndefined();
    const [r] = await fillFields(document, [{ key: f.key, value: 'Skin tear' }]);
    expect(r).toMatchObject({ ok: true, value: 'Skin tear' });
  });

  it('a date picker that calls itself a combobox with a dialog is typed into, never driven with ArrowDown', async () => {
    document.body.innerHTML = '<label for="d">Datum meting</label><input id="d" role="combobox" aria-haspopup="dialog" placeholder="dd-mm-jjjj">';
    const keys: string[] = [];
    document.getElementById('d')!.addEventListener('keydown', (e) => keys.push((e as KeyboardEvent).key));
    expect(field('Datum meting').kind).toBe('date');
    const [r] = await fillFields(document, [{ key: field('Datum meting').key, value: '2026-03-14' }]);
    expect(r).toMatchObject({ ok: true, value: '14-03-2026' });
    expect(keys).toEqual([]);
  });
});

describe('editors, read-back and unconfirmed values', () => {
  it('an editor that applies insertText a moment later gets the text once', async () => {
    document.body.innerHTML = '<label for="e">Rapportage</label><div id="e"><div contenteditable="true"></div></div>';
    const editor = document.querySelector('[contenteditable]')!;
    (document as unknown as { execCommand: (c: string, u: boolean, v: string) => boolean }).execCommand = (_c, _u, v) => {
      setTimeout(() => (editor.textContent = (editor.textContent ?? '') + v), 60);
      return true;
    };
    try {
      const [r] = await fillFields(document, [{ key: field('Rapportage').key, value: 'Mw. sliep goed.' }]);
      await tick(100);
      expect(editor.textContent).toBe('Mw. sliep goed.');
      expect(r?.ok).toBe(true);
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
  });

  it('a fill that leaves neither the old nor the asked value puts the old one back', async () => {
    document.body.innerHTML = `<label for="h">Houding</label><select id="h"><option>Zittend</option><option>Liggend</option><option>Staand</option></select>`;
    const select = document.getElementById('h') as HTMLSelectElement;
    // A page that "corrects" every change to the last option.
    select.addEventListener('change', () => setTimeout(() => (select.selectedIndex = 2), 0));
    const [r] = await fillFields(document, [{ key: '#h', value: 'Liggend' }]);
    expect(r).toMatchObject({ ok: false, error: 'rejected-by-page', previous: 'Zittend' });
    await tick(10);
    expect(['Zittend', 'Staand']).toContain(r!.value);
  });

  it('undo takes a radio group back to "nothing chosen" through a framework that reads the value from the element', async () => {
    document.body.innerHTML = `<span id="hl">Hartritme</span><div role="radiogroup" aria-labelledby="hl">
      <label><input type="radio" name="ritme" value="regelmatig"> Regelmatig</label><label><input type="radio" name="ritme" value="onregelmatig"> Onregelmatig</label></div>`;
    const radios = Array.from(document.querySelectorAll('input')) as HTMLInputElement[];
    let model = '';
    // React-like: the model follows the change event's target.value, and the radios follow the model.
    radios.forEach((r) => r.addEventListener('change', () => {
      model = r.value;
      queueMicrotask(() => radios.forEach((o) => (o.checked = o.value === model && model !== '')));
    }));
    const [r] = await fillFields(document, [{ key: field('Hartritme').key, value: 'Onregelmatig' }]);
    expect(model).toBe('onregelmatig');
    const [u] = await undoFill(document, [r!]);
    expect(u).toMatchObject({ ok: true, value: '' });
    expect(model).toBe('');
    expect(radios.map((o) => o.getAttribute('value'))).toEqual(['regelmatig', 'onregelmatig']);
  });
});

describe('undo without a way back, said honestly', () => {
  /** An Element Plus–like group: the choice lives in the model, the radios and the wrapper class follow it. */
  function modelRadios(initial = '') {
    document.body.innerHTML = `<span id="ml">Meetplaats temperatuur</span><div role="radiogroup" aria-labelledby="ml">
      ${['oraal', 'rectaal', 'tympanisch'].map((v) => `<label class="el-radio"><span class="el-radio__input"><input type="radio" value="${v}"></span><span>${v[0]!.toUpperCase()}${v.slice(1)}</span></label>`).join('')}</div>`;
    const inputs = Array.from(document.querySelectorAll('input')) as HTMLInputElement[];
    // The option's value as the framework bound it, not the attribute (Vue keeps it in its own `_value`).
    const bound = new Map(inputs.map((i) => [i, i.value]));
    const state = { model: initial };
    const render = () =>
      inputs.forEach((i) => {
        i.checked = bound.get(i) === state.model;
        i.closest('label')!.classList.toggle('is-checked', i.checked);
      });
    inputs.forEach((i) => i.addEventListener('change', () => queueMicrotask(() => ((state.model = bound.get(i)!), render()))));
    render();
    return { inputs, state };
  }

  it('a radio group whose framework keeps the choice is announced, and its undo refused saying what it holds', async () => {
    const { inputs, state } = modelRadios();
    const f = field('Meetplaats temperatuur');
    expect(f).toMatchObject({ value: '', noEmptyChoice: true });
    const [r] = await fillFields(document, [{ key: f.key, value: 'Rectaal' }]);
    expect(r).toMatchObject({ ok: true, value: 'Rectaal' });
    expect(state.model).toBe('rectaal');
    const [u] = await undoFill(document, [r!]);
    expect(u).toMatchObject({ ok: false, error: 'cannot-clear', value: 'Rectaal' });
    // The page is left on the filled choice, and shows it: never an option nobody chose, never a hidden choice.
    await tick();
    expect(state.model).toBe('rectaal');
    expect(inputs.map((i) => i.checked)).toEqual([false, true, false]);
    expect(inputs.map((i) => i.getAttribute('value'))).toEqual(['oraal', 'rectaal', 'tympanisch']);
  });

  it('a radio is read where the widget shows its choice, also when the input says otherwise', () => {
    const { inputs } = modelRadios('rectaal');
    inputs[1]!.checked = false; // a direct write: the model (and the class) still hold the choice
    expect(field('Meetplaats temperatuur').value).toBe('Rectaal');
  });

  it('a radio group with a "geen" option, or with a choice, is not announced', () => {
    document.body.innerHTML = `<fieldset><legend>Pijn</legend><label><input type="radio" name="p" value=""> Geen</label><label><input type="radio" name="p" value="ja"> Ja</label></fieldset>
      <fieldset><legend>Ritme</legend><label><input type="radio" name="r" value="r" checked> Regelmatig</label><label><input type="radio" name="r" value="o"> Onregelmatig</label></fieldset>`;
    expect(field('Pijn').noEmptyChoice).toBeUndefined();
    expect(field('Ritme').noEmptyChoice).toBeUndefined();
  });

  it('a group component that reflects its value in an attribute goes back to "nothing chosen" through it', async () => {
    class Group extends HTMLElement {
      static observedAttributes = ['value'];
      attributeChangedCallback() {
        this.querySelectorAll('kit-choice').forEach((r) => r.setAttribute('aria-checked', String(r.getAttribute('value') === this.getAttribute('value'))));
      }
    }
    customElements.define('kit-choice-group', Group);
    document.body.innerHTML = `<kit-choice-group value="" aria-label="Mobiliteit" role="radiogroup">
      <kit-choice role="radio" value="zelfstandig" aria-checked="false">Zelfstandig</kit-choice><kit-choice role="radio" value="rollator" aria-checked="false">Met rollator</kit-choice></kit-choice-group>`;
    const group = document.querySelector('kit-choice-group')!;
    document.querySelectorAll('kit-choice').forEach((r) => r.addEventListener('click', () => group.setAttribute('value', r.getAttribute('value')!)));
    const events: string[] = [];
    for (const type of ['change', 'kit-change']) group.addEventListener(type, () => events.push(type));
    const [r] = await fillFields(document, [{ key: field('Mobiliteit').key, value: 'Met rollator' }]);
    expect(r).toMatchObject({ ok: true, value: 'Met rollator' });
    const [u] = await undoFill(document, [r!]);
    expect(u).toMatchObject({ ok: true, value: '' });
    expect(group.getAttribute('value')).toBe('');
    expect(events).toEqual(['change', 'kit-change']);
  });

  it('a list button without an empty option: its placeholder is no value, and its undo is refused with the list closed', async () => {
    document.body.innerHTML = `<span id="dl">Zorgleefplan-domein</span><button type="button" id="b" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="dl">Kies een domein</button><div id="pop"></div>`;
    const button = document.getElementById('b')!;
    const pop = document.getElementById('pop')!;
    const close = () => {
      pop.innerHTML = '';
      button.setAttribute('aria-expanded', 'false');
    };
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-expanded') === 'true') return close();
      button.setAttribute('aria-expanded', 'true');
      pop.innerHTML = '<div role="listbox" tabindex="-1"><div role="option">Participatie</div><div role="option">Mentaal welbevinden</div></div>';
      pop.querySelectorAll('[role=option]').forEach((o) => o.addEventListener('click', () => ((button.textContent = o.textContent), close())));
      (pop.querySelector('[role=listbox]') as HTMLElement).focus();
    });
    const f = field('Zorgleefplan-domein');
    expect(f).toMatchObject({ kind: 'combobox', value: '', noEmptyChoice: true });
    const [r] = await fillFields(document, [{ key: f.key, value: 'Participatie' }]);
    expect(r).toMatchObject({ ok: true, value: 'Participatie' });
    const [u] = await undoFill(document, [r!]);
    expect(u).toMatchObject({ ok: false, error: 'cannot-clear', value: 'Participatie' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe('Participatie');
  });
});

describe('keys', () => {
  it('ids and names that libraries generate are not taken as stable', () => {
    for (const id of ['el-id-1729-26', 'mat-input-3', 'mat-mdc-checkbox-1-input', 'react-select-3-input', 'rc_select_0', ':r1:', '«r1»', '_r_f_', 'headlessui-control-_r_0_', 'mui-12', 'pr_id_4', 'input-12', 'mat-radio-group-0']) {
      expect(isStableId(id), id).toBe(false);
    }
    for (const id of ['meting_pols', 'vf-bd-sys', 'nrs_0', 'b_pols', 'wondzorg_datum', 'rs-soort', 'chkArtsGeinformeerd']) {
      expect(isStableId(id), id).toBe(true);
    }
  });
});
