import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../tests/privacy-corpus';
import { findDateLikes } from '../dates';
import { createPseudonymSession, pseudonymize, type PseudonymizeResult } from '../index';

// Restore can only undo what pseudonymize did (issue 14): the round trip is exact, and a date that was not
// shifted is never changed, whether the model repeats it as written, rewrites it in ISO, or it falls on the
// day of a shifted date.

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A date in one of the formats Dutch care text uses, or a day-month in a context that is no date. */
const dateText = fc
  .record({
    d: fc.integer({ min: 1, max: 31 }),
    m: fc.integer({ min: 1, max: 12 }),
    y: fc.integer({ min: 1925, max: 2030 }),
    f: fc.integer({ min: 0, max: 13 }),
  })
  .map(({ d, m, y, f }) =>
    [
      `${pad(d)}-${pad(m)}-${y}`,
      `${d}-${m}-${y}`,
      `${d}/${m}/${String(y).slice(2)}`,
      `${pad(d)}.${pad(m)}.${y}`,
      `${y}-${pad(m)}-${pad(d)}`,
      `${d} ${MONTHS[m - 1]} ${y}`,
      `${d} ${SHORT[m - 1]} '${String(y).slice(2)}`,
      `${d} ${MONTHS[m - 1]}`,
      `${MONTHS[m - 1]} ${y}`,
      `op ${d}-${m}`,
      `${d}/${m} N: rustig`,
      `MDO ${d}-${m}`,
      `score ${d}-${m}`,
      `${d}-${m} keer`,
    ][f]!,
  );
const word = fc.constantFrom(
  'Mw.', 'Dhr.', 'mevrouw', 'heeft', 'goed', 'gegeten', 'op', 'om', 'uur', 'en', 'de', 'van', 'der', 'met', 'dochter', 'zoon', 'huisarts',
  'Jansen', 'de Vries', 'Bakker', 'Kees', 'Annie', 'Wilma', 'Hendriks, A.', 'paraaf: LMS', '/HdV', '- rb', 'Zwolle', 'in Best', 'Rijnstate',
  'woonvorm De Bongerd', 'RR 140/90', 'pols 72', 'NRS 3/10', '2-3 dagen', 'is 94', '(93 jaar)', 'BSN 123456782', '06-12345678',
  'Kerkstraat 12a', '3512 kl', 'j.jansen@zorg.nl', '[PERSOON-1]', ',', '.', ':', '\n', '-', '/', '(', ')', '"', "'",
);
const fragment = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: dateText }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map(String) });
const reportText = fc.array(fragment, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));
const sessionOptions = fc.record({ weeks: fc.integer({ min: 1, max: 52 }), referenceYear: fc.integer({ min: 2020, max: 2030 }) });

function run(text: string, o: { weeks: number; referenceYear: number }, knownNames?: string[]): PseudonymizeResult {
  return pseudonymize(text, { knownNames, session: createPseudonymSession({ dateShiftDays: -7 * o.weeks, referenceYear: o.referenceYear }) });
}

/**
 * What a model may write about the date-likes pseudonymize left alone: each as it stands, and each full or
 * day-month date rewritten as ISO. Restore must leave all of it unchanged.
 */
function echoUnshifted(p: PseudonymizeResult, original: string, referenceYear: number): string {
  const replaced = new Uint8Array(original.length);
  for (const e of p.entities) replaced.fill(1, e.start, e.end);
  const lines: string[] = [];
  for (const d of findDateLikes(original, referenceYear)) {
    if (replaced.subarray(d.start, d.end).some((x) => x === 1) || d.dayOnly) continue;
    lines.push(d.text);
    if (d.day !== undefined) lines.push(`${d.year ?? referenceYear}-${pad(d.month)}-${pad(d.day)}`);
  }
  return lines.join('\n');
}

describe('restore undoes exactly what pseudonymize did', () => {
  it('round-trips 1,000 generated texts and leaves every unshifted date-like alone', () => {
    fc.assert(
      fc.property(reportText, sessionOptions, (text, o) => {
        const p = run(text, o);
        expect(p.restore(p.text)).toBe(text);
        const echo = echoUnshifted(p, text, o.referenceYear);
        expect(p.restore(echo)).toBe(echo);
      }),
      { numRuns: 1000, seed: 14 },
    );
  });

  it('round-trips every dev corpus text under varied shifts, and leaves its unshifted date-likes alone', () => {
    const dev = loadCorpus('dev');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dev.length - 1 }), sessionOptions, (k, o) => {
        const doc = dev[k]!;
        const p = run(doc.text, o, doc.knownNames);
        expect(p.restore(p.text), doc.id).toBe(doc.text);
        const echo = echoUnshifted(p, doc.text, o.referenceYear);
        expect(p.restore(echo), doc.id).toBe(echo);
      }),
      { numRuns: 1000, seed: 1014 },
    );
    // And each text at least once.
    for (const doc of dev) {
      const p = run(doc.text, { weeks: 36, referenceYear: 2024 }, doc.knownNames);
      expect(p.restore(p.text), doc.id).toBe(doc.text);
    }
  });

  it('holds on every held-out text too (counted only: the texts are never shown)', () => {
    const heldout = loadCorpus('heldout');
    let failed = 0;
    for (const doc of heldout) {
      for (const o of [{ weeks: 36, referenceYear: 2024 }, { weeks: 5, referenceYear: 2026 }]) {
        const p = run(doc.text, o, doc.knownNames);
        const echo = echoUnshifted(p, doc.text, o.referenceYear);
        if (p.restore(p.text) !== doc.text || p.restore(echo) !== echo) failed++;
      }
    }
    expect(failed).toBe(0);
  });

  it('never turns a date the recogniser left alone into another date (issue 14: "MDO 13-11")', () => {
    // 36 weeks back: 24-07 in the reference year becomes 06-11. The text also has "MDO 13-11", which a
    // recogniser might miss; "score 13-11" is certainly left alone.
    const session = createPseudonymSession({ dateShiftDays: -252, referenceYear: 2024 });
    const p = pseudonymize('Opname 24-07-2024. Volgend overleg score 13-11. Ontslag op 31-07.', { session });
    expect(p.text).toContain('score 13-11');
    expect(p.restore('Het MDO is op 13-11, zie ook 2024-11-13.')).toBe('Het MDO is op 13-11, zie ook 2024-11-13.');
    expect(p.restore(p.text)).toBe('Opname 24-07-2024. Volgend overleg score 13-11. Ontslag op 31-07.');
  });

  it('does not shift a date onto the day of a date-like it leaves alone', () => {
    // 12-03-2024 − 28 days = 13-02-2024, the day of "score 13-2": that date becomes a placeholder instead.
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2024 });
    const p = pseudonymize('Gevallen op 12-03-2024, score 13-2.', { session });
    expect(p.text).toBe('Gevallen op [DATUM-1], score 13-2.');
    expect(p.restore('score 13-2, op 13-02-2024')).toBe('score 13-2, op 13-02-2024');
  });

  it('replaces a date-like of a later text that falls on a day shifted earlier in the session', () => {
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2024 });
    const a = pseudonymize('Gevallen op 12-03-2024.', { session });
    expect(a.text).toBe('Gevallen op 13-02-2024.');
    const b = pseudonymize('Pijnscore 13-2 vandaag.', { session });
    expect(b.text).toBe('Pijnscore [DATUM-1] vandaag.');
    expect(b.restore(b.text)).toBe('Pijnscore 13-2 vandaag.');
  });

  it('restores a sent date the model rewrote, and leaves a date it computed', () => {
    const session = createPseudonymSession({ dateShiftDays: -28, referenceYear: 2024 });
    const p = pseudonymize('Opname 3 januari, val op 12-03-2024.', { session });
    expect(p.text).toBe('Opname 6 december, val op 13-02-2024.');
    expect(p.restore('{"opname":"2023-12-06","val":"2024-02-13","later":"2024-02-16"}')).toBe(
      '{"opname":"2024-01-03","val":"2024-03-12","later":"2024-02-16"}',
    );
  });
});
