// Long-dossier benchmark through the real extension: what field suggestions send at 100 / 1,000 / 10,000
// reports (tokens against the window, key facts of the newest report), and what a chunked summary costs in
// model calls and wall time, cold and with the summary cache. See bench/README.md ("Context").
import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import { recallFacts } from './recall.mjs';

/** lib/llm/estimateTokens.ts TOKEN_MARGIN: the bench counts as the extension budgets. */
const TOKEN_MARGIN = 1.2;
const WINDOW = 8192;
/** Simulated model time per call of the summary: a fast server, so the figures show calls and concurrency. */
const CALL_MS = 100;

const estimate = (text) => Math.ceil(countTokens(text) * TOKEN_MARGIN);
const isChat = (r) => r.path.endsWith('/chat/completions');

/** A model that proposes the newest saturation ("sat 96%") and null for every other field of the request's schema. */
export function saturationModel(request) {
  if (!isChat(request)) return undefined;
  const properties = request.body?.response_format?.json_schema?.schema?.properties ?? {};
  const json = {};
  for (const [key, schema] of Object.entries(properties)) {
    const description = JSON.stringify(schema);
    json[key] = /saturatie/i.test(description) ? { value: 96, quote: 'sat 96%' } : null;
  }
  return { json };
}

/** A summariser that takes CALL_MS per call and cites the first date it sees. */
export function summaryModel(request) {
  if (!isChat(request)) return undefined;
  const date = /\d{2}-\d{2}-\d{4}/.exec(request.rawBody)?.[0] ?? 'onbekend';
  return { delayMs: CALL_MS, then: { text: `Samenvatting van het deel (${date}).` } };
}

async function openDossier(env, size) {
  const target = await env.context.newPage();
  await target.goto(new URL(`groot-dossier.html?rapportages=${size}`, env.sandboxUrl).href);
  await target.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
  const tabId = await env.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, target.url());
  const panel = await env.context.newPage();
  await panel.goto(`chrome-extension://${env.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('button', { name: 'Lees pagina' }).click();
  await panel.getByTestId('client').waitFor({ timeout: 120_000 });
  return { target, panel };
}

/** Empties the summary cache (the panel's own database, extension origin) so a run is cold. */
function clearSummaryCache() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('dossierhulp');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('summaries', 'readwrite');
      tx.objectStore('summaries').clear();
      tx.oncomplete = () => {
        open.result.close();
        resolve(undefined);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string,
 *   sandboxUrl: string, llm: import('../llm-server/server.mjs').TestLlmServer, keyFacts: { id: string, keywords: string[][] }[],
 *   results: ReturnType<import('./results.mjs').createResults>, log: (s: string) => void }} env
 */
export async function benchContext(env, options = {}) {
  const sizes = options.sizes ?? [100, 1000, 10000];
  const summarySizes = options.summarySizes ?? [1000, 3000, 10000];
  const r = env.results;
  await env.worker.evaluate((p) => globalThis.dossierhulp.saveUserSettings(p), {
    endpoint: { provider: 'openai-compatible', baseURL: env.llm.url, model: 'test-model', apiKey: '', contextTokens: WINDOW, concurrency: 2 },
  });
  const newest = env.keyFacts.filter((f) => f.id === 'latest-1');

  // Field suggestions: the request the panel sends, counted as the extension budgets it.
  const sent = {};
  for (const size of sizes) {
    env.llm.reset();
    env.llm.setHandler(saturationModel);
    const { target, panel } = await openDossier(env, size);
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor({ timeout: 120_000 });
    const chat = env.llm.requests.find(isChat);
    if (!chat) throw new Error(`no suggestion request at ${size} reports`);
    const messages = chat.body.messages.map((m) => m.content).join('\n');
    const tokens = estimate(chat.rawBody);
    const recall = recallFacts(messages, newest).recall;
    const all = recallFacts(messages, env.keyFacts);
    const selection = (await panel.getByTestId('selection').textContent()) ?? '';
    sent[size] = tokens;
    const isLargest = size === Math.max(...sizes);
    r.record(`context.suggest.${size}.tokens`, tokens, 'tokens', {
      note: `whole request body, cl100k × ${TOKEN_MARGIN}; "${selection}"`,
      ...(isLargest ? { target: `≤ ${0.8 * WINDOW} (0.8 × ${WINDOW})`, met: tokens <= 0.8 * WINDOW } : {}),
    });
    r.record(`context.suggest.${size}.newestReportRecall`, recall * 100, '%', { target: '100 %', met: recall === 1 });
    r.record(`context.suggest.${size}.keyFactRecall`, all.recall * 100, '%', { note: `all 6 facts; missing: ${all.missing.join(', ') || 'none'} (pseudonymised names do not count)` });
    env.log(`context: suggest at ${size} reports sends ${tokens} tokens, newest-report recall ${recall * 100}%, ${selection}`);
    await panel.close();
    await target.close();
  }
  const flat = sent[Math.max(...sizes)] / sent[1000];
  if (sent[1000]) r.record('context.suggest.tokens10kOver1k', flat, '×', { target: '≤ 1.1× (flat)', met: flat <= 1.1 });

  // Chunked summary: calls and wall time, cold (cache emptied) and again with the cache.
  for (const size of summarySizes) {
    env.llm.reset();
    env.llm.setHandler(summaryModel);
    const { target, panel } = await openDossier(env, size);
    await panel.evaluate(clearSummaryCache);
    await panel.getByRole('tab', { name: 'Schrijven' }).click();
    await panel.getByLabel('Sjabloon').selectOption({ label: 'Dossiersamenvatting voor de arts' });
    const run = async () => {
      await panel.getByRole('button', { name: 'Schrijf concept' }).click();
      await panel.getByTestId('summary-plan').waitFor({ timeout: 120_000 });
      const before = env.llm.requests.filter(isChat).length;
      const t0 = Date.now();
      await panel.getByRole('button', { name: 'Toch samenvatten' }).click();
      await panel.waitForFunction(
        () => ![...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Annuleren') &&
          (document.querySelector('[data-testid="draft-output"]')?.value ?? '').includes('Samenvatting'),
        undefined,
        { timeout: 600_000, polling: 50 },
      );
      return { calls: env.llm.requests.filter(isChat).length - before, ms: Date.now() - t0 };
    };
    const cold = await run();
    const cached = await run();
    const share = cached.calls / cold.calls;
    r.record(`context.summary.${size}.cold.calls`, cold.calls, 'calls', { note: `concurrency 2, ${CALL_MS} ms per call at the server` });
    r.record(`context.summary.${size}.cold.wallMs`, cold.ms, 'ms', { note: 'wall, "Toch samenvatten" → draft done' });
    r.record(`context.summary.${size}.cached.calls`, cached.calls, 'calls', {
      note: 'the same dossier again',
      ...(size === 3000 ? { target: `≤ 10% of cold (${Math.floor(cold.calls * 0.1)})`, met: share <= 0.1 } : {}),
    });
    r.record(`context.summary.${size}.cached.wallMs`, cached.ms, 'ms', { note: 'wall' });
    env.log(`context: summary of ${size} reports: cold ${cold.calls} calls in ${cold.ms} ms, cached ${cached.calls} calls in ${cached.ms} ms`);
    await panel.close();
    await target.close();
  }
  env.llm.setHandler(null);
}
