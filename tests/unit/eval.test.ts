import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLlmServer } from '../llm-server/server.mjs';
import { main } from '../eval/cli';
import { loadCases, type LoadedCase } from '../eval/evalCase';
import { evalWithTestServer } from '../eval/evalWithTestServer';
import { formatCase, PLUMBING_NOTICE } from '../eval/formatReport';
import type { EvalReport } from '../eval/runEval';
import { labelKey, sameAnswer, scoreField } from '../eval/scoreField';

// `npm run eval` in CI: every case through the real pipeline against the local test server, with an
// oracle that knows the answers. Anything below 100% is a plumbing fault (schema, aliases,
// pseudonymisation/restore, grounding, scoring), not a model error.

const CASES_DIR = fileURLToPath(new URL('../eval/cases', import.meta.url));

/**
 * Suggestions the pipeline flags although the oracle quoted the page correctly: gaps in lib/extract
 * grounding found by this eval (reported to the lead). When one is fixed this test fails: remove the entry.
 */
/**
 * Suggestions the checks leave for the person, on purpose. "Tekenen van infectie: nee" is quoted as "geen geur,
 * geen roodheid rondom": signs of an infection, not the label's own words, and the support measure does not know
 * that a smell is a sign of infection. A checkbox needs its label in the quote (lib/review/evidence.ts), so it is
 * shown unaccepted.
 */
const KNOWN_GROUNDING_GAPS: string[] = ['notes-wound › Tekenen van infectie › label-not-in-quote'];

describe('npm run eval against the test server (oracle)', () => {
  let all: LoadedCase[];
  let report: EvalReport;

  beforeAll(async () => {
    all = loadCases(CASES_DIR);
    report = await evalWithTestServer({ cases: all });
  });

  it('has at least 12 valid cases covering the required kinds of field', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(report.cases.flatMap((c) => c.fields.map((f) => typeof f.expected)));
    expect(kinds).toEqual(new Set(['number', 'string', 'boolean', 'object'])); // object = null
  });

  it('scores every field correct with no failures, eval errors, oracle problems or dropped answers', () => {
    const notCorrect = report.cases.flatMap((c) => c.fields.filter((f) => f.outcome !== 'correct').map((f) => `${c.id} › ${f.label}: ${f.outcome}`));
    expect(notCorrect).toEqual([]);
    expect(report.totals.accuracy).toBe(1);
    expect(report.totals.failures).toEqual([]);
    expect(report.totals.errors).toEqual([]);
    expect(report.cases.flatMap((c) => c.oracleProblems)).toEqual([]);
    expect(report.cases.flatMap((c) => c.dropped)).toEqual([]);
    expect(report.totals.extra).toBe(0);
  });

  it('grounds every suggestion except the known grounding gaps', () => {
    const flagged = report.cases.flatMap((c) => c.flagged.map((f) => `${c.id} › ${f.label} › ${f.problem}`));
    expect(flagged.sort()).toEqual([...KNOWN_GROUNDING_GAPS].sort());
    expect(report.totals.grounded).toBe(report.totals.suggestions - flagged.length);
  });

  it('restores a pseudonymised name and never sends the listed identifiers, hidden text or hidden injections', () => {
    const intake = report.cases.find((c) => c.id === 'intake-textarea')!;
    expect(intake.fields.find((f) => f.label === 'Eerste contactpersoon')?.suggested).toBe('Esther Jansen');
    expect(intake.identifiers).toBeGreaterThan(0);
    expect(report.totals.leaks).toBe(0);
  });

  it('shifts a date for sending and restores it to the page date', () => {
    const sbar = report.cases.find((c) => c.id === 'sbar-date-time')!;
    expect(sbar.fields.find((f) => f.label === 'Datum incident')?.suggested).toBe('2025-11-20');
  });
});

describe('the eval catches a wrong answer', () => {
  it('counts a wrong value, an invented quote and a value where none belongs', async () => {
    const cases = loadCases(CASES_DIR, ['soep-vitals', 'hidden-text-trap']);
    const report = await evalWithTestServer({
      cases,
      mistakes: {
        'soep-vitals': {
          'Pols (/min)': { value: 100, quote: 'pols 72 reg.' },
          'Temperatuur (°C)': { quote: 'temp 39,4 °C (rectaal)' },
        },
        'hidden-text-trap': { 'Saturatie (%)': { value: 88, quote: 'sat 88%' } },
      },
    });
    const vitals = report.cases[0]!;
    const pulse = vitals.fields.find((f) => f.label === 'Pols (/min)')!;
    expect(pulse).toMatchObject({ outcome: 'wrong', suggested: '100', grounded: false, problem: 'number-not-in-quote' });
    const temperature = vitals.fields.find((f) => f.label === 'Temperatuur (°C)')!;
    expect(temperature).toMatchObject({ outcome: 'correct', grounded: false, problem: 'quote-not-in-source' });
    const trap = report.cases[1]!.fields.find((f) => f.label === 'Saturatie (%)')!;
    expect(trap).toMatchObject({ outcome: 'spurious', grounded: false, problem: 'quote-not-in-source' });

    const fields = report.totals.fields;
    expect(report.totals.correct).toBe(fields - 2);
    expect(report.totals.accuracy).toBeCloseTo((fields - 2) / fields, 10);
    expect(report.totals.flagged).toBe(3);
    expect(report.totals.groundingRate).toBeCloseTo((report.totals.suggestions - 3) / report.totals.suggestions, 10);
    const printed = formatCase(vitals, 0, 2);
    expect(printed).toMatch(/Pols \(\/min\)\s+72\s+100\s+WRONG\s+NO number-not-in-quote/);
    expect(printed).toContain('NO quote-not-in-source');
  });

  it('reports a mustNotSend word that did reach the endpoint', async () => {
    const [vitals] = loadCases(CASES_DIR, ['soep-vitals']);
    const leaky = { ...vitals!, mustNotSend: ['grieperig', 'Bakker'] };
    const report = await evalWithTestServer({ cases: [leaky] });
    expect(report.cases[0]!.leaks).toEqual(['grieperig']);
  });
});

describe('npm run eval command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossierhulp-eval-'));
    const page = '<p>21-11-2025: pols 64.</p><form><label>Pols (/min) <input type="number"></label><label>Saturatie (%) <input type="number"></label></form>';
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'tiny', description: 'two fields, one label wrong', html: page, expected: { 'Pols (/min)': 64, 'Polsslag (/min)': 64 } }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plumbing notice and exits 0 without a threshold, 1 below --min-accuracy', async () => {
    const lines: string[] = [];
    expect(await main(['--cases', dir], {}, (l) => lines.push(l))).toBe(0);
    const out = lines.join('\n');
    expect(out).toContain(PLUMBING_NOTICE);
    expect(out).toMatch(/per-field accuracy\s+50\.0%/);
    expect(out).toContain('NO-FIELD');
    expect(await main(['--cases', dir, '--min-accuracy', '0.8'], {}, () => {})).toBe(1);
    expect(await main(['--cases', dir, '--min-accuracy', '50%'], {}, () => {})).toBe(0);
  });

  it('exits 2 on bad options and on invalid cases', async () => {
    const lines: string[] = [];
    expect(await main(['--min-accuracy', '2'], {}, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toContain('--min-accuracy must be between 0 and 1');
    expect(await main(['--provider', 'built-in', '--endpoint', 'http://localhost:11434/v1'], {}, () => {})).toBe(2);
    expect(await main(['--bogus'], {}, () => {})).toBe(2);
    const noEndpoint: string[] = [];
    expect(await main(['--model', 'llama3.1:8b'], {}, (l) => noEndpoint.push(l))).toBe(2);
    expect(noEndpoint.join('\n')).toContain('--model need(s) --endpoint');
    const bad = mkdtempSync(join(tmpdir(), 'dossierhulp-eval-bad-'));
    writeFileSync(join(bad, 'x.json'), JSON.stringify({ id: 'x', description: 'no page', expected: { a: 1 } }));
    const out: string[] = [];
    expect(await main(['--cases', bad], {}, (l) => out.push(l))).toBe(2);
    expect(out.join('\n')).toContain('give exactly one of "html" and "htmlFile"');
    rmSync(bad, { recursive: true, force: true });
  });

  it('uses a real endpoint from the environment and reports its failure code per case', async () => {
    // The test server without an oracle stands in for a real server that refuses the key.
    const server = await startTestLlmServer();
    server.setHandler((request) => (request.method === 'POST' ? { status: 401 } : undefined));
    const lines: string[] = [];
    try {
      const env = { DOSSIERHULP_EVAL_BASE_URL: server.url, DOSSIERHULP_EVAL_MODEL: 'some-model', DOSSIERHULP_EVAL_API_KEY: 'sk-geheim-123', DOSSIERHULP_EVAL_AUTH_HEADER: 'X-Gateway: abc' };
      expect(await main(['--cases', dir], env, (l) => lines.push(l))).toBe(0);
    } finally {
      await server.close();
    }
    const out = lines.join('\n');
    expect(out).not.toContain(PLUMBING_NOTICE);
    expect(out).toContain(`openai-compatible ${server.url} model some-model`);
    expect(out).toContain('FAILED: unauthorized (HTTP 401)');
    expect(out).toMatch(/failures\s+tiny: unauthorized/);
    expect(out).toMatch(/per-field accuracy\s+0\.0%/);
    const sent = server.requests.find((r) => r.method === 'POST');
    expect(sent?.headers.authorization).toBe('Bearer sk-geheim-123');
    expect(sent?.headers['x-gateway']).toBe('abc');
    expect(out).not.toContain('sk-geheim-123'); // the key is never printed
  });
});

describe('scoring', () => {
  it('compares the way a carer would', () => {
    expect(sameAnswer('38,2', 38.2)).toBe(true);
    expect(sameAnswer('38.20', '38,2')).toBe(true);
    expect(sameAnswer('38,2', '38,3')).toBe(false);
    expect(sameAnswer(' Met  Rollator ', 'met rollator')).toBe(true);
    expect(sameAnswer(true, 'ja')).toBe(true);
    expect(sameAnswer(true, false)).toBe(false);
    expect(sameAnswer(false, null)).toBe(true);
    expect(sameAnswer('', null)).toBe(true);
    expect(sameAnswer('120/80', '120/80')).toBe(true);
    expect(sameAnswer('120/80', '120/85')).toBe(false);
  });

  it('names the kind of error', () => {
    expect(scoreField(72, '72')).toBe('correct');
    expect(scoreField(72, '100')).toBe('wrong');
    expect(scoreField(72, undefined)).toBe('missed');
    expect(scoreField(null, '50')).toBe('spurious');
    expect(scoreField(null, undefined)).toBe('correct');
  });

  it('matches labels regardless of spacing, case, quotes and a trailing colon or star', () => {
    expect(labelKey('  Temperatuur\n (°C): *')).toBe(labelKey('temperatuur (°C)'));
    expect(labelKey('Pols')).not.toBe(labelKey('Pols (/min)'));
  });
});
