import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusDoc } from '../../../tests/privacy-corpus';
import { entityTypeSchema, pseudonymize, type EntityType, type PseudonymEntity } from '../index';

interface Tally {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Span-overlap scoring: a gold span is found when a prediction of its type overlaps it, and vice versa. */
function score(docs: CorpusDoc[], typed: boolean) {
  const tallies = new Map<EntityType | 'ALL', Tally>();
  const tally = (k: EntityType | 'ALL') => {
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = { gold: 0, found: 0, predicted: 0, correct: 0 }));
    return t;
  };
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const doc of docs) {
    const { entities } = pseudonymize(doc.text, { knownNames: doc.knownNames });
    const same = (g: { type: EntityType }, p: PseudonymEntity) => !typed || g.type === p.type;
    for (const g of doc.entities) {
      const hit = entities.some((p) => same(g, p) && overlaps(g, p));
      for (const k of [g.type, 'ALL'] as const) {
        tally(k).gold++;
        if (hit) tally(k).found++;
      }
      if (!hit) misses.push(`${doc.id}\t${g.type}\t${g.text}`);
    }
    for (const p of entities) {
      const ok = doc.entities.some((g) => same(g, p) && overlaps(g, p));
      for (const k of [p.type, 'ALL'] as const) {
        tally(k).predicted++;
        if (ok) tally(k).correct++;
      }
      if (!ok) falsePositives.push(`${doc.id}\t${p.type}\t${p.original}`);
    }
  }
  return { tallies, misses, falsePositives };
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('privacy corpus', () => {
  const docs = loadCorpus();

  it('has at least 100 documents with annotations', () => {
    expect(docs.length).toBeGreaterThanOrEqual(100);
    expect(docs.reduce((n, d) => n + d.entities.length, 0)).toBeGreaterThan(500);
  });

  it('reaches recall ≥ 0.95 and precision ≥ 0.90 (span overlap, type must match)', () => {
    const { tallies, misses, falsePositives } = score(docs, true);
    const rows = [...entityTypeSchema.options, 'ALL' as const].map((type) => {
      const t = tallies.get(type) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
      return {
        type,
        gold: t.gold,
        predicted: t.predicted,
        recall: pct(t.found, t.gold).toFixed(3),
        precision: pct(t.correct, t.predicted).toFixed(3),
      };
    });
    const untyped = score(docs, false).tallies.get('ALL')!;
    const summary = (split: 'dev' | 'heldout') => {
      const t = score(loadCorpus(split), true).tallies.get('ALL')!;
      return `${split.padEnd(8)} R ${pct(t.found, t.gold).toFixed(3)}  P ${pct(t.correct, t.predicted).toFixed(3)}  (${t.gold} gold)`;
    };
    console.log(
      `Privacy corpus: ${docs.length} docs\n` +
        rows.map((r) => `${r.type.padEnd(12)} gold ${String(r.gold).padStart(4)}  pred ${String(r.predicted).padStart(4)}  R ${r.recall}  P ${r.precision}`).join('\n') +
        `\nANY TYPE     R ${pct(untyped.found, untyped.gold).toFixed(3)}  P ${pct(untyped.correct, untyped.predicted).toFixed(3)}` +
        `\n${summary('dev')}\n${summary('heldout')}`,
    );
    if (process.env.PRIVACY_CORPUS_REPORT) {
      writeFileSync(process.env.PRIVACY_CORPUS_REPORT, `MISSES\n${misses.join('\n')}\n\nFALSE POSITIVES\n${falsePositives.join('\n')}\n`);
    }
    const all = tallies.get('ALL')!;
    expect(pct(all.found, all.gold)).toBeGreaterThanOrEqual(0.95);
    expect(pct(all.correct, all.predicted)).toBeGreaterThanOrEqual(0.9);
  });

  it('restores every document exactly', () => {
    for (const doc of docs) {
      const p = pseudonymize(doc.text, { knownNames: doc.knownNames });
      expect(p.restore(p.text), doc.id).toBe(doc.text);
    }
  });
});
