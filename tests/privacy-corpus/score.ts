import { createPseudonymSession, entityTypeSchema, pseudonymize, type EntityType, type PseudonymEntity } from '../../lib/privacy';
import type { CorpusDoc } from './parse';

export interface Tally {
  gold: number;
  /** Gold spans overlapped by a prediction of the same type. */
  found: number;
  /** Gold spans whose every non-space character is covered by some prediction (any type): nothing leaks. */
  covered: number;
  predicted: number;
  /** Predictions that overlap a gold span of the same type. */
  correct: number;
}

export interface CorpusScore {
  docs: number;
  byType: Map<EntityType | 'ALL', Tally>;
  byGenre: Map<string, Tally>;
  /** Gold BSNs with any character left in the text. */
  bsnLeaks: number;
  /** `id \t type \t text` per missed gold span; only filled when asked (never for the held-out split). */
  misses: string[];
  falsePositives: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const empty = (): Tally => ({ gold: 0, found: 0, covered: 0, predicted: 0, correct: 0 });

/** recall, precision; 1 when there is nothing to count. */
export const recall = (t: Tally) => (t.gold === 0 ? 1 : t.found / t.gold);
export const precision = (t: Tally) => (t.predicted === 0 ? 1 : t.correct / t.predicted);
export const coverage = (t: Tally) => (t.gold === 0 ? 1 : t.covered / t.gold);

/**
 * Span-overlap scoring, as in the de-identification literature: a gold span counts as found when a
 * prediction of its type overlaps it, a prediction as correct when it overlaps a gold span of its type.
 * `covered` is stricter (every character of the gold span replaced, whatever the type) and is what a
 * leak means. Each document gets a fresh session with a fixed shift, so figures do not vary per run.
 */
export function scoreCorpus(docs: CorpusDoc[], options: { listErrors?: boolean } = {}): CorpusScore {
  const byType = new Map<EntityType | 'ALL', Tally>();
  const byGenre = new Map<string, Tally>();
  const at = <K>(m: Map<K, Tally>, k: K) => {
    let t = m.get(k);
    if (!t) m.set(k, (t = empty()));
    return t;
  };
  let bsnLeaks = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const doc of docs) {
    const session = createPseudonymSession({ dateShiftDays: -7 * 36, referenceYear: 2024 });
    const { entities } = pseudonymize(doc.text, { knownNames: doc.knownNames, session });
    const replaced = new Uint8Array(doc.text.length);
    for (const p of entities) replaced.fill(1, p.start, p.end);
    const same = (g: { type: EntityType }, p: PseudonymEntity) => g.type === p.type;
    const genre = at(byGenre, doc.genre);
    for (const g of doc.entities) {
      const hit = entities.some((p) => same(g, p) && overlaps(g, p));
      let full = true;
      for (let k = g.start; k < g.end; k++) if (!replaced[k] && !/\s/.test(doc.text[k] ?? '')) full = false;
      for (const t of [at(byType, g.type), at(byType, 'ALL'), genre]) {
        t.gold++;
        if (hit) t.found++;
        if (full) t.covered++;
      }
      if (g.type === 'BSN' && !full) bsnLeaks++;
      if (!hit && options.listErrors) misses.push(`${doc.id}\t${g.type}\t${g.text}`);
    }
    for (const p of entities) {
      const ok = doc.entities.some((g) => same(g, p) && overlaps(g, p));
      for (const t of [at(byType, p.type), at(byType, 'ALL'), genre]) {
        t.predicted++;
        if (ok) t.correct++;
      }
      if (!ok && options.listErrors) falsePositives.push(`${doc.id}\t${p.type}\t${p.original}`);
    }
  }
  return { docs: docs.length, byType, byGenre, bsnLeaks, misses, falsePositives };
}

const f3 = (x: number) => x.toFixed(3);
const row = (label: string, t: Tally) =>
  `${label.padEnd(12)} gold ${String(t.gold).padStart(5)}  pred ${String(t.predicted).padStart(5)}  R ${f3(recall(t))}  P ${f3(precision(t))}  covered ${f3(coverage(t))}  (found ${t.found}, correct ${t.correct})`;

/** Aggregate figures only (overall, per type, per genre): safe to print for the held-out split. */
export function formatScore(name: string, s: CorpusScore): string {
  const types = [...entityTypeSchema.options, 'ALL' as const].map((type) => row(type, s.byType.get(type) ?? empty()));
  const genres = [...s.byGenre.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([g, t]) => row(g, t));
  return [`${name}: ${s.docs} docs, BSN leaks ${s.bsnLeaks}`, 'per type', ...types, 'per genre', ...genres].join('\n');
}
