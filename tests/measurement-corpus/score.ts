import type { Measurement, MeasurementKind } from '../../lib/extract/measurement';
import type { MeasurementCase } from './caseSchema';

/** One (kind, value, unit) in the form a scorer compares: numbers as numbers, so "38.0" is "38". */
type Key = string;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseOutcome {
  id: string;
  /** Expected but not found. */
  missed: Key[];
  /** Found but not expected. */
  spurious: Key[];
}

export interface CorpusScore {
  overall: Figures;
  perKind: Partial<Record<MeasurementKind, Figures>>;
  cases: CaseOutcome[];
}

type Item = Pick<Measurement, 'kind' | 'value' | 'unit'>;

/** "38.0" and "38" are the same reading; blood pressure compares both halves. */
export function keyOf(m: Item): Key {
  const value = m.value
    .split('/')
    .map((part) => (Number.isFinite(Number(part)) && part.trim() !== '' ? String(Number(part)) : part.trim()))
    .join('/');
  return `${m.kind} ${value} ${m.unit}`;
}

const kindOfKey = (key: Key) => key.slice(0, key.indexOf(' ')) as MeasurementKind;

function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Multiset difference a − b. */
function minus(a: Key[], b: Key[]): Key[] {
  const left = new Map<Key, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  return a.filter((k) => {
    const n = left.get(k) ?? 0;
    if (n === 0) return true;
    left.set(k, n - 1);
    return false;
  });
}

/**
 * Scores an extractor against the corpus: per case, the found and expected (kind, value, unit) are
 * compared as multisets, so two equal readings in one report count twice and order does not matter.
 * @example scoreCorpus(cases, extractMeasurements).overall.f1 // 0.93
 */
export function scoreCorpus(cases: MeasurementCase[], extract: (text: string) => Item[]): CorpusScore {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const byKind = new Map<MeasurementKind, Counts>();
  const count = (key: Key, field: keyof Counts) => {
    total[field]++;
    const kind = kindOfKey(key);
    const c = byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    byKind.set(kind, c);
  };
  const outcomes: CaseOutcome[] = [];
  for (const c of cases) {
    const expected = c.expected.map(keyOf);
    const found = extract(c.text).map(keyOf);
    const missed = minus(expected, found);
    const spurious = minus(found, expected);
    for (const k of minus(expected, missed)) count(k, 'tp');
    for (const k of missed) count(k, 'fn');
    for (const k of spurious) count(k, 'fp');
    outcomes.push({ id: c.id, missed, spurious });
  }
  const perKind: CorpusScore['perKind'] = {};
  for (const [kind, c] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) perKind[kind] = figures(c);
  return { overall: figures(total), perKind, cases: outcomes };
}

const pct = (n: number) => n.toFixed(3);

/** The aggregate as text lines: overall, then one per kind. Never anything per case. */
export function formatAggregate(split: string, score: CorpusScore): string[] {
  const line = (name: string, f: Figures) =>
    `${name.padEnd(16)} P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`;
  return [
    `measurement corpus, ${split}:`,
    line('overall', score.overall),
    ...Object.entries(score.perKind).map(([kind, f]) => line(kind, f)),
  ];
}
