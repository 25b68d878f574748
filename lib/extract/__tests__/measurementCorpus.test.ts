import { describe, expect, it } from 'vitest';
import { loadMeasurementCorpus } from '../../../tests/measurement-corpus/index';
import { formatAggregate, scoreCorpus } from '../../../tests/measurement-corpus/score';
import { extractMeasurements } from '../extractMeasurements';

/**
 * extractMeasurements against independently written reports (tests/measurement-corpus). The dev split may
 * print its misses (MEASUREMENT_MISSES=1); the held-out split prints only aggregate figures, never a case,
 * so nothing can be tuned on it.
 */
describe('measurement corpus', () => {
  it('dev split: F1 ≥ 0.97', async () => {
    const score = scoreCorpus(await loadMeasurementCorpus('dev'), extractMeasurements);
    console.log(formatAggregate('dev', score).join('\n'));
    if (process.env.MEASUREMENT_MISSES) {
      for (const c of score.cases) {
        for (const k of c.missed) console.log(`miss ${c.id}: ${k}`);
        for (const k of c.spurious) console.log(`fp   ${c.id}: ${k}`);
      }
    }
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('held-out split: F1 ≥ 0.97 (aggregate only)', async () => {
    const score = scoreCorpus(await loadMeasurementCorpus('heldout'), extractMeasurements);
    console.log(formatAggregate('heldout', score).join('\n'));
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.97);
  });
});
