import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxServer } from '../sandbox/serve.mjs';
import { startTestLlmServer, type TestLlmServer } from '../llm-server/server.mjs';
import { answerByLabel } from './fixtures';
import { assertTestBuild } from './harness';

// The Firefox build in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi. The add-on is
// installed unpacked (temporary, so unsigned is fine with xpinstall.signatures.required off), its moz-extension
// UUID is fixed by a pref so its pages can be opened, and --remote-allow-system-access lets the automation
// navigate to them. The side panel is Firefox's sidebar; like the Chromium tests, it is opened as a tab
// aimed at the page's tab id. The test build's host permissions (127.0.0.1, localhost) are granted on
// install, so the extension reaches the sandbox and the test model server without a prompt.
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(__dirname, '../../.output/firefox-mv3-test');
const skipReason = existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
if (skipReason) console.warn(`Firefox e2e skipped: ${skipReason}`);

const uuid = randomUUID();
const work = mkdtempSync(join(tmpdir(), 'dossierhulp-firefox-'));
let firefox: Browser;
let control: Page; // an extension page (options.html) for the WebExtension API: tabs, background page
let llm: TestLlmServer;
let sandbox: { url: string; close(): Promise<void> };
let addonId: string;

// WebDriver BiDi does not report console errors of moz-extension pages, so Firefox's own output is read:
// uncaught errors carry the moz-extension:// URL, console.error calls are printed by devtools.console.stdout.content.
const output: string[] = [];
let checked = 0;
const isExtensionError = (line: string) => line.startsWith(`JavaScript error: moz-extension://${uuid}/`) || line.startsWith('console.error:');
const newErrors = () => output.slice(checked).filter(isExtensionError);

/** `::-p-aria` selector by role and accessible name, as the Chromium tests' getByRole. */
const role = (kind: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role="${kind}"])`;

/** Opens a page of the extension. BiDi loses track of the load when a tab switches to the extension's process, so only the navigation is awaited (waitUntil: []) and then the document. */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(`moz-extension://${uuid}/${path}`, { waitUntil: [] });
  await page.waitForFunction((p: string) => location.pathname === `/${p.split('?')[0]}` && document.readyState === 'complete', {}, path);
  return page;
}

/** The WebExtension API of the extension page `control` (the page's own `browser` global). */
type WebExtensionApi = {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { getBackgroundPage(): Promise<{ dossierhulp: { saveUserSettings(p: unknown): Promise<{ ok: boolean; code?: string }> } }> };
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } };
};

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await control.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
    const ids = (await api.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
    return ids.length ? Math.max(...ids) : null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens a sandbox page, the panel aimed at its tab, and reads the page. */
async function openAndRead(path: string): Promise<{ page: Page; panel: Page }> {
  const page = await firefox.newPage();
  await page.goto(new URL(path, sandbox.url).href);
  const panel = await openExtensionPage(`sidepanel.html?tabId=${await tabIdOf(page)}`);
  await panel.locator(role('button', 'Lees pagina')).click();
  await panel.waitForSelector('[data-testid="client"]');
  return { page, panel };
}

describe.skipIf(skipReason !== null)('Dossierhulp in real Firefox (firefox-esr, WebDriver BiDi)', () => {
  beforeAll(async () => {
    assertTestBuild(EXTENSION_DIR);
    addonId = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
    [llm, sandbox] = await Promise.all([startTestLlmServer(), startSandboxServer()]);

    // Firefox's managed storage comes from enterprise policy: policies.json → 3rdparty → Extensions → id.
    // Firefox reads a policies.json outside its install folder (browser.policies.alternatePath) only when it
    // runs "in automation": the security.turn_off_all_security… pref together with MOZ_DISABLE_NONLOCAL_CONNECTIONS.
    // That keeps this policy inside this test's profile instead of /etc/firefox-esr/policies for the machine.
    const policyFile = join(work, 'policies.json');
    writeFileSync(policyFile, JSON.stringify({
      policies: { '3rdparty': { Extensions: { [addonId]: { userId: 'ff-beleid', language: 'nl', lockedSettings: ['language'] } } } },
    }));

    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        'browser.policies.alternatePath': policyFile,
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
        'devtools.console.stdout.content': true,
      },
    });
    for (const stream of [firefox.process()?.stdout, firefox.process()?.stderr]) {
      let rest = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        output.push(...lines);
      });
    }
    await firefox.installExtension(EXTENSION_DIR);
    control = await openExtensionPage('options.html');
    const saved = await control.evaluate(async (baseURL: string) => {
      // The background page's hook is the options page's own validated save (entrypoints/background.ts).
      const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      const background = await api.runtime.getBackgroundPage();
      return background.dossierhulp.saveUserSettings({ endpoint: { provider: 'openai-compatible', baseURL, model: 'test-model', apiKey: '' } });
    }, llm.url);
    expect(saved).toMatchObject({ ok: true });
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
    await Promise.all([llm?.close(), sandbox?.close()]);
    rmSync(work, { recursive: true, force: true });
  });

  beforeEach(() => llm.reset());
  afterEach(() => {
    const errors = newErrors();
    checked = output.length;
    expect(errors, 'errors in Firefox output').toEqual([]);
  });

  it('sees an error thrown in an extension page in the output of Firefox (so the check after each test is not blind)', async () => {
    await control.evaluate(() => {
      setTimeout(() => {
        throw new Error('dossierhulp-e2e-probe');
      });
    });
    await expect.poll(() => newErrors().join('\n'), { timeout: 10_000 }).toContain('dossierhulp-e2e-probe');
    checked = output.length;
  });

  it('reads the policy from policies.json (3rdparty → Extensions) through storage.managed and shows it as managed', async () => {
    const managed = await control.evaluate(() => (globalThis as unknown as { browser: WebExtensionApi }).browser.storage.managed.get(null));
    expect(managed).toMatchObject({ userId: 'ff-beleid', lockedSettings: ['language'] });
    await control.reload({ waitUntil: [] });
    await control.waitForFunction(() => document.body.innerText.includes('Beheerd door uw organisatie'));
    const language = await control.waitForSelector(role('combobox', 'Taal'));
    expect(await language!.evaluate((el) => (el as HTMLSelectElement).disabled)).toBe(true);
  });

  it('renders the sidebar page for a tab', async () => {
    const page = await firefox.newPage();
    await page.goto(new URL('dossier.html', sandbox.url).href);
    const panel = await openExtensionPage(`sidepanel.html?tabId=${await tabIdOf(page)}`);
    await panel.waitForSelector(role('button', 'Lees pagina'));
    expect(await panel.evaluate(() => document.title)).toBe('Dossierhulp');
  });

  it('server-rendered dossier: reads the page, suggests from the test server, and a confirmed fill lands in the form', async () => {
    const { page, panel } = await openAndRead('dossier.html');
    expect(await panel.$eval('[data-testid="client"]', (el) => el.textContent)).toContain('van der Heijden-Smit');
    llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 88, quote: 'P 88 reg.' }, 'Saturatie (%)': { value: 94, quote: 'sat 94% zo2' } }));
    await panel.locator(role('button', 'Stel velden voor')).click();
    await panel.waitForSelector('[data-testid="review-table"]');
    const chat = llm.requests.find((r) => r.path.endsWith('/chat/completions'));
    expect(chat?.body.model).toBe('test-model');
    expect(chat?.body.response_format?.type).toBe('json_schema');

    await panel.locator(role('checkbox', 'Accepteer Pols (/min)')).click();
    await panel.locator(role('button', 'Invullen (1)')).click();
    await panel.waitForSelector('[data-testid="fill-results"]');
    expect(await page.$eval('#meting_pols', (el) => (el as HTMLInputElement).value)).toBe('88');
    expect(await page.$eval('#meting_spo2', (el) => (el as HTMLInputElement).value)).toBe('');
    // The page's own listeners saw the change, and nothing was submitted.
    const events = await page.evaluate(() => (window as unknown as { __sandboxFieldEvents: { field: string }[] }).__sandboxFieldEvents);
    expect(events.some((e) => e.field === 'meting_pols')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __sandboxSubmitted: boolean }).__sandboxSubmitted)).toBe(false);
  });

  it('React SPA: a confirmed fill changes React state', async () => {
    const { page, panel } = await openAndRead('spa/');
    llm.enqueue(answerByLabel({ 'Pols (/min)': { value: 64, quote: 'P 64 reg.' } }));
    await panel.locator(role('button', 'Stel velden voor')).click();
    await panel.locator(role('checkbox', 'Accepteer Pols (/min)')).click();
    await panel.locator(role('button', 'Invullen (1)')).click();
    await panel.waitForSelector('[data-testid="fill-results"]');
    const state = await page.evaluate(() => (window as unknown as { __spaState: { values: Record<string, string> } }).__spaState);
    expect(state.values.pols).toBe('64');
  });
});
