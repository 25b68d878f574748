import { describe, expect, it } from 'vitest';
import { recordFields } from '../fields.mjs';
import { quickModel } from '../overhead.mjs';
import { recordReading, type ReadingMeasurement } from '../reading.mjs';
import { createResults } from '../results.mjs';
import type { RecordedRequest } from '../../llm-server/server.mjs';

// Wall time twice the CPU time, as on a busy machine: the targets must follow the CPU figures.
const m = (cpu: number, chars: number, recall = 1): ReadingMeasurement => ({ median: 2 * cpu, cpu, cold: 2 * cpu, chars, recall, missing: recall < 1 ? ['x'] : [] });

function reading(readPage10k: number, readPageChars: number, readPageRecall = 1) {
  const results = createResults();
  recordReading(
    results,
    {
      innerText: { 1000: m(3, 1000), 10000: m(30, 10000) },
      readPage: { 1000: m(60, 500), 10000: m(readPage10k, readPageChars, readPageRecall) },
      readability: { 1000: m(100, 900, 0.5), 10000: m(900, 9000, 0.5) },
    },
    [1000, 10000],
  );
  return (name: string) => results.rows.find((r) => r.name === name)!;
}

describe('reading targets', () => {
  it('judges time on CPU, not on wall time', () => {
    const results = createResults();
    const wallHeavy = { ...m(100, 5000), median: 10_000 };
    recordReading(results, { innerText: { 1000: m(3, 1000), 10000: m(30, 10000) }, readPage: { 1000: m(10, 500), 10000: wallHeavy }, readability: { 1000: m(1, 1), 10000: m(1, 1) } }, [1000, 10000]);
    expect(results.rows.find((r) => r.name === 'read.readPage.10000.timeVsInnerText')).toMatchObject({ value: 100 / 30, met: true });
    expect(results.rows.find((r) => r.name === 'read.readPage.10000.medianMs')!.value).toBe(10_000);
  });

  it('passes readPage at ≤ 5× innerText and fails above', () => {
    expect(reading(150, 5000)('read.readPage.10000.timeVsInnerText')).toMatchObject({ value: 5, met: true });
    expect(reading(151, 5000)('read.readPage.10000.timeVsInnerText').met).toBe(false);
  });

  it('applies the time target at the largest size only, and never to the baselines', () => {
    const row = reading(150, 5000);
    expect(row('read.readPage.1000.timeVsInnerText').met).toBeUndefined();
    expect(row('read.readability.10000.timeVsInnerText').met).toBeUndefined();
  });

  it('checks output size (≤ 0.6× innerText) and full recall for readPage at every size', () => {
    const row = reading(100, 6001, 5 / 6);
    expect(row('read.readPage.10000.charsVsInnerText').met).toBe(false);
    expect(row('read.readPage.1000.charsVsInnerText').met).toBe(true);
    expect(row('read.readPage.10000.recall')).toMatchObject({ value: expect.closeTo(83.3, 1), met: false });
    expect(row('read.readPage.10000.tokens').value).toBe(Math.ceil(6001 / 4));
  });

  it('calls growth near linear up to 12× the 1k time', () => {
    expect(reading(720, 5000)('read.readPage.growth10kOver1k')).toMatchObject({ value: 12, met: true });
    expect(reading(721, 5000)('read.readPage.growth10kOver1k').met).toBe(false);
  });
});

describe('field targets', () => {
  const fields = (scan: number, found = 500, fillOk = 500) => {
    const results = createResults();
    // Wall times far above the CPU times, as on a busy machine: the target follows CPU.
    recordFields(results, 500, { scan: scan * 3, scanCpu: scan, naive: 2, naiveCpu: 0.5, fill: 9000, fillCpu: 300, cold: 90, found, labelsRight: 500, fillOk });
    return (name: string) => results.rows.find((r) => r.name === name)!;
  };
  it('needs a 500-field scan under 50 ms, all fields found and all filled', () => {
    expect(fields(49.9)('fields.scanFields.500.cpuMs').met).toBe(true);
    expect(fields(49.9)('fields.scanFields.500.medianMs').met).toBeUndefined();
    expect(fields(50)('fields.scanFields.500.cpuMs').met).toBe(false);
    expect(fields(10, 499)('fields.scanFields.500.found').met).toBe(false);
    expect(fields(10, 500, 498)('fields.fillFields.500.filled')).toMatchObject({ value: 99.6, met: false });
    expect(fields(10)('fields.scanFields.500.timeVsNaive').value).toBe(20);
    expect(fields(10)('fields.fillFields.500.perFieldMs').value).toBe(18);
  });
});

describe('quickModel', () => {
  const request = (path: string, properties?: Record<string, { description?: string }>) =>
    ({ path, body: properties ? { response_format: { json_schema: { schema: { properties } } } } : null }) as unknown as RecordedRequest;

  it('answers every field of the request’s schema, grounding only the saturation', () => {
    const answer = quickModel(request('/v1/chat/completions', { f1: { description: 'Datum' }, f9: { description: 'Saturatie (%)' } }));
    expect(answer).toEqual({ json: { f1: null, f9: { value: 94, quote: 'sat 94%' } } });
  });

  it('leaves other requests (the models list) to the server', () => {
    expect(quickModel(request('/v1/models'))).toBeUndefined();
  });
});
