import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { suggestAnswerReserve, TOKEN_MARGIN } from '../../lib/llm';
import type { RecordedRequest } from '../llm-server/server.mjs';
import { answerByLabel, startE2e, type E2eEnv } from './fixtures';
import { openPanel, setUserSettings } from './harness';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});
beforeEach(() => {
  env.llm.reset();
  env.llm.setContextReport(null);
});

/** The newest report's measurement sentence (tests/sandbox/assets/rapportage-generator.js, LATEST_REPORTS). */
const NEWEST_MEASUREMENTS = 'Zwelling en blauwe verkleuring linkerpols, NRS 6. RR 152/88, P 92 reg., sat 96%.';
/** The form of groot-dossier.html: onderwerp, rapportage, 6 measurements, a checkbox. */
const FIELDS = 9;

const chats = () => env.llm.requests.filter((r) => r.path.endsWith('/chat/completions'));
/** Tokens a model of any measured family sees for the whole request body (the schema included). */
const bodyTokens = (r: RecordedRequest) => Math.ceil(countTokens(r.rawBody) * TOKEN_MARGIN);

async function openDossier(reports: number): Promise<{ page: Page; panel: Page }> {
  const page = await env.ext.context.newPage();
  await page.goto(new URL(`groot-dossier.html?rapportages=${reports}`, env.sandbox.url).href);
  await page.locator('body[data-ready="1"]').waitFor({ timeout: 60_000 });
  const panel = await openPanel(env.ext, page);
  await panel.getByRole('button', { name: 'Lees pagina' }).click();
  await panel.getByTestId('client').waitFor({ timeout: 60_000 });
  return { page, panel };
}

async function suggest(panel: Page): Promise<RecordedRequest> {
  const before = chats().length;
  env.llm.enqueue(answerByLabel({ 'Saturatie (%)': { value: 96, quote: 'sat 96%' } }));
  await panel.getByRole('button', { name: 'Stel velden voor' }).click();
  await expect
    .poll(async () => {
      const alert = panel.getByRole('alert');
      if (await alert.count()) throw new Error(`The panel says: ${await alert.first().textContent()}`);
      return chats().length;
    }, { timeout: 60_000 })
    .toBe(before + 1);
  await panel.getByTestId('review-table').waitFor({ timeout: 60_000 });
  return chats().at(-1)!;
}

describe('a long dossier in real Chromium', () => {
  it('3,000 reports at contextTokens 8,192: the request fits with room for the answer, the newest measurements are in it, the panel says what was used', async () => {
    const { panel } = await openDossier(3000);
    await expect.poll(() => panel.getByTestId('selection').textContent(), { timeout: 30_000 }).toMatch(/^Gebaseerd op de \d+ nieuwste rapportages \(\d{2}-\d{2} t\/m 20-11\)/);
    const stated = (await panel.getByTestId('selection').textContent()) ?? '';
    expect(stated).toContain('3000 rapportages op de pagina');

    const chat = await suggest(panel);
    expect(bodyTokens(chat) + suggestAnswerReserve(FIELDS, 8192)).toBeLessThanOrEqual(8192);
    expect(chat.rawBody).toContain(NEWEST_MEASUREMENTS);
    await expect.poll(() => panel.getByTestId('review-row').filter({ hasText: 'Saturatie (%)' }).count()).toBe(1);

    // Widening to a period keeps the request inside the window too.
    env.llm.reset();
    await panel.getByLabel('Rapportages meenemen').first().selectOption({ label: 'Laatste 30 dagen van het dossier' });
    await expect.poll(() => panel.getByTestId('selection').textContent()).toMatch(/van de \d+ rapportages van de laatste 30 dagen/);
    const wider = await suggest(panel);
    expect(bodyTokens(wider) + suggestAnswerReserve(FIELDS, 8192)).toBeLessThanOrEqual(8192);
    expect(wider.rawBody).toContain(NEWEST_MEASUREMENTS);
  });

  it('uses the context length the server reports (vLLM max_model_len, Ollama /api/ps)', async () => {
    env.llm.setContextReport({ style: 'vllm', tokens: 4096 });
    const { panel } = await openDossier(3000);
    const chat = await suggest(panel);
    expect(bodyTokens(chat) + suggestAnswerReserve(FIELDS, 4096)).toBeLessThanOrEqual(4096);
    // Budgeted at the server's 4,096, not at the configured 8,192.
    expect(bodyTokens(chat)).toBeGreaterThan(2000);
    expect(chat.rawBody).toContain(NEWEST_MEASUREMENTS);

    env.llm.reset();
    env.llm.setContextReport({ style: 'ollama', tokens: 5120, loaded: true, modelMax: 131072 });
    // The panel keeps a told window for five minutes: a new panel asks again.
    const { panel: second } = await openDossier(3000);
    const ollama = await suggest(second);
    expect(env.llm.requests.some((r) => r.path === '/api/ps')).toBe(true);
    expect(bodyTokens(ollama) + suggestAnswerReserve(FIELDS, 5120)).toBeLessThanOrEqual(5120);
    expect(bodyTokens(ollama)).toBeGreaterThan(bodyTokens(chat) + 500);
    expect(ollama.rawBody).toContain(NEWEST_MEASUREMENTS);
  });

  it('a summary of 3,000 reports says its calls first; a second run reuses the cached chunks', async () => {
    await setUserSettings(env.ext, { endpoint: { concurrency: 2 } });
    const { panel } = await openDossier(3000);
    let inFlight = 0;
    let most = 0;
    env.llm.setHandler(async (r) => {
      if (!r.path.endsWith('/chat/completions')) return undefined;
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      const date = /\d{2}-\d{2}-\d{4}/.exec(r.rawBody)?.[0] ?? 'onbekend';
      return { text: `Samenvatting (${date}).` };
    });
    await panel.getByRole('tab', { name: 'Schrijven' }).click();
    await panel.getByLabel('Sjabloon').selectOption({ label: 'Dossiersamenvatting voor de arts' });
    const run = async () => {
      await panel.getByRole('button', { name: 'Schrijf concept' }).click();
      const plan = panel.getByTestId('summary-plan');
      await plan.waitFor({ timeout: 60_000 });
      const said = (await plan.textContent()) ?? '';
      const before = chats().length;
      await panel.getByRole('button', { name: 'Toch samenvatten' }).click();
      await expect.poll(() => panel.getByRole('button', { name: 'Annuleren' }).count(), { timeout: 120_000 }).toBe(0);
      await expect.poll(() => panel.getByTestId('draft-output').inputValue(), { timeout: 60_000 }).toMatch(/Samenvatting/);
      return { said, calls: chats().length - before };
    };
    const first = await run();
    expect(first.said).toMatch(/Dit dossier \(3000 rapportages\) past niet in één verzoek: \d+ verzoeken aan het model/);
    expect(first.calls).toBeGreaterThan(10);
    expect(most).toBe(2);
    // Every call of the summary fits the window with room for its answer (a quarter of the window, at most 2,048).
    for (const r of chats()) expect(bodyTokens(r) + 2048).toBeLessThanOrEqual(8192);

    const second = await run();
    expect(second.said).toMatch(/(\d+) van de \1 delen zijn al eerder samengevat/);
    expect(second.calls).toBeLessThanOrEqual(Math.ceil(first.calls * 0.1));
  });
});
