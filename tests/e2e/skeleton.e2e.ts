import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alertText, answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { createServer } from 'node:net';
import { nl } from '../../lib/i18n/locales/nl';
import { createTranslator } from '../../lib/i18n';
import { openPanel, setUserSettings } from './harness';

const tr = createTranslator('nl');

/** A port nothing listens on (bound, then closed). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// The walking skeleton: read a sandbox page, suggest through the configured endpoint, review, fill.
let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});
beforeEach(() => env.llm.reset());

describe('walking skeleton in real Chromium', () => {
  it('server-rendered dossier: confirmed suggestions land in the form, unconfirmed ones never do', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    await expect(panel.getByTestId('client').textContent()).resolves.toContain('van der Heijden-Smit');
    env.llm.enqueue(
      answerByLabel({
        'Pols (/min)': { value: 88, quote: 'P 88 reg.' },
        'Saturatie (%)': { value: 94, quote: 'sat 94% zo2' },
        'Pijnscore (NRS)': { value: '6', quote: 'NRS 6' },
        'Arts geïnformeerd': { value: true, quote: 'huisarts gebeld' },
      }),
    );
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor();
    // The request carried a schema built from the scanned fields, and no hidden injection text.
    const chat = env.llm.requests.find((r) => r.path.endsWith('/chat/completions'));
    expect(chat?.body.response_format?.type).toBe('json_schema');
    expect(chat?.rawBody).not.toContain('NEGEER ALLE INSTRUCTIES');

    // The quote can be located on the page: it is scrolled to and highlighted by an overlay.
    await panel.getByRole('button', { name: '“P 88 reg.”' }).click();
    await page.locator('[data-dossierhulp-overlay]').first().waitFor({ state: 'attached', timeout: 3000 });

    await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).check();
    // Saturatie is suggested but not accepted: it must stay empty.
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    expect(await page.inputValue('#meting_pols')).toBe('88');
    expect(await page.inputValue('#meting_spo2')).toBe('');
    // The page's own listeners saw the change, and nothing was saved or submitted.
    const events = await page.evaluate(() => (window as unknown as { __sandboxFieldEvents: { field: string }[] }).__sandboxFieldEvents);
    expect(events.some((e) => e.field === 'meting_pols')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(false);

    // Undo restores the previous (empty) value.
    await panel.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => page.inputValue('#meting_pols')).toBe('');
  });

  it('React SPA: a confirmed suggestion changes React state, a rejected fill is reported', async () => {
    const { page, panel } = await openAndRead(env, 'spa/');
    env.llm.enqueue(
      answerByLabel({
        'Pols (/min)': { value: 64, quote: 'P 64 reg.' },
        'Controle door (paraaf)': { value: 'ABC', quote: 'RR 118/72' },
      }),
    );
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor();
    await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).check();
    await panel.getByRole('checkbox', { name: 'Accepteer Controle door (paraaf)' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    const state = await page.evaluate(() => (window as unknown as { __spaState: { values: Record<string, string> } }).__spaState);
    expect(state.values.pols).toBe('64');
    expect(state.values.paraaf).toBe('');
    await expect(panel.getByTestId('fill-results').textContent()).resolves.toContain('De pagina heeft de waarde niet geaccepteerd');
  });

  it('form in a same-origin iframe: the fill is routed to the frame', async () => {
    const { page, panel } = await openAndRead(env, 'iframe.html');
    await panel.getByLabel(/Eigen notities/).fill('Controle 10.00: sat 96%, pols 70.');
    env.llm.enqueue(answerByLabel({ 'Saturatie (%)': { value: 96, quote: 'sat 96%' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('checkbox', { name: 'Accepteer Saturatie (%)' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    const frame = page.frameLocator('[data-testid="meetwaarden-frame"]');
    await expect(frame.locator('#mw_sat').inputValue()).resolves.toBe('96');
  });

  it('a field that already has a value is only overwritten after its own confirmation', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Gewicht (kg)': { value: 72.9, quote: 'Gew: 72,9 kg' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    const row = panel.getByTestId('review-row').filter({ hasText: 'Gewicht (kg)' });
    // Now → proposed, shown the Dutch way (the field itself keeps 71.5).
    await expect(row.textContent()).resolves.toMatch(/Nu in het veld71,5.*Voorstel/);
    await row.getByRole('checkbox', { name: 'Accepteer Gewicht (kg)' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await expect(panel.getByRole('alert').textContent()).resolves.toContain('Er is nog niets ingevuld');
    expect(await page.inputValue('#meting_gewicht')).toBe('71.5');
    await row.getByRole('checkbox', { name: /Overschrijf de huidige waarde/ }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    expect(await page.inputValue('#meting_gewicht')).toBe('72.9');
  });

  it('a choice with no way back to "nothing chosen" is filled only after its own confirmation; its undo goes through the framework, or says what it holds', async () => {
    type Kit = { __kitReady?: boolean; __formState(): Record<string, string | null> };
    const fillNoWayBack = async (path: string, label: string, value: string, quote: string) => {
      const page = await env.ext.context.newPage();
      await page.goto(new URL(path, env.sandbox.url).href);
      await page.waitForFunction(() => (window as unknown as Kit).__kitReady === true);
      const panel = await openPanel(env.ext, page);
      await panel.getByRole('button', { name: 'Lees pagina' }).click();
      await panel.getByLabel(/Eigen notities/).fill(quote);
      env.llm.enqueue(answerByLabel({ [label]: { value, quote } }));
      await panel.getByRole('button', { name: 'Stel velden voor' }).click();
      const row = panel.getByTestId('review-row').filter({ hasText: label });
      await expect(row.getByTestId('no-empty-choice').textContent()).resolves.toContain('geen lege keuze');
      await row.getByRole('checkbox', { name: `Accepteer ${label}` }).check();
      await panel.getByRole('button', { name: /^Invullen/ }).click();
      await expect(panel.getByRole('alert').textContent()).resolves.toContain('niet meer leeg');
      await row.getByRole('checkbox', { name: /Toch invullen/ }).check();
      await panel.getByRole('button', { name: /^Invullen/ }).click();
      await panel.getByTestId('fill-results').waitFor();
      return { page, panel };
    };
    const state = (page: import('playwright-core').Page, key: string) => page.evaluate((k) => (window as unknown as Kit).__formState()[k], key);

    // Vue 3 + Element Plus keeps a radio group's choice in its own model: the undo calls v-model's own setter in the
    // page's world (through the background), and the model is back to nothing chosen.
    const vue = await fillNoWayBack('kits/vue.html', 'Meetplaats temperatuur', 'Rectaal', 'Temperatuur rectaal gemeten: 38,2.');
    expect(await state(vue.page, 'meetplaats')).toBe('rectaal');
    await vue.panel.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => state(vue.page, 'meetplaats')).toBeNull();
    expect(await vue.page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await vue.panel.getByTestId('undo-results').count()).toBe(0);

    // Angular in production keeps its form models out of reach: the undo is refused and says what the field holds.
    const ng = await fillNoWayBack('kits/angular.html', 'Categorie decubitus', 'Categorie 2', 'Decubitus categorie 2 op de stuit.');
    expect(await state(ng.page, 'categorie')).toBe('2');
    await ng.panel.getByRole('button', { name: 'Ongedaan maken' }).click();
    const notUndone = ng.panel.getByTestId('undo-results');
    await notUndone.waitFor();
    await expect(notUndone.textContent()).resolves.toContain('Categorie decubitus');
    await expect(notUndone.textContent()).resolves.toContain('Het veld toont nu: "Categorie 2"');
    expect(await state(ng.page, 'categorie')).toBe('2');
  });

  it('a value typed into the page after review is never overwritten', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).check();
    await page.fill('#meting_pols', '92'); // the nurse types while the panel is open
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await expect(panel.getByTestId('fill-results').textContent()).resolves.toContain('veranderd sinds u het voorstel bekeek');
    expect(await page.inputValue('#meting_pols')).toBe('92');
  });

  it('every malformed answer and broken connection has its own Dutch message, nothing is filled, and the panel works for the next try', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    const suggest = async () => {
      await panel.getByRole('button', { name: 'Stel velden voor' }).click();
      // Settled when the button is back (not "Voorstellen worden gemaakt…").
      await panel.getByRole('button', { name: 'Stel velden voor' }).waitFor({ timeout: 20_000 });
    };
    const shows = (expected: string) =>
      expect.poll(async () => (await panel.getByRole('alert').allTextContents()).join('\n'), { timeout: 20_000 }).toContain(expected);
    const nothingFilled = async () => {
      expect(await page.inputValue('#meting_pols')).toBe('');
      expect(await page.inputValue('#txtRapportage')).toBe('');
    };
    const endpoint = async (patch: Record<string, unknown>) => setUserSettings(env.ext, { endpoint: { baseURL: env.llm.url, timeoutMs: 120_000, ...patch } });
    try {
      // Wrong shape: JSON, but a list instead of one object with the fields.
      env.llm.enqueue({ json: ['Pols (/min)', 88] });
      await suggest();
      await shows(nl.llmError['wrong-shape']);
      await nothingFilled();

      // Wrong types: the right object, values that fit no field. Said per field, never "nothing found".
      env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 'heel snel', quote: 'Pols 88' } }));
      await suggest();
      await shows(nl.fields.noneTaken);
      expect(await panel.getByTestId('rejected').textContent()).toContain(tr('rejected.invalid-value', { name: 'Pols (/min)', value: '"heel snel"' }));
      expect(await panel.getByText(nl.fields.none).count()).toBe(0);
      await nothingFilled();

      // Oversized: a value longer than the field may take is refused and said.
      const huge = 'Dhr. sliep goed. '.repeat(1000);
      env.llm.enqueue(answerByLabel({ Rapportage: { value: huge, quote: 'sliep goed' } }));
      await suggest();
      await shows(nl.fields.noneTaken);
      // The previous answer ended with the same notice: wait for this answer's own reason.
      await expect.poll(async () => panel.getByTestId('rejected').textContent(), { timeout: 20_000 }).toContain(`${huge.length} tekens lang`);
      await nothingFilled();

      // Invalid JSON: cut off, with prose around it.
      env.llm.enqueue({ raw: 'Hier zijn de waarden: {pols: 88' });
      await suggest();
      await shows(nl.llmError['invalid-json']);
      await nothingFilled();

      // The connection breaks off during the request: the server is there, so not CORS, not "start Ollama".
      // (Every time: Chromium quietly retries a request once when a reused connection is closed on it.)
      env.llm.setHandler((req) => (req.path.endsWith('/chat/completions') ? { reset: true } : undefined));
      await suggest();
      await shows(nl.llmError['connection-reset']);
      await nothingFilled();
      env.llm.setHandler(null);

      // Nothing listens on the port.
      await endpoint({ baseURL: `http://127.0.0.1:${await closedPort()}/v1` });
      await suggest();
      await shows(nl.llmError['connection-refused']);
      await nothingFilled();

      // The server's name does not resolve (the browser says so through webRequest).
      await endpoint({ baseURL: 'http://dossierhulp-test.invalid/v1' });
      await suggest();
      await shows(nl.llmError['dns-failed']);
      await nothingFilled();

      // The server takes the request and never answers.
      await endpoint({ timeoutMs: 1500 });
      env.llm.enqueue({ hang: true });
      await suggest();
      await shows(nl.llmError.timeout);
      await nothingFilled();

      // And the panel works for the next try.
      await endpoint({});
      env.llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'Pols 88' } }));
      await suggest();
      await panel.getByTestId('review-table').waitFor();
      expect(await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).count()).toBe(1);
    } finally {
      env.llm.setHandler(null);
      await endpoint({});
    }
  });
});
