// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldsFingerprint, findFieldElement, scanFields, type ScannedField } from '../index';
import { scannedFieldSchema } from '../types';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const byLabel = (fields: ScannedField[], label: string) => fields.find((f) => f.label === label);

describe('scanFields: kinds', () => {
  it('reports every field kind with its value and options', () => {
    document.body.innerHTML = `
      <label for="t">Naam</label><input id="t" value="Jansen">
      <label for="ta">Rapportage</label><textarea id="ta">Eerste regel</textarea>
      <label for="n">Pols (/min)</label><input id="n" type="number" min="20" max="250" value="72" required>
      <label for="d">Datum</label><input id="d" type="date" value="2025-11-21">
      <label for="tm">Tijd</label><input id="tm" type="time" value="09:30">
      <label for="s">Houding</label><select id="s"><option value="">— kies —</option><option value="z" selected>Zittend</option><option>Liggend</option></select>
      <fieldset><legend>Pijnscore</legend><label><input type="radio" name="nrs" value="0"> 0</label><label><input type="radio" name="nrs" value="1" checked> 1</label></fieldset>
      <label><input type="checkbox" id="c" checked> Arts geïnformeerd</label>
      <label for="cb">Medicijn</label><input id="cb" role="combobox" aria-autocomplete="list" aria-controls="lb" value="Para">
      <ul id="lb" role="listbox"><li role="option">Paracetamol</li><li role="option">Parafine</li></ul>
      <div id="rt" contenteditable="true" aria-label="Notitie"><p>Regel een</p><p>Regel twee</p></div>
      <span id="ck-l">Zuurstof</span><div role="checkbox" aria-checked="true" aria-labelledby="ck-l" tabindex="0"></div>`;
    const fields = scanFields(document);
    expect(fields.map((f) => [f.key, f.kind, f.label, f.value])).toEqual([
      ['#t', 'text', 'Naam', 'Jansen'],
      ['#ta', 'textarea', 'Rapportage', 'Eerste regel'],
      ['#n', 'number', 'Pols (/min)', '72'],
      ['#d', 'date', 'Datum', '2025-11-21'],
      ['#tm', 'time', 'Tijd', '09:30'],
      ['#s', 'select', 'Houding', 'Zittend'],
      ['radio:nrs', 'radio', 'Pijnscore', '1'],
      ['#c', 'checkbox', 'Arts geïnformeerd', true],
      ['#cb', 'combobox', 'Medicijn', 'Para'],
      ['#rt', 'richtext', 'Notitie', 'Regel een\nRegel twee'],
      ['label:Zuurstof', 'checkbox', 'Zuurstof', true],
    ]);
    expect(byLabel(fields, 'Pols (/min)')).toMatchObject({ min: 20, max: 250, required: true });
    expect(byLabel(fields, 'Houding')?.options).toEqual(['— kies —', 'Zittend', 'Liggend']);
    expect(byLabel(fields, 'Pijnscore')?.options).toEqual(['0', '1']);
    expect(byLabel(fields, 'Medicijn')?.options).toEqual(['Paracetamol', 'Parafine']);
    for (const f of fields) expect(scannedFieldSchema.safeParse(f).success).toBe(true);
  });

  it('reports ARIA widgets: select-only combobox, listbox button, standalone listbox, ARIA radio group', () => {
    document.body.innerHTML = `
      <span id="h-l">Houding bij meting</span>
      <div role="combobox" id="houding" aria-labelledby="h-l" aria-controls="h-opts" aria-expanded="false" tabindex="0">Zittend</div>
      <ul role="listbox" id="h-opts" hidden><li role="option">Zittend</li><li role="option">Liggend</li></ul>
      <button type="button" aria-haspopup="listbox" aria-label="Meetplaats">Arm links</button>
      <div role="listbox" aria-label="Voeding"><div role="option" aria-selected="true">Normaal</div><div role="option">Sondevoeding</div></div>
      <div role="radiogroup" aria-label="Bewustzijn"><span role="radio" aria-checked="false">Alert</span><span role="radio" aria-checked="true">Verward</span></div>`;
    const fields = scanFields(document);
    expect(fields.map((f) => [f.kind, f.label, f.value, f.options])).toEqual([
      ['combobox', 'Houding bij meting', 'Zittend', ['Zittend', 'Liggend']],
      ['combobox', 'Meetplaats', 'Arm links', undefined],
      ['combobox', 'Voeding', 'Normaal', ['Normaal', 'Sondevoeding']],
      ['radio', 'Bewustzijn', 'Verward', ['Alert', 'Verward']],
    ]);
  });

  it('skips buttons, submit/reset/image/file/password inputs and popups', () => {
    document.body.innerHTML = `<form><button>Opslaan</button><input type="submit"><input type="reset"><input type="image" alt="x">
      <input type="file"><input type="password"><input type="button" value="b"><div role="button">Knop</div></form>`;
    expect(scanFields(document)).toEqual([]);
  });

  it('flags disabled (also through a disabled fieldset) and readonly fields', () => {
    document.body.innerHTML = `<label>A <input name="a" disabled></label><fieldset disabled><label>B <input name="b"></label></fieldset>
      <label>C <input name="c" readonly></label><div role="textbox" contenteditable="true" aria-label="D" aria-readonly="true"></div>`;
    const f = scanFields(document);
    expect(f.map((x) => [x.label, x.disabled ?? false, x.readonly ?? false])).toEqual([
      ['A', true, false],
      ['B', true, false],
      ['C', false, true],
      ['D', false, true],
    ]);
  });
});

describe('scanFields: label sources', () => {
  it('uses label[for], a wrapping label, aria-labelledby and aria-label', () => {
    document.body.innerHTML = `
      <label for="a">Gewicht (kg) *:</label><input id="a">
      <label>Lengte (cm) <input id="b"></label>
      <span id="col">Vocht in (ml)</span><span id="row">Ochtend</span><input id="c" aria-labelledby="col row">
      <input id="d" aria-label="Ademfrequentie (/min)" title="AF">`;
    expect(scanFields(document).map((f) => f.label)).toEqual(['Gewicht (kg)', 'Lengte (cm)', 'Vocht in (ml) Ochtend', 'Ademfrequentie (/min)']);
  });

  it('falls back to the table cell beside the field, or the column header with the row label', () => {
    document.body.innerHTML = `<table>
      <tr><td>Eetlust</td><td><input id="e"></td></tr>
      <tr><td>Sondevoeding</td><td><select id="s"><option>Nee</option></select></td></tr></table>
      <table><thead><tr><th>Moment</th><th>Systolisch</th><th>Diastolisch</th></tr></thead>
      <tbody><tr><th>Ochtend</th><td><input id="sys"></td><td><input id="dia"></td></tr></tbody></table>`;
    expect(scanFields(document).map((f) => f.label)).toEqual(['Eetlust', 'Sondevoeding', 'Systolisch — Ochtend', 'Diastolisch — Ochtend']);
  });

  it('falls back to the fieldset legend (radios: the legend is the question, labels are the options)', () => {
    document.body.innerHTML = `<fieldset><legend>Decubitus stuitje</legend>
        <label><input type="radio" name="dec" value="0">Categorie 0</label><label><input type="radio" name="dec" value="1">Categorie 1</label></fieldset>
      <fieldset><legend>Wondgrootte (cm)</legend><input id="l"></fieldset>
      <fieldset><legend>Hulpmiddelen</legend><label><input type="checkbox" id="r"> Rollator</label><label><input type="checkbox" id="w"> Rolstoel</label></fieldset>`;
    const fields = scanFields(document);
    expect(fields.map((f) => [f.label, f.options])).toEqual([
      ['Decubitus stuitje', ['Categorie 0', 'Categorie 1']],
      ['Wondgrootte (cm)', undefined],
      ['Hulpmiddelen — Rollator', undefined],
      ['Hulpmiddelen — Rolstoel', undefined],
    ]);
  });

  it('falls back to placeholder, then title, then the text before the field', () => {
    document.body.innerHTML = `
      <textarea id="p" placeholder="Bijzonderheden nachtdienst"></textarea>
      <input id="t" title="Paraaf">
      <div><span>Mictiefrequentie per dag</span> <input id="m"></div>
      <div><label><input type="checkbox" id="x"> Iets anders</label><input id="y"></div>`;
    const fields = scanFields(document);
    expect(fields.map((f) => f.label)).toEqual(['Bijzonderheden nachtdienst', 'Paraaf', 'Mictiefrequentie per dag', 'Iets anders', '']);
    // without any label the key falls back to the position in the page
    expect(fields[4]!.key).toBe('#y');
    document.getElementById('y')!.removeAttribute('id');
    expect(scanFields(document)[4]!.key).toBe('path:/html/body/div[2]/input');
  });

  it('uses the visible label of the shadow host for a field inside a web component', () => {
    document.body.innerHTML = '<ecd-field aria-label="Saturatie (%)"></ecd-field>';
    document.querySelector('ecd-field')!.attachShadow({ mode: 'open' }).innerHTML = '<input type="number">';
    expect(scanFields(document)).toEqual([expect.objectContaining({ label: 'Saturatie (%)', kind: 'number' })]);
  });
});

describe('scanFields: shadow DOM', () => {
  function vitalsPanel(mode: 'open' | 'closed') {
    document.body.innerHTML = '<ecd-vitals id="vitals"></ecd-vitals><ecd-signature aria-label="Paraaf verpleegkundige"></ecd-signature>';
    const outer = document.getElementById('vitals')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<label for="sys">Bloeddruk systolisch (mmHg)</label><input id="sys" type="number"><ecd-measure id="pols"></ecd-measure>';
    outer.getElementById('pols')!.attachShadow({ mode: 'open' }).innerHTML = '<label>Pols (/min) <input type="number" name="pols"></label>';
    const closed = document.querySelector('ecd-signature')!.attachShadow({ mode });
    closed.innerHTML = '<label>Paraaf <input name="paraaf"></label>';
    return closed;
  }

  it('scans nested open shadow roots with keys that name the hosts', () => {
    vitalsPanel('open');
    const fields = scanFields(document);
    expect(fields.map((f) => [f.key, f.label])).toEqual([
      ['#vitals >> #sys', 'Bloeddruk systolisch (mmHg)'],
      ['#vitals >> #pols >> name:pols', 'Pols (/min)'],
      ['/html/body/ecd-signature >> name:paraaf', 'Paraaf'],
    ]);
    expect(findFieldElement(document, '#vitals >> #pols >> name:pols')?.getAttribute('name')).toBe('pols');
  });

  it('reports a widget in a closed shadow root as unreachable instead of guessing', () => {
    vitalsPanel('closed');
    const signature = scanFields(document).find((f) => f.unreachable);
    expect(signature).toEqual({
      key: 'closed:/html/body/ecd-signature',
      label: 'Paraaf verpleegkundige',
      kind: 'text',
      value: '',
      unreachable: 'closed-shadow-root',
    });
  });

  it('reaches a closed shadow root through openShadowRoot, with the same fields fingerprint', () => {
    const closed = vitalsPanel('closed');
    const open = (el: Element) => (el.localName === 'ecd-signature' ? closed : null);
    const fields = scanFields(document, { openShadowRoot: open });
    expect(fields.some((f) => f.unreachable)).toBe(false);
    expect(fields.map((f) => f.label)).toContain('Paraaf');
    expect(fieldsFingerprint(document, { openShadowRoot: open })).toBe(fieldsFingerprint(document));
  });
});

describe('scanFields: keys', () => {
  const form = `<form><label for="a">Pols</label><input id="a">
      <label>Opmerking <textarea name="opm"></textarea></label>
      <div><span>Paraaf</span> <input></div><div><span>Paraaf</span> <input></div>
      <input aria-label="Gewicht"><fieldset><legend>NRS</legend><label><input type="radio" name="nrs">0</label></fieldset></form>`;

  it('builds keys from id, name, label or position; unique; the same on every scan', () => {
    document.body.innerHTML = form;
    const keys = scanFields(document).map((f) => f.key);
    expect(keys).toEqual(['#a', 'name:opm', 'label:Paraaf', 'label:Paraaf#2', 'label:Gewicht', 'radio:nrs']);
    expect(new Set(keys).size).toBe(keys.length);
    expect(scanFields(document).map((f) => f.key)).toEqual(keys);
  });

  it('keeps keys when unrelated parts of the page change, and ignores React-style generated ids', () => {
    document.body.innerHTML = form;
    const before = scanFields(document).map((f) => f.key);
    document.body.insertAdjacentHTML('afterbegin', '<div class="toast">Opgeslagen</div><label>Zoeken <input id=":r3:"></label>');
    const after = scanFields(document).map((f) => f.key);
    expect(after).toEqual(['label:Zoeken', ...before]);
  });
});
