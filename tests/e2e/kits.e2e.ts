import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eEnv } from './fixtures';
import { pageLayerBundle } from './pageBundle';
import { ALL_SANDBOX_PAGES, KIT_PAGES } from './kits/expected';
import { failures, figures, measurePage, openKitPage, table, type PageOutcome } from './kits/measure';
import { isolatedWorld, pageWorld, type World } from './kits/worlds';

/*
 * Issue 17: Dossierhulp on forms built with real component libraries. One browser launch for every page;
 * each page is measured in the page's own world (lib/page bundled) and in the extension's isolated world
 * (the built content script, driven with the panel's messages), each on a fresh load.
 * Prints the per-library table and writes it to test-results/kits.json.
 */
let env: E2eEnv;
let worlds: World[];
const outcomes: PageOutcome[] = [];
const started = Date.now();

beforeAll(async () => {
  const [e, bundle] = await Promise.all([startE2e({ configure: false }), pageLayerBundle()]);
  env = e;
  worlds = [pageWorld(bundle), isolatedWorld(env.ext)];
}, 120_000);

afterAll(async () => {
  if (outcomes.length) {
    console.log(`\n${table(outcomes)}\n\n${failures(outcomes) || 'Geen tekortkomingen.'}\n\nkits e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const dir = resolve(__dirname, '../../test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'kits.json'), JSON.stringify(outcomes.map((o) => ({ ...o, figures: figures(o) })), null, 2));
  }
  await env?.close();
});

describe('component-kit pages: found, filled, undone, nothing unconfirmed, nothing submitted', () => {
  it('measures every library page in both worlds', async () => {
    for (const kit of KIT_PAGES) {
      for (const world of worlds) {
        const page = await openKitPage(env.ext.context, env.sandbox.url, kit.path);
        try {
          outcomes.push(await measurePage(page, kit, world));
        } finally {
          await page.close();
        }
      }
    }
    expect(outcomes.length).toBe(KIT_PAGES.length * 2);
  }, 300_000);

  it.each(KIT_PAGES.map((k) => k.library))('%s meets the thresholds of issue 17 in both worlds', (library) => {
    const measured = outcomes.filter((o) => o.library === library);
    expect(measured.map((o) => o.world)).toEqual(['paginawereld', 'geïsoleerd']);
    for (const outcome of measured) {
      const f = figures(outcome);
      const where = `${library} [${outcome.world}]`;
      expect.soft(f.found / f.total, `${where} gevonden`).toBeGreaterThanOrEqual(0.98);
      expect.soft(f.filled / f.total, `${where} ingevuld`).toBeGreaterThanOrEqual(0.98);
      // Of the undos the product attempts: a field announced before the fill as having no way back to "nothing
      // chosen", whose undo is then refused saying what it holds (FieldOutcome.refusedHonestly), is not one.
      expect.soft(f.undoable ? f.undone / f.undoable : 1, `${where} ongedaan`).toBeGreaterThanOrEqual(0.98);
      expect.soft(f.dishonest, `${where} gemeld als gedaan terwijl het niet zo is`).toBe(0);
      expect.soft(f.unconfirmed, `${where} onbevestigde waarden`).toBe(0);
      expect.soft(f.submits, `${where} opgeslagen`).toBe(0);
    }
  });

  // The figure over all libraries, per world: every undo of a field that changed counts, also one that
  // was refused honestly (a choice whose framework keeps it out of reach, as Angular in production does).
  it.each(['paginawereld', 'geïsoleerd'] as const)('over all libraries ≥ 98%% of undos restore the state [%s], refusals counted as failures', (world) => {
    const all = outcomes.filter((o) => o.world === world).map(figures);
    expect(all.length).toBe(KIT_PAGES.length);
    const undone = all.reduce((n, f) => n + f.undone, 0);
    const changed = all.reduce((n, f) => n + f.changed, 0);
    expect(changed).toBeGreaterThan(50);
    expect(undone / changed, `${undone}/${changed} ongedaan`).toBeGreaterThanOrEqual(0.98);
  });
});

describe('field keys survive a reload on every sandbox page', () => {
  it('same keys after a reload, in every frame', async () => {
    const world = worlds[0]!;
    const differences: string[] = [];
    for (const path of ALL_SANDBOX_PAGES) {
      const keys: string[][] = [];
      for (let load = 0; load < 2; load++) {
        const page = await env.ext.context.newPage();
        try {
          await page.goto(new URL(path, env.sandbox.url).href);
          if (path.startsWith('kits/')) await page.waitForFunction(() => (window as unknown as { __kitReady?: boolean }).__kitReady === true);
          else await page.waitForLoadState('load');
          await world.prepare(page);
          keys.push((await world.scan(page)).map((f) => `${f.frame}:${f.field.key}`).sort());
        } finally {
          await page.close();
        }
      }
      const [a, b] = keys as [string[], string[]];
      const gone = a.filter((k) => !b.includes(k));
      const added = b.filter((k) => !a.includes(k));
      if (gone.length || added.length) differences.push(`${path}: weg ${JSON.stringify(gone)}, nieuw ${JSON.stringify(added)}`);
      if (a.length === 0) differences.push(`${path}: geen velden gevonden`);
    }
    expect(differences, differences.join('\n')).toEqual([]);
  }, 240_000);
});
