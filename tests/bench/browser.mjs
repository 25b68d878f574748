// Launching real Chromium for the benchmarks: the same recipe as tests/e2e/harness.ts, in plain Node ESM.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { CHROME_PATH, CHROMIUM_FLAGS as BASE_FLAGS } from '../chromium.mjs';

export { CHROME_PATH };

/** The shared recipe (tests/chromium.mjs), plus what keeps timings free of background noise. */
export const CHROMIUM_FLAGS = [
  ...BASE_FLAGS,
  // A hidden or occluded tab gets its timers throttled; a benchmark tab must run at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Starts Chromium in a fresh temporary profile, optionally with an unpacked extension loaded.
 * Returns the context, the extension's service worker and id (when loaded) and a close() that removes the profile.
 *
 * @param {{ extensionDir?: string, extraArgs?: string[] }} [options]
 */
export async function launchChromium(options = {}) {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: install it or set CHROME_PATH.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'dossierhulp-bench-'));
  const args = [...CHROMIUM_FLAGS, ...(options.extraArgs ?? [])];
  if (options.extensionDir) {
    args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: false, // --headless=new above; Playwright's own headless flag would pick the old mode
    args,
    viewport: { width: 1280, height: 900 },
  });
  let worker = null;
  let extensionId = null;
  if (options.extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a sandbox page and waits until its generator (if any) has finished building the DOM. */
export async function openSandboxPage(context, url, { timeout = 60_000 } = {}) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout });
  if (url.includes('groot-dossier')) await page.waitForSelector('body[data-ready="1"]', { timeout });
  return page;
}

/**
 * A clock of the page's main-thread CPU time (CDP Performance.getMetrics ThreadTime), in ms. Unlike wall time
 * it hardly moves when other processes compete for the CPU, so targets are judged on it. The read itself costs
 * a CDP round trip; callers subtract the CPU of an empty evaluate (see `evaluateOverheadMs`).
 *
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<() => Promise<number>>}
 */
export async function mainThreadClock(cdp) {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const thread = metrics.find((m) => m.name === 'ThreadTime');
    if (!thread) throw new Error('This Chromium reports no ThreadTime metric');
    return thread.value * 1000;
  };
}

/** Median main-thread CPU ms of an evaluate that does nothing: the measuring cost to subtract. */
export async function evaluateOverheadMs(page, clock, samples = 5) {
  const values = [];
  for (let i = 0; i < samples; i++) {
    const before = await clock();
    await page.evaluate(() => 0);
    values.push((await clock()) - before);
  }
  values.sort((a, b) => a - b);
  return values[values.length >> 1];
}
