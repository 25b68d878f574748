import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../lib/i18n';
import type { LlmErrorCode } from '../../lib/llm';
import type { ScriptedResponse } from '../llm-server/server.mjs';
import { alertText, answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { setUserSettings } from './harness';

const llmErrorText = catalogues.nl.llmError;
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});
beforeEach(() => env.llm.reset());

describe('drafting engine in real Chromium', () => {
  it('each template streams its draft into the panel', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    await panel.getByRole('tab', { name: 'Schrijven' }).click();
    const select = panel.getByLabel('Sjabloon');
    const titles = await select.locator('option').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(6);
    await panel.getByLabel(/Uw eigen korte notities/).fill('pijn li heup NRS 6, paracetamol 14.00, RR 135/85');
    for (const title of titles) {
      env.llm.reset();
      env.llm.enqueue({ text: `Concept voor ${title}: eerste deel, tweede deel, derde deel.`, chunks: 5, chunkDelayMs: 30 });
      await select.selectOption({ label: title });
      await panel.getByRole('button', { name: 'Schrijf concept' }).click();
      await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toBe(`Concept voor ${title}: eerste deel, tweede deel, derde deel.`);
      const chat = env.llm.requests.find((r) => r.path.endsWith('/chat/completions'));
      expect(chat?.body.stream).toBe(true);
    }
  });

  it('a grounded suggestion is accepted and filled; an ungrounded one is flagged and skipped by "Alles accepteren"', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(
      answerByLabel({
        'Pols (/min)': { value: 88, quote: 'P 88 reg.' },
        'Saturatie (%)': { value: 50, quote: 'saturatie 50 volgens de nachtdienst' },
      }),
    );
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    const flagged = panel.getByTestId('review-row').filter({ hasText: 'Saturatie (%)' });
    await expect(flagged.textContent()).resolves.toContain('niet gevonden in de bron');
    await panel.getByRole('button', { name: /Alles accepteren/ }).click();
    expect(await panel.getByRole('checkbox', { name: 'Accepteer Saturatie (%)' }).isChecked()).toBe(false);
    expect(await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).isChecked()).toBe(true);
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    expect(await page.inputValue('#meting_pols')).toBe('88');
    expect(await page.inputValue('#meting_spo2')).toBe('');
  });

  it('each error class shows its own Dutch message', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    const cases: [LlmErrorCode, ScriptedResponse][] = [
      ['unauthorized', { status: 401 }],
      ['model-not-found', { status: 404, body: { error: { message: 'model "beleid" not found', type: 'invalid_request_error' } } }],
      ['rate-limited', { status: 429 }],
      ['server-error', { status: 503 }],
      ['context-too-long', { error: 'context_length_exceeded' }],
      ['cors-origin', { status: 403, body: '' }],
    ];
    for (const [code, response] of cases) {
      env.llm.reset();
      // Retries (429/5xx) each get the same answer.
      env.llm.setHandler((r) => (r.path.endsWith('/chat/completions') ? response : undefined));
      await panel.getByRole('button', { name: 'Stel velden voor' }).click();
      await expect.poll(() => alertText(panel), { timeout: 20_000 }).toContain(llmErrorText[code]);
      await panel.getByRole('button', { name: 'Sluiten' }).first().click();
    }
    // Only 429 and 5xx were retried.
    env.llm.reset();
    env.llm.setHandler(() => ({ status: 401 }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await alertText(panel);
    expect(env.llm.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(1);
    await panel.getByRole('button', { name: 'Sluiten' }).first().click();

    await setUserSettings(env.ext, { endpoint: { timeoutMs: 1500 } });
    env.llm.reset();
    env.llm.enqueue({ delayMs: 6000, then: { json: {} } });
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await expect.poll(() => alertText(panel), { timeout: 20_000 }).toContain(llmErrorText.timeout);
    await setUserSettings(env.ext, { endpoint: { timeoutMs: 120_000 } });
  });

  it('cancel stops a running request and fills nothing', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue({ hang: true });
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => alertText(panel)).toContain(llmErrorText.cancelled);
    await expect.poll(() => env.llm.requests.some((r) => r.aborted)).toBe(true);
    expect(await page.inputValue('#meting_pols')).toBe('');
  });

  it('a long dossier is summarised in chunks with progress, citing report dates', async () => {
    await setUserSettings(env.ext, { endpoint: { contextTokens: 6000 } });
    try {
      const page = await env.ext.context.newPage();
      await page.goto(new URL('groot-dossier.html?rapportages=400', env.sandbox.url).href);
      await page.locator('body[data-ready="1"]').waitFor();
      const { openPanel } = await import('./harness');
      const panel = await openPanel(env.ext, page);
      await panel.getByRole('button', { name: 'Lees pagina' }).click();
      await panel.getByTestId('client').waitFor();
      let calls = 0;
      env.llm.setHandler((r) => {
        if (!r.path.endsWith('/chat/completions')) return undefined;
        calls++;
        const date = /\d{2}-\d{2}-\d{4}/.exec(r.rawBody)?.[0] ?? 'onbekend';
        return { text: `Deelsamenvatting ${calls}: valincident (${date}).`, chunks: 3 };
      });
      await panel.getByRole('tab', { name: 'Schrijven' }).click();
      await panel.getByLabel('Sjabloon').selectOption({ label: 'Dossiersamenvatting voor de arts' });
      await panel.getByRole('button', { name: 'Schrijf concept' }).click();
      // First the panel says how many calls it takes; the doctor starts it.
      await expect.poll(() => panel.getByTestId('summary-plan').textContent()).toMatch(/past niet in één verzoek: \d+ verzoeken aan het model/);
      await panel.getByRole('button', { name: 'Toch samenvatten' }).click();
      await panel.getByText(/in delen samenvatten — deel \d+ van \d+/).waitFor();
      await expect.poll(() => panel.getByTestId('draft-output').inputValue(), { timeout: 60_000 }).toMatch(/Deelsamenvatting \d+: valincident \(\d{2}-\d{2}-\d{4}\)/);
      await expect.poll(() => panel.getByRole('button', { name: 'Annuleren' }).count(), { timeout: 60_000 }).toBe(0);
      expect(calls).toBeGreaterThan(2);
    } finally {
      await setUserSettings(env.ext, { endpoint: { contextTokens: 8192 } });
    }
  });

  it('a dossier overview of two screens of one client is summarised; another client is refused', async () => {
    const first = await openAndRead(env, 'dossier.html');
    await first.panel.getByRole('tab', { name: 'Dossieroverzicht' }).click();
    await first.panel.getByRole('button', { name: 'Voeg toe aan dossieroverzicht' }).click();
    const second = await openAndRead(env, 'medicatie.html');
    await second.panel.getByRole('tab', { name: 'Dossieroverzicht' }).click();
    await second.panel.getByRole('button', { name: 'Voeg toe aan dossieroverzicht' }).click();
    await expect.poll(() => second.panel.getByTestId('collection-screens').locator('li').count()).toBe(2);

    env.llm.enqueue({ text: 'Koorts sinds 21-11 [Rapportages]. Metoprolol gestopt [Medicatie].', chunks: 3 });
    await second.panel.getByLabel('Sjabloon').selectOption({ label: 'Dossiersamenvatting voor de arts' });
    await second.panel.getByRole('button', { name: 'Schrijf concept' }).click();
    await expect.poll(() => second.panel.getByTestId('overzicht-draft-output').inputValue()).toContain('[Medicatie]');
    const body = env.llm.requests.find((r) => r.path.endsWith('/chat/completions'))?.rawBody ?? '';
    expect((body.match(/== /g) ?? []).length).toBeGreaterThanOrEqual(2);

    const other = await openAndRead(env, 'dossier-b.html');
    await other.panel.getByRole('tab', { name: 'Dossieroverzicht' }).click();
    await other.panel.getByRole('button', { name: 'Voeg toe aan dossieroverzicht' }).click();
    await expect.poll(() => alertText(other.panel)).toContain('andere cliënt');
    await expect.poll(() => other.panel.getByTestId('collection-screens').locator('li').count()).toBe(2);
  });

  it('the panel has no serious or critical accessibility violations (axe-core)', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' }, 'Saturatie (%)': { value: 50, quote: 'nergens' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor();
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await panel.evaluate(axeSource);
    const violations = await panel.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
