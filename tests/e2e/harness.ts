import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { CHROME_PATH, CHROMIUM_FLAGS } from '../chromium.mjs';

export { CHROME_PATH, CHROMIUM_FLAGS };
/** The test build (`npm run build:test`): the production build plus host access to the local test servers. */
export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3-test');

/** Throws unless `dir` holds a test build, so a production build is never tested by mistake. */
export function assertTestBuild(dir: string): void {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${dir}: run "npm run build:test" first (npm run test:e2e does).`);
  }
  const hosts: string[] = JSON.parse(readFileSync(manifestPath, 'utf8')).host_permissions ?? [];
  if (!hosts.includes('http://127.0.0.1/*')) {
    throw new Error(`${dir} is not a test build (no host access to 127.0.0.1): run "npm run build:test".`);
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Starts real Chromium with the built extension loaded, in a fresh profile. With `profile`, in that
 * user-data-dir, which close() then keeps: launch twice on one directory to restart the browser.
 */
export async function launchWithExtension(extraArgs: string[] = [], options: { profile?: string } = {}): Promise<ExtensionBrowser> {
  assertTestBuild(EXTENSION_DIR);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'dossierhulp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: false, // --headless=new below; Playwright's own headless flag would pick another mode
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...extraArgs],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing `page` (the panel needs it, since it is opened as a page here). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (u: string) => {
    type Tab = { id?: number; url?: string };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    // The newest tab with this URL: earlier tests may have left the same page open.
    const ids = tabs.filter((t) => t.url === u).map((t) => t.id ?? -1);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens the side panel as a page aimed at `target`'s tab, as Playwright cannot drive the real side panel. */
export async function openPanel(ext: ExtensionBrowser, target: Page): Promise<Page> {
  const tabId = await tabIdOf(ext, target);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Writes user settings straight into extension storage, as the options page would. */
export async function setUserSettings(ext: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  const result = await ext.worker.evaluate(async (p: Record<string, unknown>) => {
    // The service worker exposes the options page's own validated save.
    const api = (globalThis as unknown as { dossierhulp?: { saveUserSettings(p: unknown): Promise<{ ok: boolean; code?: string }> } }).dossierhulp;
    if (!api) throw new Error('dossierhulp hook missing in service worker');
    return api.saveUserSettings(p);
  }, patch);
  // A refused save would leave the test running on other settings than it thinks.
  if (!result.ok) throw new Error(`saveUserSettings refused ${JSON.stringify(patch)}: ${result.code}`);
}

/**
 * Sets managed policy for this browser through the test build's policy layer (storage.local, read only by
 * test builds), so tests need not write the machine-wide policy directory. null removes it.
 */
export async function setTestPolicy(ext: ExtensionBrowser, policy: Record<string, unknown> | null): Promise<void> {
  await ext.worker.evaluate(async (p: Record<string, unknown> | null) => {
    const api = (globalThis as unknown as { dossierhulp?: { setTestPolicy?(p: unknown): Promise<void> } }).dossierhulp;
    if (!api?.setTestPolicy) throw new Error('No test policy hook: this is not a test build. Build with DOSSIERHULP_TEST_BUILD=1 (npm run build:test).');
    await api.setTestPolicy(p);
  }, policy);
}

/** The extension's local audit log, read straight from its IndexedDB in the service worker. */
export async function localAuditEvents(ext: ExtensionBrowser): Promise<Array<Record<string, unknown>>> {
  return ext.worker.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('dossierhulp');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Array<Record<string, unknown>>);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
