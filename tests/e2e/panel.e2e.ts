import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../lib/i18n';
import { answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { openPanel, setUserSettings } from './harness';

// The panel as a nurse uses it in a 320–400 px side panel: nothing needs horizontal scrolling, the fill
// button and every accept control are in view, and what the panel says agrees with the Logboek.
const nl = catalogues.nl;
const SHOTS = resolve(__dirname, '../../docs/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2e();
  await setUserSettings(env.ext, { userId: 'v.devries' });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await env?.close();
});
beforeEach(() => env.llm.reset());

/** Seven suggestions on dossier.html: five empty fields, two that already hold a value (Gewicht, Tijd). */
const SEVEN = {
  'Pols (/min)': { value: 88, quote: 'P 88 reg.' },
  'Saturatie (%)': { value: 94, quote: 'sat 94% zo2' },
  'Temperatuur (°C)': { value: 38.2, quote: 'T 38,2' },
  'Bloeddruk systolisch (mmHg)': { value: 135, quote: 'RR 135/85' },
  'Bloeddruk diastolisch (mmHg)': { value: 85, quote: 'RR 135/85' },
  'Gewicht (kg)': { value: 72.9, quote: 'Gew: 72,9 kg' },
  Tijd: { value: '08:40', quote: '08:40' },
};

/** Elements that stick out of the viewport sideways, and whether the page itself scrolls sideways. */
async function overflow(page: Page): Promise<{ scrolls: boolean; elements: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
        elements.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}–${Math.round(r.right)} of ${width}] ${(el.textContent ?? '').trim().slice(0, 40)}`);
      }
    }
    return { scrolls: document.documentElement.scrollWidth > width, elements: elements.slice(0, 10) };
  });
}

async function expectNoOverflow(page: Page, view: string) {
  const result = await overflow(page);
  expect(result, `${view} at ${page.viewportSize()?.width} px`).toEqual({ scrolls: false, elements: [] });
}

/** The box is fully inside the viewport (horizontally always; vertically too when `vertical`). */
async function inView(page: Page, locator: Locator, vertical = true): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  if (!box) return false;
  const across = box.x >= 0 && box.x + box.width <= size.width + 0.5;
  return vertical ? across && box.y >= 0 && box.y + box.height <= size.height + 0.5 : across;
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function openTab(panel: Page, name: string) {
  await panel.getByRole('tab', { name }).click();
}

describe('the panel in a 320–400 px side panel', () => {
  for (const width of [320, 360, 400]) {
    it(`${width} px: every view fits, the fill button and every accept control are in view${width === 360 ? '; screenshots and axe' : ''}`, async () => {
      const shoot = width === 360;
      const { page, panel } = await openAndRead(env, 'dossier.html');
      await panel.setViewportSize({ width, height: 760 });
      // What a nurse sees: the viewport (the sticky bar where it really is); views without it as a whole page.
      const shot = async (name: string, fullPage = true) => {
        if (shoot) await panel.screenshot({ path: resolve(SHOTS, `360-${name}.png`), fullPage });
      };
      const axe = async (view: string) => {
        if (shoot) expect(await axeViolations(panel), view).toEqual([]);
      };
      await expectNoOverflow(panel, 'after reading');
      await shot('gelezen', false);

      // Velden invullen: cards, the sticky bar.
      env.llm.enqueue(answerByLabel({ ...SEVEN, 'Pijnscore (NRS)': { value: '6', quote: 'pijn NRS 6 volgens de avonddienst' } }));
      await panel.getByRole('button', { name: 'Stel velden voor' }).click();
      await panel.getByTestId('review-table').waitFor();
      // Focus went to the suggestions.
      await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('review-heading');
      await panel.getByRole('button', { name: /Alles accepteren/ }).click();
      const accepts = panel.getByRole('checkbox', { name: /^Accepteer / });
      const fill = panel.getByRole('button', { name: /^Invullen/ });
      expect(await accepts.count()).toBeGreaterThanOrEqual(7);
      for (let i = 0; i < (await accepts.count()); i++) {
        const box = accepts.nth(i);
        await box.scrollIntoViewIfNeeded();
        expect(await inView(panel, box), `accept ${i} at ${width} px`).toBe(true);
        // The fill button stays in view wherever the list is scrolled to.
        expect(await inView(panel, fill), `Invullen while accept ${i} is in view`).toBe(true);
      }
      const overwrite = panel.getByRole('checkbox', { name: /Overschrijf de huidige waarde/ }).first();
      await overwrite.scrollIntoViewIfNeeded();
      expect(await inView(panel, overwrite)).toBe(true);
      await panel.evaluate(() => window.scrollTo(0, 0));
      expect(await inView(panel, fill), 'Invullen at the top of the panel').toBe(true);
      await expectNoOverflow(panel, 'fields view with suggestions');
      await panel.locator('#review-heading').evaluate((h) => h.scrollIntoView());
      await shot('velden-voorstellen', false);
      await axe('fields view');
      await fill.click();
      await panel.getByTestId('fill-results').waitFor();
      expect(await page.inputValue('#meting_pols')).toBe('88');
      await expectNoOverflow(panel, 'fields view after filling');
      await shot('velden-ingevuld', false);

      // The preview, readable.
      await panel.evaluate(() => window.scrollTo(0, 0));
      await panel.getByRole('button', { name: 'Bekijk wat er verstuurd wordt' }).first().click();
      await panel.getByTestId('preview-text').waitFor();
      await expectNoOverflow(panel, 'preview');
      await panel.getByTestId('placeholder').first().click();
      await panel.getByTestId('preview-replacements').locator('summary').click();
      if (shoot) await panel.locator('dialog.preview').screenshot({ path: resolve(SHOTS, '360-voorbeeld.png') });
      await axe('preview');
      await panel.getByRole('button', { name: 'Sluiten' }).last().click();

      // Schrijven.
      await openTab(panel, 'Schrijven');
      await panel.getByLabel(/Uw eigen korte notities/).fill('Mw. pijn li heup, NRS 6, paracetamol 14.00, RR 135/85, slecht geslapen.');
      env.llm.enqueue({ text: 'S: Mw. heeft pijn in de linkerheup (NRS 6).\nO: RR 135/85.\nE: Pijn matig onder controle.\nP: Paracetamol volgens schema, pijn om 18.00 opnieuw scoren.', chunks: 4 });
      await panel.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'SOEP-rapportage' });
      await panel.getByRole('button', { name: 'Schrijf concept' }).click();
      await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toContain('P: Paracetamol');
      await expect.poll(() => panel.getByRole('button', { name: 'Invoegen' }).count()).toBe(1);
      await expectNoOverflow(panel, 'drafting view');
      await shot('schrijven');
      await axe('drafting view');

      // Dossieroverzicht.
      await openTab(panel, 'Dossieroverzicht');
      await panel.getByRole('button', { name: 'Voeg toe aan dossieroverzicht' }).click();
      await panel.getByTestId('collection-screens').waitFor();
      await expectNoOverflow(panel, 'overview');
      await shot('dossieroverzicht');
      await axe('overview');

      // Dicteren: one heading.
      await openTab(panel, 'Dicteren');
      await panel.getByRole('button', { name: 'Opnemen' }).waitFor();
      expect(await panel.getByRole('heading', { name: 'Dicteren' }).count()).toBe(1);
      await expectNoOverflow(panel, 'dictation');
      await shot('dicteren');
      await axe('dictation');

      // Logboek: a list, newest first, details on demand.
      await openTab(panel, 'Logboek');
      const rows = panel.getByTestId('audit-row');
      await rows.first().waitFor();
      await rows.first().locator('summary').click();
      await expectNoOverflow(panel, 'Logboek');
      await shot('logboek');
      await axe('Logboek');

      // Instellingen (the options page, opened from the panel in a tab).
      const options = await env.ext.context.newPage();
      await options.setViewportSize({ width, height: 760 });
      await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
      await options.getByRole('button', { name: 'Opslaan' }).waitFor();
      await expectNoOverflow(options, 'settings');
      if (shoot) await options.screenshot({ path: resolve(SHOTS, '360-instellingen.png'), fullPage: true });
      if (shoot) expect(await axeViolations(options), 'settings').toEqual([]);
      await options.close();
      await panel.close();
      await page.close();
    });
  }

  it('the tab row works with the arrow keys (roving tabindex)', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    const first = panel.getByRole('tab', { name: 'Velden invullen' });
    await first.focus();
    expect(await panel.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('tabindex')))).toEqual(['0', '-1', '-1', '-1', '-1']);
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Schrijven');
    expect(await panel.getByRole('tab', { name: 'Schrijven' }).getAttribute('aria-selected')).toBe('true');
    await panel.keyboard.press('End');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Logboek');
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Velden invullen');
    await panel.keyboard.press('ArrowLeft');
    expect(await panel.getByRole('tab', { name: 'Logboek' }).getAttribute('aria-selected')).toBe('true');
    await panel.close();
  });
});

describe('counts and state that agree', () => {
  it('panel and Logboek report the same numbers after two fills with overwrites; a third Invullen sends nothing', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel(SEVEN));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByTestId('review-table').waitFor();
    for (const label of Object.keys(SEVEN)) await panel.getByRole('checkbox', { name: `Accepteer ${label}` }).check();
    const fill = panel.getByRole('button', { name: /^Invullen/ });
    // Two overwrites wait for their own confirmation: five go out.
    expect(await fill.textContent()).toBe('Invullen (5)');
    await fill.click();
    await expect.poll(() => panel.getByTestId('fill-summary').textContent()).toBe('5 van 5 ingevuld. Op deze pagina zijn nu 5 velden door Dossierhulp ingevuld.');
    const overwrites = panel.getByRole('checkbox', { name: /Overschrijf de huidige waarde/ });
    expect(await overwrites.count()).toBe(2);
    for (let i = 0; i < 2; i++) await overwrites.nth(i).check();
    expect(await fill.textContent()).toBe('Invullen (2)');
    await fill.click();
    await expect.poll(() => panel.getByTestId('fill-summary').textContent()).toBe('2 van 2 ingevuld. Op deze pagina zijn nu 7 velden door Dossierhulp ingevuld.');
    expect(await panel.getByTestId('fill-results').locator('li.ok').count()).toBe(7);
    expect([await page.inputValue('#meting_gewicht'), await page.inputValue('#rapTijd')]).toEqual(['72.9', '08:40']);
    // Nothing left to fill: the button says 0 and a click sends nothing.
    expect(await fill.textContent()).toBe('Invullen (0)');
    await fill.click();
    await expect.poll(() => panel.getByRole('alert').first().textContent()).toContain(nl.fill.allDone);

    await openTab(panel, 'Logboek');
    const rows = panel.getByTestId('audit-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(7);
    const lines = await rows.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-type')}: ${e.querySelector('.log-summary')?.textContent ?? ''}`));
    // This test's lines are the newest (earlier tests of this browser are further down).
    const fills = lines.filter((l) => l.startsWith('fill:')).slice(0, 2);
    const outcomes = lines.filter((l) => l.startsWith('outcome:') && l.includes('geaccepteerd')).slice(0, 2);
    // Newest first: the second fill, then the first; each accepted once.
    expect(fills).toEqual(['fill: ingevuld · 2 van 2 ingevuld', 'fill: ingevuld · 5 van 5 ingevuld']);
    expect(outcomes).toEqual(['outcome: resultaat · 2 geaccepteerd, 0 aangepast, 0 afgewezen', 'outcome: resultaat · 5 geaccepteerd, 0 aangepast, 0 afgewezen']);
    await panel.close();
  });

  it('a page reload and a re-read clear old fill results; undo stays offered while the form is the same', async () => {
    const { page, panel } = await openAndRead(env, 'dossier.html');
    env.llm.enqueue(answerByLabel({ 'Pols (/min)': SEVEN['Pols (/min)'] }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('checkbox', { name: 'Accepteer Pols (/min)' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor();
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await expect.poll(() => panel.getByTestId('fill-results').count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Ongedaan maken' }).isEnabled()).toBe(true);
    await page.reload();
    await expect.poll(() => panel.getByTestId('stale').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('fill-results').count()).toBe(0);
    await panel.close();
  });

  it('a page without fields does not offer field suggestions and asks nothing of the model', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(new URL('dossier.html', env.sandbox.url).href);
    await page.evaluate(() => document.querySelectorAll('form, input, select, textarea').forEach((e) => e.remove()));
    const panel = await openPanel(env.ext, page);
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await panel.getByTestId('no-fields').waitFor();
    expect(await panel.getByTestId('no-fields').textContent()).toBe(nl.fields.noFields);
    expect(await panel.getByRole('button', { name: 'Stel velden voor' }).count()).toBe(0);
    expect(env.llm.requests).toHaveLength(0);
    await panel.close();
  });
});

describe('messages in two layers', () => {
  const details = async (panel: Page) => {
    const alert = panel.getByRole('alert').first();
    await alert.waitFor({ timeout: 20_000 });
    const text = (await alert.locator('.message-text').textContent()) ?? '';
    await alert.getByText('Details voor de beheerder').click();
    const admin = (await alert.getByTestId('admin-details').locator('dl > div').evaluateAll((rows) =>
      rows.map((r) => `${r.querySelector('dt')?.textContent}: ${r.querySelector('dd')?.textContent}`),
    )).join('\n');
    return { text, admin, alert };
  };

  it('a refused connection, 401, timeout and an invalid answer: a plain sentence for the nurse, the facts and fix for the admin', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    await panel.setViewportSize({ width: 360, height: 760 });
    const host = new URL(env.llm.url).host;
    const suggest = () => panel.getByRole('button', { name: 'Stel velden voor' }).click();
    const dismiss = (alert: Locator) => alert.getByRole('button', { name: 'Sluiten' }).click();

    env.llm.enqueue({ status: 401 });
    await suggest();
    let m = await details(panel);
    expect(m.text).toBe(nl.llmError.unauthorized);
    expect(m.admin).toContain('HTTP-status: 401');
    expect(m.admin).toContain(`Server: ${host}`);
    expect(m.admin).toContain('Incorrect API key provided.');
    expect(m.admin).toContain(nl.llmErrorAdmin.unauthorized);
    // The server got the request: the panel may say what was replaced before it was sent.
    await expect.poll(() => panel.getByTestId('identifiers').count()).toBe(1);
    await m.alert.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: resolve(SHOTS, '360-melding.png') });
    await dismiss(m.alert);

    // Cut-off JSON with text before it: told apart from a well-formed answer of the wrong shape.
    env.llm.enqueue({ raw: 'Hier zijn de waarden: {pols: 88' });
    await suggest();
    m = await details(panel);
    expect(m.text).toBe(nl.llmError['invalid-json']);
    expect(m.admin).toContain(nl.llmErrorAdmin['invalid-json']);
    await dismiss(m.alert);

    await setUserSettings(env.ext, { endpoint: { timeoutMs: 2000 } });
    env.llm.enqueue({ delayMs: 8000, then: { json: {} } });
    await suggest();
    m = await details(panel);
    expect(m.text).toBe(nl.llmError.timeout);
    expect(m.admin).toContain('Time-out: 2 s');
    // The setting it points to exists.
    expect(m.admin).toContain('Time-out (seconden)');
    await dismiss(m.alert);

    await setUserSettings(env.ext, { endpoint: { baseURL: 'http://127.0.0.1:9/v1', timeoutMs: 120_000 } });
    try {
      await suggest();
      m = await details(panel);
      // Port 9 has nothing listening: a refused connection, told apart from an unknown network failure.
      expect(m.text).toBe(nl.llmError['connection-refused']);
      expect(m.admin).toContain('Server: 127.0.0.1:9');
      expect(m.admin).toContain('ollama serve');
      // Nothing reached a server: "verstuurd" is not said.
      expect(await panel.getByTestId('identifiers').count()).toBe(0);
    } finally {
      await setUserSettings(env.ext, { endpoint: { baseURL: env.llm.url } });
    }
    await panel.close();
  });
});

describe('the preview a nurse can read', () => {
  it('shows the text with highlighted placeholders and a replacement list; the raw JSON only under Technische details', async () => {
    const { panel } = await openAndRead(env, 'dossier.html');
    await panel.setViewportSize({ width: 360, height: 760 });
    await panel.getByRole('button', { name: 'Bekijk wat er verstuurd wordt' }).click();
    const text = panel.getByTestId('preview-text');
    await text.waitFor();
    const readable = (await text.textContent()) ?? '';
    expect(readable).toMatch(/\[PERSOON-\d+\]/);
    expect(readable).not.toMatch(/\$schema|anyOf|\\n|"messages"/);
    expect(readable).not.toContain('Heijden');
    expect(await panel.getByTestId('placeholder').count()).toBeGreaterThan(5);
    const summary = (await panel.getByTestId('preview-summary').textContent()) ?? '';
    expect(summary).toMatch(/\d+ namen/);
    expect(summary).toMatch(/\d+ datums? verschoven/);
    expect(summary).toMatch(/1 BSN/);
    // The original is shown here, on click, and only here.
    const bsn = panel.getByTestId('placeholder').filter({ hasText: /\[BSN-\d+\]/ }).first();
    await bsn.click();
    expect(await bsn.textContent()).toContain('204613589');
    const raw = panel.getByTestId('payload-preview');
    expect(await raw.isVisible()).toBe(false);
    await panel.getByText('Technische details').click();
    expect(await raw.isVisible()).toBe(true);
    const body = JSON.parse((await raw.textContent()) ?? '{}');
    expect(body.response_format.type).toBe('json_schema');
    expect(JSON.stringify(body)).not.toContain('204613589');
    expect(env.llm.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
    await expectNoOverflow(panel, 'preview with technical details open');
    await panel.close();
  });
});

describe('drafts that never mix up', () => {
  it('a SOEP draft and an overview summary are both kept and recoverable after closing the panel, each with its time; an interrupted draft is recoverable', async () => {
    const first = await openAndRead(env, 'dossier.html');
    let panel = first.panel;
    await openTab(panel, 'Schrijven');
    await panel.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'SOEP-rapportage' });
    await panel.getByLabel(/Uw eigen korte notities/).fill('Mw. hoest, T 38,2, huisarts gebeld.');
    env.llm.enqueue({ text: 'S: Mw. hoest.\nO: T 38,2.\nE: Koorts.\nP: Huisarts gebeld.', chunks: 3 });
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toContain('P: Huisarts gebeld.');

    await openTab(panel, 'Dossieroverzicht');
    await panel.getByRole('button', { name: 'Voeg toe aan dossieroverzicht' }).click();
    await panel.getByTestId('collection-screens').waitFor();
    env.llm.enqueue({ text: 'Koorts sinds 21-11 [Rapportages].', chunks: 2 });
    await panel.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'Dossiersamenvatting voor de arts' });
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    await expect.poll(() => panel.getByTestId('overzicht-draft-output').inputValue()).toContain('[Rapportages]');
    // The overview's summary did not replace the SOEP draft.
    await openTab(panel, 'Schrijven');
    expect(await panel.getByTestId('draft-output').inputValue()).toContain('P: Huisarts gebeld.');
    expect(await panel.getByTestId('draft-name').textContent()).toBe('SOEP-rapportage');

    // Close the panel and open it again: both are there, each with its time.
    await panel.close();
    panel = await openPanel(env.ext, first.page);
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await panel.getByTestId('client').waitFor();
    await openTab(panel, 'Schrijven');
    await panel.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'SOEP-rapportage' });
    await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toContain('P: Huisarts gebeld.');
    expect(await panel.getByTestId('draft-time').textContent()).toMatch(/^Geschreven op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    await openTab(panel, 'Dossieroverzicht');
    await expect.poll(() => panel.getByTestId('overzicht-draft-output').inputValue()).toContain('[Rapportages]');
    expect(await panel.getByTestId('overzicht-draft-name').textContent()).toBe('Dossiersamenvatting voor de arts');
    expect(await panel.getByTestId('overzicht-draft-time').textContent()).toMatch(/^Geschreven op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);

    // A draft interrupted by closing the panel mid-way is kept, said to be interrupted, and can be kept.
    await openTab(panel, 'Schrijven');
    await panel.getByLabel(/Uw eigen korte notities/).fill('Mw. rustig, sat 96%.');
    env.llm.enqueue({ text: 'S: Mw. voelt zich rustig. O: sat 96%. E: Stabiel. P: Geen actie. '.repeat(6), chunks: 30, chunkDelayMs: 250 });
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    await expect.poll(() => panel.getByTestId('draft-output').inputValue()).toMatch(/^S: Mw\. voelt/);
    await panel.waitForTimeout(600);
    await panel.close();
    panel = await openPanel(env.ext, first.page);
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await panel.getByTestId('client').waitFor();
    await openTab(panel, 'Schrijven');
    await panel.getByTestId('draft-interrupted').waitFor();
    const partial = await panel.getByTestId('draft-output').inputValue();
    expect(partial).toMatch(/^S: Mw\. voelt/);
    // Notes changed since the first SOEP draft: said next to that draft (the interrupted one has the new notes).
    const history = panel.getByTestId('draft-history');
    // Newest first; earlier tests of this browser wrote drafts for this client too.
    const names = await history.locator('option').allTextContents();
    expect(names[0]).toMatch(/^SOEP-rapportage van \d{2}-\d{2}-\d{4} \d{2}:\d{2} — onderbroken$/);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.slice(1).every((n) => /^(SOEP-rapportage|SBAR-overdracht|Dossiersamenvatting voor de arts) van /.test(n))).toBe(true);
    await panel.getByRole('button', { name: 'Bewaar als concept' }).click();
    await expect.poll(() => panel.getByTestId('draft-interrupted').count()).toBe(0);
    expect(await panel.getByTestId('draft-output').inputValue()).toBe(partial);
    const older = (await history.locator('option').nth(1).getAttribute('value'))!;
    await history.selectOption(older);
    await panel.getByTestId('draft-notes-changed').waitFor();
    // Insert names the draft it inserts.
    expect(await panel.locator('fieldset.insert legend').textContent()).toMatch(/^Invoegen in de pagina: SOEP-rapportage van \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    await panel.close();
  });
});

describe('first run and settings', () => {
  it('settings: the test result belongs to its URL, an address without http:// is invalid, one ECD site per line', async () => {
    const options = await env.ext.context.newPage();
    await options.setViewportSize({ width: 360, height: 760 });
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    const address = options.getByLabel('Adres van de server').first();
    await address.waitFor();
    await options.getByRole('button', { name: 'Verbinding testen' }).click();
    await options.getByTestId('connection-ok').waitFor();
    expect(await options.getByTestId('connection-tested').textContent()).toBe(`Getest: ${env.llm.url}`);
    // Another address: the old result is not shown for it.
    await address.fill('localhost:11434/v1');
    expect(await options.getByTestId('connection-ok').count()).toBe(0);
    await options.getByRole('button', { name: 'Verbinding testen' }).click();
    const alert = options.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ongeldig adres: "localhost:11434/v1"');
    expect(await alert.textContent()).not.toMatch(/niet bereik/);
    await address.fill(env.llm.url);
    // The time-out the timeout message points to is here.
    await options.getByLabel('Time-out (seconden)').waitFor();

    const sites = options.getByLabel('Door u ingeschakelde sites');
    await sites.click();
    await sites.pressSequentially('https://ecd.voorbeeld.nl/*');
    await options.keyboard.press('Enter');
    await sites.pressSequentially('https://*.zorg.example/*');
    expect(await sites.inputValue()).toBe('https://ecd.voorbeeld.nl/*\nhttps://*.zorg.example/*');
    await options.close();
  });

  it('without an endpoint or user id the panel guides a short setup (managed by policy: lib/settings firstRun.test.ts)', async () => {
    await setUserSettings(env.ext, { endpoint: undefined, userId: undefined });
    try {
      const page = await env.ext.context.newPage();
      await page.goto(new URL('dossier.html', env.sandbox.url).href);
      const panel = await openPanel(env.ext, page);
      const guide = panel.getByTestId('first-run');
      await guide.waitFor();
      expect(await guide.textContent()).toContain(nl.firstRun.endpoint);
      expect(await guide.textContent()).toContain(nl.firstRun.userId);
      expect(await guide.getByRole('link', { name: 'Instellingen openen' }).getAttribute('href')).toMatch(/options\.html$/);
      await panel.setViewportSize({ width: 360, height: 760 });
      await panel.screenshot({ path: resolve(SHOTS, '360-eerste-keer.png') });
      await panel.close();
    } finally {
      await setUserSettings(env.ext, { endpoint: { provider: 'openai-compatible', baseURL: env.llm.url, model: 'test-model', apiKey: '' }, userId: 'v.devries' });
    }
  });
});
