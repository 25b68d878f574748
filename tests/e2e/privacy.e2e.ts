import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { setUserSettings } from './harness';

// Client A's identifiers as the sandbox dossier shows them (all fictional).
const IDENTIFIERS = ['Heijden', 'Geertruida', 'Truus', '204613589', '20481375', '14-03-1938'];

let env: E2eEnv;
const seen: string[] = [];
beforeAll(async () => {
  env = await startE2e();
  // Every request any page or worker of this browser makes, for the egress check.
  env.ext.context.on('request', (r: Request) => seen.push(r.url()));
});
afterAll(async () => {
  await env?.close();
});
beforeEach(() => env.llm.reset());

describe('privacy and accountability in real Chromium', () => {
  it('identifiers never reach the model server, and the panel says how many were replaced', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor();
    const bodies = env.llm.requests.map((r) => r.rawBody).join('\n');
    expect(bodies.length).toBeGreaterThan(1000);
    for (const id of IDENTIFIERS) expect(bodies).not.toContain(id);
    expect(bodies).toMatch(/\[PERSOON-\d+\]/);
    await expect(panel.getByTestId('identifiers').textContent()).resolves.toMatch(/\d+ persoonsgegevens vervangen/);
  });

  it('the payload preview shows exactly the body that is sent', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    await panel.getByRole('button', { name: 'Bekijk wat er verstuurd wordt' }).click();
    const previewed = JSON.parse((await panel.getByTestId('payload-preview').textContent()) ?? '{}');
    await panel.getByRole('button', { name: 'Sluiten' }).click();
    expect(env.llm.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
    expect(JSON.stringify(previewed)).not.toContain('Heijden');
    expect(previewed.response_format.type).toBe('json_schema');
  });

  it('restores the real name in model output, locally', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue((request) => {
      const placeholder = /\[PERSOON-\d+\]/.exec(request.rawBody)?.[0] ?? 'geen';
      return { text: `S: ${placeholder} geeft aan zich grieperig te voelen.\nO: T 38,2.\nE: Koorts.\nP: Huisarts gebeld.`, chunks: 4 };
    });
    await panel.getByRole('tab', { name: 'Schrijven' }).click();
    await panel.getByLabel('Sjabloon').selectOption({ label: 'SBAR-overdracht' });
    await panel.getByLabel(/Uw eigen korte notities/).fill('Mw. van der Heijden koortsig, huisarts gebeld.');
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    const output = panel.getByTestId('draft-output');
    await expect.poll(() => output.inputValue()).toMatch(/Koorts/);
    const text = await output.inputValue();
    expect(text).not.toMatch(/\[PERSOON-\d+\]/);
    expect(text).toMatch(/Heijden|Truus|Geertruida/);
  });

  it('the audit log records read, send, outcome and fill, and exports without record text', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    await panel.getByRole('tab', { name: 'Logboek' }).click();
    const rows = panel.getByTestId('audit-row');
    // Newest first.
    await expect.poll(async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).join(',')).toMatch(
      /fill.*outcome.*send.*read/,
    );
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Exporteer CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/;|,/);
    expect(csv).toContain('127.0.0.1');
    expect(csv).toContain('Pols (/min)');
    for (const id of IDENTIFIERS) expect(csv).not.toContain(id);
    expect(csv).not.toContain('P 88 reg.');
  });

  it('a draft survives a panel reload', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    await panel.getByLabel(/Eigen notities/).fill('Mw. at goed, mobiliseert met rollator.');
    await panel.waitForTimeout(800); // the draft is saved after a short pause in typing
    await panel.reload();
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await expect.poll(() => panel.getByLabel(/Eigen notities/).inputValue()).toBe('Mw. at goed, mobiliseert met rollator.');
  });

  it('a mandatory preview holds every send until the user clicks Versturen, and sends exactly that body', async () => {
    await setUserSettings(env.ext, { previewBeforeSend: true });
    try {
      const { panel } = await openAndRead(env, 'dossier.html');
      env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
      await panel.getByRole('button', { name: 'Stel velden voor' }).click();
      const shown = JSON.parse((await panel.getByTestId('payload-preview').textContent()) ?? '{}');
      // Before the click only the context-window probes went out (model lists, /api/ps, /api/show with the
      // model's name, /props): no completion request, and no body with anything of the record.
      expect(env.llm.requests.filter((r) => /completions$/.test(r.path))).toEqual([]);
      expect(env.llm.requests.filter((r) => r.rawBody && r.rawBody !== JSON.stringify({ model: 'test-model', name: 'test-model' }))).toEqual([]);
      await panel.getByRole('button', { name: 'Versturen' }).click();
      await panel.getByTestId('review-table').waitFor();
      const sent = env.llm.requests.find((r) => r.path.endsWith('/chat/completions'));
      expect(JSON.parse(sent?.rawBody ?? '{}')).toEqual(shown);

      // Drafts too.
      env.llm.enqueue({ text: 'Samenvatting.', chunks: 2 });
      await panel.getByRole('tab', { name: 'Schrijven' }).click();
      await panel.getByLabel('Sjabloon').selectOption({ label: 'Dossiersamenvatting voor de arts' });
      await panel.getByRole('button', { name: 'Schrijf concept' }).click();
      const draftShown = JSON.parse((await panel.getByTestId('payload-preview').textContent()) ?? '{}');
      expect(env.llm.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(1);
      await panel.getByRole('button', { name: 'Versturen' }).click();
      await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toBe('Samenvatting.');
      const draftSent = env.llm.requests.filter((r) => r.path.endsWith('/chat/completions')).at(-1);
      expect(JSON.parse(draftSent?.rawBody ?? '{}')).toEqual(draftShown);
    } finally {
      await setUserSettings(env.ext, { previewBeforeSend: false });
    }
  });

  it('English is available: the panel follows the language setting', async () => {
    await setUserSettings(env.ext, { language: 'en' });
    try {
      const page = await env.ext.context.newPage();
      await page.goto(new URL('dossier.html', env.sandbox.url).href);
      const { openPanel } = await import('./harness');
      const panel = await openPanel(env.ext, page);
      await panel.getByRole('button', { name: 'Read page' }).click();
      await panel.getByRole('button', { name: 'Suggest fields' }).waitFor();
    } finally {
      await setUserSettings(env.ext, { language: 'nl' });
    }
  });

  it('egress lock: during all of the above nothing but the sandbox, the model server and the extension was contacted', () => {
    const allowed = [new URL(env.sandbox.url).origin, env.llm.origin, `chrome-extension://${env.ext.extensionId}`];
    const other = seen.filter((u) => !allowed.some((a) => u.startsWith(a)) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(seen.some((u) => u.startsWith(env.llm.origin))).toBe(true);
    expect(other).toEqual([]);
  });
});
