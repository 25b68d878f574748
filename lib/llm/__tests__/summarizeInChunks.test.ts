import { withSnapshotGuide } from '../../page/snapshotGuide';
import { describe, expect, it } from 'vitest';
import { type RecordedRequest } from '../../../tests/llm-server/server.mjs';
import { createLanguageModel } from '../createLanguageModel';
import { estimateTokens } from '../estimateTokens';
import { classifyLlmError } from '../llmError';
import { packChunks, planSummary, summarizeInChunks, type SummaryBlock } from '../summarizeInChunks';
import { testEndpoint, useTestLlmServer } from './fixtures';

const server = useTestLlmServer();

const model = () => createLanguageModel(testEndpoint(server.url));
const DATE = /\b\d{2}-\d{2}-\d{4}\b/g;

/** 30 daily reports of ~400 characters each: about 3000 tokens in all. */
function reports(count = 30): SummaryBlock[] {
  return Array.from({ length: count }, (_, i) => ({
    date: dutchDate(new Date(Date.UTC(2025, 2, 1 + i))),
    source: 'Wijkverpleging',
    text: `Dag ${i + 1}. Mevrouw is goed gemobiliseerd en heeft zelf ontbeten. Wond aan de hiel rechts verzorgd volgens protocol; geen tekenen van infectie. Pijnscore ${i % 10}. Vochtinname ruim voldoende, ongeveer 1500 ml. Dochter belde over het weekend; afspraken genoteerd in het zorgplan. `,
  }));
}

function dutchDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
}

function userText(req: RecordedRequest): string {
  return (req.body.messages as { role: string; content: string }[]).find((m) => m.role === 'user')!.content;
}

/** Answers like a summariser that cites every date it was given. */
function citingModel(mapAnswerPadding = '') {
  return (req: RecordedRequest) => {
    const text = userText(req);
    const dates = [...new Set(text.match(DATE) ?? [])];
    return { text: `Samenvatting ${dates.map((d) => `(${d})`).join(' ')}${mapAnswerPadding}` };
  };
}

describe('summarizeInChunks', () => {
  it('makes one streamed call when everything fits, filling {{dossier}}', async () => {
    server.enqueue({ text: 'Korte samenvatting (01-03-2025).' });
    const progress: [number, number][] = [];
    const deltas: string[] = [];
    const result = await summarizeInChunks({
      model: model(),
      blocks: reports(3),
      budgetTokens: 8192,
      instructions: 'Maak een dossiersamenvatting.\n\nDossier:\n{{dossier}}\n\nEinde.',
      language: 'nl',
      onProgress: (d, t) => progress.push([d, t]),
      onText: (d) => deltas.push(d),
    });
    expect(result).toBe('Korte samenvatting (01-03-2025).');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body.stream).toBe(true);
    const text = userText(server.requests[0]!);
    expect(text).toMatch(/^Maak een dossiersamenvatting\.\n\nDossier:\n<<<RAPPORTAGES [0-9a-f]{8}>>>\n¦ \[01-03-2025 — Wijkverpleging\]\n¦ Dag 1\./);
    expect(text).toContain('03-03-2025');
    expect(text.endsWith('\n\nEinde.')).toBe(true);
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(deltas.length).toBeGreaterThan(1);
  });

  it('map-reduces input over the budget: chunks on report boundaries, dates cited, progress to the end', async () => {
    server.setHandler(citingModel());
    const blocks = reports(30);
    const budgetTokens = 2000;
    expect(estimateTokens(blocks.map((b) => b.text).join('\n'))).toBeGreaterThan(budgetTokens);
    const progress: [number, number][] = [];
    const result = await summarizeInChunks({
      model: model(),
      blocks,
      budgetTokens,
      instructions: 'Vat de afgelopen periode samen voor de arts.',
      system: 'Je bent een zorgassistent.',
      language: 'nl',
      onProgress: (d, t) => progress.push([d, t]),
    });

    const maps = server.requests.filter((r) => userText(r).includes('Vat de rapportages hieronder beknopt samen'));
    const finals = server.requests.filter((r) => r.body.stream === true);
    expect(maps.length).toBeGreaterThanOrEqual(2);
    expect(finals).toHaveLength(1);
    expect(server.requests).toHaveLength(maps.length + 1);

    // Every report goes to exactly one map call, whole, in order; each map prompt fits the budget.
    const seen = maps.flatMap((r) => userText(r).match(/Dag \d+\./g) ?? []);
    expect(seen).toEqual(blocks.map((_, i) => `Dag ${i + 1}.`));
    for (const r of maps) expect(estimateTokens(userText(r)) + estimateTokens(r.body.messages[0].content)).toBeLessThan(budgetTokens);
    expect(userText(maps[0]!)).toContain('Vat de afgelopen periode samen voor de arts.');

    // The final call gets the partial summaries labelled with their date ranges, under the caller's system prompt.
    const final = finals[0]!;
    expect(final.body.messages[0].content).toBe(withSnapshotGuide('Je bent een zorgassistent.', 'nl'));
    expect(userText(final)).toContain('Deel 1 (rapportages van 01-03-2025 t/m');
    expect(userText(final)).toContain('Behoud bij elk feit de datum');
    // Dates survive map and reduce.
    for (const b of blocks) expect(result).toContain(`(${b.date})`);

    expect(progress[0]).toEqual([0, maps.length + 1]);
    expect(progress.at(-1)).toEqual([maps.length + 1, maps.length + 1]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
  });

  it('adds a merge round when the partial summaries still do not fit', async () => {
    const padding = ` ${'Toelichting zonder nieuwe feiten. '.repeat(55)}`;
    server.setHandler((req) => {
      const text = userText(req);
      const answer = citingModel(text.includes('Vat de rapportages hieronder') ? padding : '')(req);
      return answer;
    });
    const progress: [number, number][] = [];
    const result = await summarizeInChunks({
      model: model(),
      blocks: reports(60),
      budgetTokens: 3000,
      instructions: 'Vat samen.',
      language: 'nl',
      onProgress: (d, t) => progress.push([d, t]),
    });
    const merges = server.requests.filter((r) => userText(r).includes('Voeg de deelsamenvattingen hieronder samen'));
    expect(merges.length).toBeGreaterThanOrEqual(1);
    for (const b of reports(60)) expect(result).toContain(`(${b.date})`);
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
    expect(last[1]).toBe(server.requests.length);
  });

  it('stops when cancelled between calls', async () => {
    server.setHandler(citingModel());
    const controller = new AbortController();
    const err = await summarizeInChunks({
      model: model(),
      blocks: reports(30),
      budgetTokens: 2000,
      instructions: 'Vat samen.',
      language: 'en',
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('cancelled');
    expect(server.requests).toHaveLength(1);
  });

  it('runs map calls concurrently up to the limit, keeping the parts in order', async () => {
    let inFlight = 0;
    let most = 0;
    server.setHandler(async (req) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 60));
      inFlight--;
      return citingModel()(req);
    });
    const blocks = reports(60);
    const result = await summarizeInChunks({ model: model(), blocks, budgetTokens: 2000, instructions: 'Vat samen.', language: 'nl', concurrency: 3 });
    expect(most).toBe(3);
    const final = server.requests.find((r) => r.body.stream === true)!;
    const labels = userText(final).match(/Deel \d+/g) ?? [];
    expect(labels).toEqual(labels.map((_, i) => `Deel ${i + 1}`));
    for (const b of blocks) expect(result).toContain(`(${b.date})`);
  });

  it('reuses cached chunk summaries: a second run sends only the final call', async () => {
    server.setHandler(citingModel());
    const store = new Map<string, string>();
    const cache = { get: async (k: string) => store.get(k), put: async (k: string, v: string) => void store.set(k, v) };
    const input = { model: model(), blocks: reports(60), budgetTokens: 2000, instructions: 'Vat samen.', language: 'nl' as const, cache, cacheScope: 'test-model|samenvatting@1' };
    const plan = await planSummary(input);
    expect(plan).toMatchObject({ single: false, cached: 0 });
    await summarizeInChunks(input);
    const first = server.requests.length;
    expect(first).toBeGreaterThanOrEqual(plan.chunks + 1);
    expect(await planSummary(input)).toMatchObject({ cached: plan.chunks, calls: 1 });
    server.reset();
    server.setHandler(citingModel());
    await summarizeInChunks(input);
    expect(server.requests).toHaveLength(1);
    // Another model or template version does not reuse them.
    expect((await planSummary({ ...input, cacheScope: 'other-model|samenvatting@1' })).cached).toBe(0);
  });

  it('sends only protected text and keeps restored summaries', async () => {
    server.setHandler(citingModel(' Mevrouw [PERSOON-1] is tevreden.'));
    const store = new Map<string, string>();
    const cache = { get: async (k: string) => store.get(k), put: async (k: string, v: string) => void store.set(k, v) };
    const protect = { hide: (s: string) => s.replaceAll('Dochter', '[PERSOON-1]'), restore: (s: string) => s.replaceAll('[PERSOON-1]', 'Dochter') };
    await summarizeInChunks({ model: model(), blocks: reports(60), budgetTokens: 2000, instructions: 'Vat samen.', language: 'nl', cache, protect });
    for (const r of server.requests) expect(userText(r)).not.toContain('Dochter');
    expect([...store.values()].some((v) => v.includes('Mevrouw Dochter is tevreden.'))).toBe(true);
  });

  it('refuses a budget that leaves no room for reports', async () => {
    const err = await summarizeInChunks({ model: model(), blocks: reports(2), budgetTokens: 300, instructions: 'x'.repeat(1000), language: 'nl' }).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('context-too-long');
    expect(server.requests).toHaveLength(0);
  });
});

describe('packChunks', () => {
  it('splits a single over-long report into dated pieces within the budget', () => {
    const long: SummaryBlock = { date: '05-04-2025', text: Array.from({ length: 80 }, (_, i) => `Zin ${i} over de zorg.`).join(' ') };
    const chunks = packChunks([{ date: '04-04-2025', text: 'Kort.' }, long], 100);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(estimateTokens(c.text)).toBeLessThanOrEqual(100);
    expect(chunks[0]!.from).toBe('04-04-2025');
    expect(chunks.at(-1)!.text.startsWith('[05-04-2025]')).toBe(true);
    // No sentence lost or cut.
    const sentences = chunks.flatMap((c) => c.text.match(/Zin \d+ over de zorg\./g) ?? []);
    expect(sentences).toHaveLength(80);
  });
});

describe('packChunks cut points', () => {
  it('cut where the content says: a list with reports added on top falls back into step', () => {
    const many = reports(400).reverse(); // newest first, as ECDs list them
    const newer: SummaryBlock[] = Array.from({ length: 7 }, (_, i) => ({ date: `0${i + 1}-05-2025`, text: `Nieuwe rapportage ${i}: mevrouw had een rustige dag en at goed.` }));
    const before = packChunks(many, 3000).map((c) => c.text);
    const after = packChunks([...newer, ...many], 3000).map((c) => c.text);
    const shared = after.filter((t) => before.includes(t)).length;
    expect(before.length).toBeGreaterThan(10);
    // The first chunks differ until a cut point falls on one of the earlier run's; from there on they match.
    expect(shared).toBeGreaterThanOrEqual(before.length / 2);
    expect(after.slice(-5)).toEqual(before.slice(-5));
    for (const c of after) expect(estimateTokens(c)).toBeLessThanOrEqual(3000);
  });
});

