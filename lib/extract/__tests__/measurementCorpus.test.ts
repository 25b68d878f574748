import { beforeAll, describe, expect, it } from 'vitest';
import { loadMeasurementCorpus, type MeasurementCase } from '../../../tests/measurement-corpus/index';
import { formatAggregate, scoreCorpus, type CorpusScore } from '../../../tests/measurement-corpus/score';
import { extractMeasurements } from '../extractMeasurements';

/**
 * extractMeasurements against independently written reports (tests/measurement-corpus). The dev split may
 * print its misses (MEASUREMENT_MISSES=1); the held-out split prints only aggregate figures, never a case,
 * so nothing can be tuned on it.
 */
describe('measurement corpus: dev split', () => {
  it('F1 ≥ 0.97', async () => {
    const cases = await loadMeasurementCorpus('dev');
    const score = scoreCorpus(cases, extractMeasurements);
    console.log(formatAggregate('dev', score).join('\n'));
    // Each author's batch on its own ("md", "md2"): a batch nobody tuned on yet measures generalisation.
    for (const [batch, batchCases] of batchesOf(cases)) {
      console.log(formatAggregate(`dev, batch ${batch}`, scoreCorpus(batchCases, extractMeasurements)).join('\n'));
    }
    if (process.env.MEASUREMENT_MISSES) {
      for (const c of score.cases) {
        for (const k of c.missed) console.log(`miss ${c.id}: ${k}`);
        for (const k of c.spurious) console.log(`fp   ${c.id}: ${k}`);
      }
    }
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.97);
  });
});

/** The held-out split's second run, 0.9386 (README, 2026-12-01; first run 0.926): the floor it may not fall below. */
const heldoutFloor = 0.938;

/** The batch of a case is its id without the number: "md2-017" is batch "md2". */
function batchesOf(cases: MeasurementCase[]): Map<string, MeasurementCase[]> {
  const batches = new Map<string, MeasurementCase[]>();
  for (const c of cases) {
    const batch = c.id.replace(/-\d+$/, '');
    batches.set(batch, [...(batches.get(batch) ?? []), c]);
  }
  return batches;
}

// MEASUREMENT_SPLIT=dev scores the dev split only, so tuning never scores the held-out split on the way.
describe.skipIf(process.env.MEASUREMENT_SPLIT === 'dev')('measurement corpus: held-out split (aggregate only)', () => {
  let score: CorpusScore;
  beforeAll(async () => {
    const cases = await loadMeasurementCorpus('heldout');
    score = scoreCorpus(cases, extractMeasurements);
    console.log(formatAggregate('heldout', score).join('\n'));
    // Each author's batch on its own, aggregates only: a batch scored for the first time is a first run.
    for (const [batch, batchCases] of batchesOf(cases)) {
      console.log(formatAggregate(`heldout, batch ${batch}`, scoreCorpus(batchCases, extractMeasurements)).join('\n'));
    }
  });

  it('does not fall below its first-run figure', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(heldoutFloor);
  });

  // The target of issue 14 is not reached on held-out text (first run 0.926, second 0.939, see README). Rules were not
  // tuned on it; when a later change reaches the target this starts failing: make it a plain `it` then.
  it.fails('F1 ≥ 0.97 (target of issue 14, not reached yet)', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.97);
  });
});
