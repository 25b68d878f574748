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

/**
 * The whole held-out split's latest run, 0.961 (README, 2026-12-02: batch mh on its third run 0.942, the new batches
 * mh3a + mh3b on their first run 0.976): the floor it may not fall below.
 */
const heldoutFloor = 0.96;
/** Held-out batches written for round 3 (2026-12-02), scored for the first time after the md3 work. */
const ROUND3_HELDOUT_BATCHES = ['mh3a', 'mh3b'];

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
  let round3: CorpusScore;
  beforeAll(async () => {
    const cases = await loadMeasurementCorpus('heldout');
    score = scoreCorpus(cases, extractMeasurements);
    round3 = scoreCorpus(cases.filter((c) => ROUND3_HELDOUT_BATCHES.includes(c.id.replace(/-\d+$/, ''))), extractMeasurements);
    console.log(formatAggregate('heldout, round-3 batches', round3).join('\n'));
    console.log(formatAggregate('heldout', score).join('\n'));
    // Each author's batch on its own, aggregates only: a batch scored for the first time is a first run.
    for (const [batch, batchCases] of batchesOf(cases)) {
      console.log(formatAggregate(`heldout, batch ${batch}`, scoreCorpus(batchCases, extractMeasurements)).join('\n'));
    }
  });

  it('does not fall below its latest-run figure', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(heldoutFloor);
  });

  // The round-3 held-out batches (110 reports) scored F1 0.976 on their first run: they must keep the target.
  it('the round-3 held-out batches keep F1 ≥ 0.97 (first run 0.976)', () => {
    expect(round3.overall.f1).toBeGreaterThanOrEqual(0.97);
  });

  // The whole split (with batch mh, first run 0.926, now 0.942 on its third run) is below the target; when a later
  // change reaches it this starts failing: make it a plain `it` then.
  it.fails('whole split F1 ≥ 0.97 (target of issue 14, not reached yet with batch mh)', () => {
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.97);
  });
});
