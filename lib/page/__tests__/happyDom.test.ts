// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillFields, locateQuote, readPage, scanFields, undoFill } from '../index';
import { dossierHtml } from './fixtures/dossier';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the page layer in happy-dom as well', () => {
  it('reads the generated dossier: client, alerts, reports, pairs, table', () => {
    document.body.innerHTML = dossierHtml(3);
    const s = readPage(document);
    expect(s.client).toMatchObject({ name: 'Mevrouw W. Hoekstra-Dijkman', birthDate: '02-07-1941', clientNumber: '30817264' });
    expect(s.alerts.map((a) => a.kind)).toEqual(['allergie', 'wilsverklaring']);
    expect(s.reports).toHaveLength(3);
    expect(s.pairs.map((p) => p.label)).toEqual(['Adres', 'Huisarts']);
    expect(s.tables[0]?.caption).toBe('Medicatie');
    expect(locateQuote(document, s.reports[1]!.text.slice(-30))).not.toBeNull();
  });

  it('scans and fills text, select, checkbox, radio and an editor, and undoes it', async () => {
    document.body.innerHTML = `<label for="t">Pols</label><input id="t" type="number">
      <label for="s">Houding</label><select id="s"><option>Zittend</option><option>Liggend</option></select>
      <label><input type="checkbox" id="c"> Zuurstof</label>
      <fieldset><legend>NRS</legend><label><input type="radio" name="nrs" value="3">3</label></fieldset>
      <div id="e" contenteditable="true" aria-label="Notitie"></div>`;
    expect(scanFields(document).map((f) => [f.key, f.kind, f.label])).toEqual([
      ['#t', 'number', 'Pols'],
      ['#s', 'select', 'Houding'],
      ['#c', 'checkbox', 'Zuurstof'],
      ['radio:nrs', 'radio', 'NRS'],
      ['#e', 'richtext', 'Notitie'],
    ]);
    const results = await fillFields(document, [
      { key: '#t', value: '72' },
      { key: '#s', value: 'liggend' },
      { key: '#c', value: true },
      { key: 'radio:nrs', value: '3' },
      { key: '#e', value: 'Rustige nacht.' },
    ]);
    expect(results.map((r) => [r.ok, r.value])).toEqual([
      [true, '72'],
      [true, 'Liggend'],
      [true, true],
      [true, '3'],
      [true, 'Rustige nacht.'],
    ]);
    const undone = await undoFill(document, results);
    expect(undone.every((r) => r.ok)).toBe(true);
    expect(scanFields(document).map((f) => f.value)).toEqual(['', 'Zittend', false, '', '']);
  });
});
