import { describe, expect, it } from 'vitest';
import { generateRapportages } from '../../../tests/sandbox/assets/rapportage-generator.js';
import { estimateTokens } from '../../llm/estimateTokens';
import { contextSourceOf } from '../contextSource';
import { measureKindsOf, mentionsMeasure } from '../measureMentions';
import { selectContext, type ContextSource } from '../selectContext';

function dossier(count: number): ContextSource {
  return {
    header: 'Mevrouw Wilhelmina (Willy) Hoekstra-Dijkman · Geb.: 09-11-1935',
    alerts: ['Allergie: cotrimoxazol (benauwdheid, huiduitslag)'],
    reports: generateRapportages(count).map((r) => ({ date: r.date, author: `${r.author}, ${r.role}`, text: `[${r.topic}] ${r.lines.join(' ')}` })),
    surroundings: ['- Roepnaam: Willy', 'Tabel Medicatie:\nAlendroninezuur 70 mg | 1x per week 1 (vrijdag)'],
  };
}

const kinds = measureKindsOf(['Bloeddruk systolisch (mmHg)', 'Pols (/min)', 'Saturatie (%)', 'Onderwerp']);

describe('selectContext', () => {
  it('keeps a 10,000-report dossier inside the budget, newest report and the measurements in', () => {
    const selection = selectContext(dossier(10000), { budgetTokens: 5000, count: estimateTokens, notes: 'Mw. viel vannacht.', mentionsMeasure: mentionsMeasure(kinds) });
    expect(estimateTokens(selection.text)).toBeLessThanOrEqual(5000);
    expect(selection.tokens).toBeLessThanOrEqual(5000);
    const lines = selection.text.split('\n');
    expect(lines[0]).toMatch(/^Cliënt: Mevrouw Wilhelmina/);
    expect(lines.indexOf('Notities van de zorgverlener:')).toBeLessThan(lines.findIndex((l) => l.startsWith('Rapportages (')));
    expect(selection.text).toContain('RR 152/88, P 92 reg., sat 96%');
    expect(selection.text).toContain('Tabel Medicatie:');
    expect(selection.reports).toMatchObject({ total: 10000, inScope: 10000, to: '20-11' });
    expect(selection.reports.used).toBeGreaterThan(20);
    expect(selection.reports.measures).toBeGreaterThan(0);
    expect(selection.reports.newest + selection.reports.measures).toBe(selection.reports.used);
    expect(selection.complete).toBe(false);
  });

  it('is flat: the same size at 1,000 and 10,000 reports', () => {
    const at = (n: number) => selectContext(dossier(n), { budgetTokens: 5000, count: estimateTokens, mentionsMeasure: mentionsMeasure(kinds) }).tokens;
    expect(Math.abs(at(10000) - at(1000))).toBeLessThan(200);
  });

  it('takes every report and says so when all fits', () => {
    const selection = selectContext(dossier(5), { budgetTokens: 5000, count: estimateTokens });
    expect(selection).toMatchObject({ complete: true, reports: { used: 5, newest: 5, measures: 0 } });
  });

  it('narrows to a period of days up to the newest report', () => {
    const selection = selectContext(dossier(1000), { budgetTokens: 20000, count: estimateTokens, scope: { kind: 'period', days: 7 } });
    // Three reports a day, the newest day holding the three fixed ones.
    expect(selection.reports.inScope).toBeGreaterThanOrEqual(18);
    expect(selection.reports.inScope).toBeLessThanOrEqual(24);
    expect(selection.reports).toMatchObject({ used: selection.reports.inScope, from: '14-11', to: '20-11' });
  });

  it('never cuts a report, and keeps header and alerts even when nothing else fits', () => {
    const selection = selectContext(dossier(100), { budgetTokens: 60, count: estimateTokens });
    expect(selection.text).toContain('Allergie: cotrimoxazol');
    expect(selection.reports.used).toBeLessThanOrEqual(1);
  });
});

describe('mentionsMeasure', () => {
  it('finds cue + number for the asked kinds only', () => {
    const test = mentionsMeasure(new Set(['saturatie', 'hartfrequentie']));
    expect(test('O: RR 152/88, P 92 reg., sat 96%.')).toBe(true);
    expect(test('pols 72 regulair')).toBe(true);
    expect(test('Mw. heeft pijn in de pols.')).toBe(false);
    expect(test('p 92')).toBe(false); // P counts only in capitals
    expect(mentionsMeasure(new Set(['gewicht']))('sat 96%')).toBe(false);
  });
});

describe('contextSourceOf', () => {
  it('splits blocks into header, alerts, reports and surroundings', () => {
    const source = contextSourceOf([
      { ref: 'a', kind: 'header', text: 'Mw. A · 01-01-1940' },
      { ref: 'b', kind: 'alert', text: 'Allergie: penicilline', label: 'allergie' },
      { ref: 'c', kind: 'heading', text: 'Persoonsgegevens' },
      { ref: 'd', kind: 'pair', text: 'Roepnaam: Annie', label: 'Roepnaam' },
      { ref: 'e', kind: 'report', text: 'Goed geslapen.', date: '01-12-2025 08:00', author: 'J. Jansen' },
      { ref: 'f', kind: 'table', text: 'Middel | Dosis', label: 'Medicatie', rows: [['Middel', 'Dosis']] },
    ]);
    expect(source).toEqual({
      header: 'Mw. A · 01-01-1940',
      alerts: ['Allergie: penicilline'],
      reports: [{ text: 'Goed geslapen.', date: '01-12-2025 08:00', author: 'J. Jansen' }],
      surroundings: ['## Persoonsgegevens\n- Roepnaam: Annie', 'Tabel Medicatie:\nMiddel | Dosis'],
    });
  });
});
