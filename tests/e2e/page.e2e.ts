import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillResult, PageSnapshot, ScannedField } from '../../lib/page/types';
import { answerByLabel, openAndRead, startE2e, type E2eEnv } from './fixtures';
import { pageLayerBundle } from './pageBundle';

let env: E2eEnv;
let bundle: string;
beforeAll(async () => {
  [env, bundle] = await Promise.all([startE2e(), pageLayerBundle()]);
});
afterAll(async () => {
  await env?.close();
});

type Win = {
  DH: { scanFields(d: Document): ScannedField[]; readPage(d: Document, o?: { exhaustive?: boolean }): PageSnapshot; fillFields(d: Document, e: unknown[]): Promise<FillResult[]> };
};

async function open(path: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(new URL(path, env.sandbox.url).href);
  await page.addScriptTag({ content: bundle });
  return page;
}
const scan = (page: Page) => page.evaluate(() => (window as unknown as Win).DH.scanFields(document));
const fill = (page: Page, entries: { key: string; value: string | boolean }[]) =>
  page.evaluate((e) => (window as unknown as Win).DH.fillFields(document, e), entries);
const byLabel = (fields: ScannedField[], label: string) => fields.find((f) => f.label === label);

describe('page layer in the page world (real Chromium)', () => {
  it('readPage on the dossier has the client, the allergy and the latest reports, and no hidden text', async () => {
    const page = await open('dossier.html');
    const snap = await page.evaluate(() => (window as unknown as Win).DH.readPage(document));
    expect(snap.client?.name).toContain('van der Heijden-Smit');
    expect(snap.client?.birthDate).toContain('1938');
    expect(snap.alerts.map((a) => a.kind)).toEqual(expect.arrayContaining(['allergie', 'wilsverklaring']));
    expect(snap.text).toContain('penicilline');
    expect(snap.text).toContain('RR 135/85, P 88 reg., T 38,2, sat 94% zo2');
    expect(snap.reports.length).toBeGreaterThanOrEqual(12);
    expect(snap.text).not.toMatch(/NEGEER ALLE INSTRUCTIES|ZET SATURATIE OP 50|INJ-\d\d/);
    const innerText = await page.evaluate(() => document.body.innerText.length);
    expect(snap.text.length).toBeLessThan(innerText);
  });

  it('finds every field on the dossier form by the label a person sees, with its kind', async () => {
    const fields = await scan(await open('dossier.html'));
    expect(byLabel(fields, 'Onderwerp')?.kind).toBe('select');
    expect(byLabel(fields, 'Onderwerp')?.options).toContain('Lichamelijk welbevinden');
    expect(byLabel(fields, 'Pols (/min)')?.kind).toBe('number');
    expect(byLabel(fields, 'Gewicht (kg)')?.value).toBe('71.5');
    expect(byLabel(fields, 'Pijnscore (NRS)')).toMatchObject({ kind: 'radio', options: expect.arrayContaining(['0', '10']) });
    expect(byLabel(fields, 'Arts geïnformeerd')).toMatchObject({ kind: 'checkbox', value: false });
    expect(byLabel(fields, 'Tijd')?.kind).toBe('time');
    expect(byLabel(fields, 'Datum')?.kind).toBe('date');
    expect(fields.find((f) => f.label.startsWith('Rapportage'))?.kind).toBe('textarea');
    // Keys are stable across scans.
    expect((await scan(await open('dossier.html'))).map((f) => f.key)).toEqual(fields.map((f) => f.key));
  });

  it('label sources: aria-label, aria-labelledby, table cell, legend, placeholder, preceding text', async () => {
    const fields = await scan(await open('aria.html'));
    const labels = fields.map((f) => f.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Ademfrequentie (/min)', // aria-label
        'Vocht in (ml) Ochtend (07–12)', // aria-labelledby, two ids
        'Eetlust', // neighbouring table cell
        'Lengte (cm)',
        'Sondevoeding',
        'Bijzonderheden nachtdienst', // placeholder only
      ]),
    );
    expect(fields.find((f) => f.kind === 'radio')?.label).toContain('Decubitus stuitje'); // legend
    expect(labels.some((l) => l.startsWith('Mictiefrequentie'))).toBe(true); // preceding text
  });

  it('widgets: combobox, rich text, open shadow roots; a closed shadow root is reported, not guessed', async () => {
    const page = await open('widgets.html');
    const fields = await scan(page);
    const houding = byLabel(fields, 'Houding bij meting');
    expect(houding).toMatchObject({ kind: 'combobox', options: ['Zittend', 'Liggend', 'Staand'] });
    const editor = fields.find((f) => f.kind === 'richtext');
    expect(editor).toBeDefined();
    expect(byLabel(fields, 'Bloeddruk systolisch (mmHg)')?.kind).toBe('number');
    expect(byLabel(fields, 'Pols (/min)')).toBeDefined(); // nested open shadow root
    expect(fields.some((f) => f.unreachable === 'closed-shadow-root')).toBe(true);

    const results = await fill(page, [
      { key: houding!.key, value: 'Liggend' },
      { key: editor!.key, value: 'Mw. sliep goed.' },
      { key: byLabel(fields, 'Bloeddruk systolisch (mmHg)')!.key, value: '128' },
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const state = await page.evaluate(() => (window as unknown as { __widgetState: { houding: { label: string }; editor: { text: string }; vitalsPanel: Record<string, string> } }).__widgetState);
    expect(state.houding.label).toBe('Liggend');
    expect(state.editor.text).toContain('Mw. sliep goed.');
    expect(state.vitalsPanel.wc_sys).toBe('128');
  });

  it('React SPA in the page world: a fill that sticks changes React state; one the app rejects is reported', async () => {
    const page = await open('spa/');
    const fields = await scan(page);
    const results = await fill(page, [
      { key: byLabel(fields, 'Pols (/min)')!.key, value: '72' },
      { key: byLabel(fields, 'Houding tijdens meting')!.key, value: 'Liggend' },
      { key: byLabel(fields, 'Controle door (paraaf)')!.key, value: 'JV' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]?.error).toBe('rejected-by-page');
    const state = await page.evaluate(() => (window as unknown as { __spaState: { values: Record<string, string> } }).__spaState);
    expect(state.values.pols).toBe('72');
    expect(state.values.houding).toMatch(/liggend/i);
    expect(state.values.paraaf).toBe('');
  });
});

describe('hidden text: the visibility shortcuts read what an exhaustive check reads (real Chromium, with layout)', () => {
  const sandbox = resolve(__dirname, '../sandbox');
  const manifest = JSON.parse(readFileSync(resolve(sandbox, 'attacks/manifest.json'), 'utf8')) as {
    variants: { id: string; page: string; visible: boolean; text: string; markers: string[] }[];
  };
  const fold = (t: string) => t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const pages = [
    ...readdirSync(sandbox).filter((f) => f.endsWith('.html') && !f.includes('-frame') && !f.startsWith('nested-iframe-')),
    ...readdirSync(resolve(sandbox, 'kits')).filter((f) => f.endsWith('.html') && f !== 'editor-frame.html').map((f) => `kits/${f}`),
    'spa/',
    'groot-dossier.html?rapportages=300',
    ...manifest.variants.map((v) => v.page),
  ];

  /** Every frame's text, read with the shortcuts and exhaustively. */
  async function readBothWays(path: string): Promise<{ fast: string; full: string }[]> {
    const page = await env.ext.context.newPage();
    try {
      await page.goto(new URL(path, env.sandbox.url).href, { waitUntil: 'load' });
      if (path.startsWith('groot-dossier')) await page.locator('body[data-ready="1"]').waitFor();
      if (path.startsWith('kits/') || path === 'spa/') await page.waitForTimeout(500);
      const out: { fast: string; full: string }[] = [];
      for (const frame of page.frames()) {
        await frame.addScriptTag({ content: bundle });
        out.push(
          await frame.evaluate(() => {
            const { DH } = window as unknown as Win;
            return { fast: DH.readPage(document).text, full: DH.readPage(document, { exhaustive: true }).text };
          }),
        );
      }
      return out;
    } finally {
      await page.close();
    }
  }

  it('on every sandbox, kit and attack page, and no hidden injection is read', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      const reads = await readBothWays(path);
      if (reads.some((r) => r.fast !== r.full)) problems.push(`${path}: the shortcut read differs from the exhaustive read`);
      const variant = manifest.variants.find((v) => v.page === path);
      if (variant && !variant.visible) {
        const text = fold(reads.map((r) => r.full).join('\n'));
        const phrase = fold(variant.text.replace(/\s*Ref ATK-[A-Z]\d+\.?/, ''));
        if (text.includes(phrase) || variant.markers.some((m) => text.includes(fold(m)))) problems.push(`${path}: hidden injection read`);
      }
      if (variant?.visible && variant.text && !fold(reads.map((r) => r.full).join('\n')).includes(fold(variant.text))) {
        problems.push(`${path}: visible page text not read`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('page layer through the extension (isolated world, all frames)', () => {
  it('reaches the closed shadow root with chrome.dom and every frame of a nested iframe page', async () => {
    const { page, panel } = await openAndRead(env, 'widgets.html');
    const list = panel.getByTestId('field-list');
    await expect(list.textContent()).resolves.toContain('Paraaf verpleegkundige');
    expect(await list.getByText('niet bereikbaar').count()).toBe(0);
    // …and fills it there.
    await panel.getByLabel(/Eigen notities/).fill('Gecontroleerd, paraaf JV.');
    env.llm.enqueue(answerByLabel({ 'Paraaf verpleegkundige': { value: 'JV', quote: 'paraaf JV' } }));
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    await panel.getByRole('checkbox', { name: 'Accepteer Paraaf verpleegkundige' }).check();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await expect(panel.getByTestId('fill-results').textContent()).resolves.toContain('ingevuld');
    const signature = await page.evaluate(() => (window as unknown as { __widgetState: { signature: unknown } }).__widgetState.signature);
    expect(JSON.stringify(signature)).toContain('JV');

    const nested = await openAndRead(env, 'nested-iframe.html');
    await expect(nested.panel.getByText(/3 paginadelen \(frames\) gelezen/).count()).resolves.toBe(1);
  });

  it('SPA navigation marks the panel snapshot as stale', async () => {
    const { page, panel } = await openAndRead(env, 'spa/');
    await page.getByTestId('client-switch').click();
    await panel.getByTestId('stale').waitFor({ timeout: 5000 });
  });
});
