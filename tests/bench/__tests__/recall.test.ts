import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATEST_REPORTS, generateRapportages } from '../../sandbox/assets/rapportage-generator.js';
import { normalizeForRecall, recallFacts, type KeyFact } from '../recall.mjs';

const keyFacts = JSON.parse(readFileSync(new URL('../../sandbox/key-facts.json', import.meta.url), 'utf8')) as { facts: KeyFact[] };
const reportFacts = keyFacts.facts.filter((f) => f.id.startsWith('latest-'));
const asText = (reports: { date: string; author: string; lines: string[] }[]) =>
  reports.map((r) => `${r.date} ${r.author}\n${r.lines.join('\n')}`).join('\n\n');

describe('normalizeForRecall', () => {
  it('ignores case, line breaks and non-breaking spaces', () => {
    expect(normalizeForRecall('40\u00a0Meter\n  naar het\tRestaurant')).toBe('40 meter naar het restaurant');
  });
  it('compares composed and decomposed accents as equal', () => {
    expect(normalizeForRecall('ro\u0308ntgen')).toBe(normalizeForRecall('röntgen'));
  });
});

describe('recallFacts', () => {
  it('finds every report fact in the three newest reports', () => {
    const r = recallFacts(asText(LATEST_REPORTS), reportFacts);
    expect(r.missing).toEqual([]);
    expect(r.recall).toBe(1);
  });

  it('finds none of them in the generated older reports (a reader that drops the newest reports fails)', () => {
    const older = generateRapportages(600).slice(3);
    const r = recallFacts(asText(older), reportFacts);
    expect(r.found).toEqual([]);
    expect(r.recall).toBe(0);
  });

  it('needs every keyword group, not just one of them', () => {
    const wrist = reportFacts.find((f) => f.id === 'latest-1')!;
    expect(recallFacts('Zwelling linkerpols.', [wrist]).recall).toBe(0);
    expect(recallFacts('Zwelling LINKERPOLS; Röntgenfoto morgen.', [wrist]).recall).toBe(1);
  });

  it('reports recall as a fraction of all facts', () => {
    const text = 'Allergie: cotrimoxazol. Mw. Hoekstra-Dijkman.';
    const r = recallFacts(text, keyFacts.facts);
    expect(r.found.sort()).toEqual(['allergy', 'client-name']);
    expect(r.recall).toBeCloseTo(2 / keyFacts.facts.length);
  });
});
