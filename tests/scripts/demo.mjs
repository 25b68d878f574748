#!/usr/bin/env node
// npm run demo: build the extension (the test build, which may reach 127.0.0.1), serve the sandbox ECD and the
// demo model on 127.0.0.1, and open Chromium
// with Dossierhulp loaded and configured to use that demo model, so a newcomer sees read → suggest → fill →
// draft without installing anything else. The demo model (tests/llm-server/demoModel.mjs) answers
// deterministically from what it receives; the panel labels it "Demomodel — geen echte AI".
//
//   npm run demo                      interactive; stop with Ctrl+C or by closing the browser
//   npm run demo -- --check           headless: read → suggest → fill → draft, exit 1 if a step fails
//   npm run demo -- --check --skip-build   (the e2e run, which has built everything already)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../chromium.mjs';
import { DEMO_MODEL, demoAnswer } from '../llm-server/demoModel.mjs';
import { startTestLlmServer } from '../llm-server/server.mjs';
import { startSandboxServer } from '../sandbox/serve.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const extensionDir = join(root, '.output/chrome-mv3-test');
const argv = process.argv.slice(2);
const check = argv.includes('--check');
const skipBuild = argv.includes('--skip-build');
// For the e2e test of the check itself: the panel is pointed at a port where no model answers.
const breakModel = argv.includes('--break-model');
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const port = option('--port', check ? 0 : 8080);
const modelPort = option('--model-port', check ? 0 : 11435);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function findBrowser() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    '/usr/bin/microsoft-edge',
  ];
  return candidates.find((p) => p && existsSync(p));
}

function manualInstructions(sandboxUrl, modelUrl) {
  console.log(`
Geen Chromium/Chrome gevonden. Laad de extensie met de hand:
  1. Open chrome://extensions (of edge://extensions) en zet "Ontwikkelaarsmodus" aan.
  2. Klik "Uitgepakte extensie laden" en kies de map:
       ${extensionDir}
  3. Open bij Instellingen van Dossierhulp: Adres van de server ${modelUrl}, Model ${DEMO_MODEL}.
  4. Open de oefenomgeving: ${sandboxUrl}
  5. Klik op het Dossierhulp-icoon (of Alt+Shift+D) om het zijpaneel te openen.
Tip: zet CHROME_PATH naar uw browser. Google Chrome 137+ negeert --load-extension; Chromium en
Chrome for Testing niet.`);
}

/** The extension's own validated save, through its service worker (as the options page saves). */
async function configure(worker, modelUrl) {
  const result = await worker.evaluate(
    async ({ baseURL, model }) =>
      globalThis.dossierhulp.saveUserSettings({ endpoint: { provider: 'openai-compatible', baseURL, model, apiKey: '' }, userId: 'demo' }),
    { baseURL: modelUrl, model: DEMO_MODEL },
  );
  if (!result.ok) throw new Error(`de extensie weigerde de demo-instellingen (${result.code})`);
}

async function tabIdOf(worker, url) {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const ids = tabs.filter((t) => t.url === u).map((t) => t.id ?? -1);
    return ids.length ? Math.max(...ids) : null;
  }, url);
}

/** read → suggest → fill → draft in the panel, each step said as it passes; throws at the first that fails. */
async function checkFlow(context, worker, id, sandboxUrl) {
  const step = async (name, fn) => {
    try {
      const detail = await fn();
      console.log(`OK: ${name}${detail ? ` (${detail})` : ''}`);
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };
  const page = await context.newPage();
  const pageUrl = new URL('dossier.html', sandboxUrl).href;
  await page.goto(pageUrl);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 800 });
  await step(`extensie ${id} geladen, zijpaneel opent`, async () => {
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${await tabIdOf(worker, pageUrl)}`);
    await panel.getByRole('button', { name: 'Lees pagina' }).waitFor({ timeout: 15_000 });
    await panel.getByTestId('demo-badge').waitFor({ timeout: 5_000 });
    return (await panel.getByTestId('demo-badge').textContent())?.trim();
  });
  await step('lezen', async () => {
    await panel.getByRole('button', { name: 'Lees pagina' }).click();
    await panel.getByTestId('client').waitFor({ timeout: 15_000 });
    return (await panel.getByTestId('client').textContent())?.replace(/\s+/g, ' ').trim();
  });
  await step('voorstellen', async () => {
    await panel.getByRole('button', { name: 'Stel velden voor' }).click();
    const row = panel.getByTestId('review-row').first();
    const alert = panel.getByRole('alert').first();
    await row.or(alert).waitFor({ timeout: 30_000 });
    if (!(await row.isVisible())) throw new Error((await alert.locator('.message-text').textContent()) ?? 'een melding');
    return `${await panel.getByTestId('review-row').count()} voorstellen`;
  });
  await step('invullen', async () => {
    await panel.getByRole('button', { name: /Alles accepteren/ }).click();
    await panel.getByRole('button', { name: /^Invullen/ }).click();
    await panel.getByTestId('fill-results').waitFor({ timeout: 20_000 });
    const pols = await page.inputValue('#meting_pols');
    if (!pols) throw new Error('het veld Pols is leeg gebleven');
    return `Pols ${pols}; ${(await panel.getByTestId('fill-summary').textContent())?.trim()}`;
  });
  await step('concept schrijven', async () => {
    await panel.getByRole('tab', { name: 'Schrijven' }).click();
    await panel.getByLabel('Sjabloon').selectOption({ label: 'SOEP-rapportage' });
    await panel.getByLabel(/Uw eigen korte notities/).fill('Mw. had pijn in de li heup, NRS 6. RR 135/85.');
    await panel.getByRole('button', { name: 'Schrijf concept' }).click();
    const output = panel.getByTestId('draft-output');
    const deadline = Date.now() + 30_000;
    while (!(await output.count()) || !/\nP: /.test(await output.inputValue())) {
      if (Date.now() > deadline) throw new Error('geen concept binnen 30 s');
      await panel.waitForTimeout(200);
    }
    return (await output.inputValue()).split('\n')[0];
  });
  const shot = join(root, 'test-results', 'demo-check.png');
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await panel.screenshot({ path: shot, fullPage: true });
  console.log(`OK: alles gelukt; schermafdruk: ${shot}`);
}

if (!skipBuild) {
  console.log('==> Extensie bouwen (testbuild)');
  run(process.execPath, ['tests/scripts/build-test.mjs', 'chrome']);
  console.log('==> Oefen-ECD (sandbox) bouwen');
  run('npm', ['run', 'build:sandbox']);
}

const sandbox = await startSandboxServer({ port, host: '127.0.0.1' });
const model = await startTestLlmServer({ port: modelPort, host: '127.0.0.1', models: [DEMO_MODEL] });
model.setHandler(demoAnswer);
console.log(`==> Oefen-ECD draait op ${sandbox.url}`);
console.log(`==> Demomodel (geen echte AI: neemt waarden letterlijk uit de tekst over) draait op ${model.url}`);
const stopServers = () => Promise.all([sandbox.close(), model.close()]);

const browserPath = findBrowser();
if (!browserPath) {
  manualInstructions(sandbox.url, model.url);
  if (check) {
    await stopServers();
    process.exit(1);
  }
} else {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'dossierhulp-demo-'));
  const extension = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    viewport: check ? { width: 1280, height: 900 } : null,
    args: check
      ? [...CHROMIUM_FLAGS, ...extension]
      : ['--no-first-run', '--disable-sync', ...extension, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    await stopServers();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    await configure(worker, breakModel ? 'http://127.0.0.1:9/v1' : model.url);
    if (check) {
      await checkFlow(context, worker, id, sandbox.url);
      await cleanup();
      process.exit(0);
    }
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL('dossier.html', sandbox.url).href);
    console.log(`==> ${browserPath} draait met Dossierhulp (tijdelijk profiel ${profile}), ingesteld op het demomodel.`);
    console.log('Klik op het Dossierhulp-icoon (Alt+Shift+D), dan "Lees pagina" en "Stel velden voor".');
    console.log('Stoppen: Ctrl+C of sluit de browser.');
    const stop = async () => {
      await cleanup();
      process.exit(0);
    };
    context.on('close', () => void stop());
    process.on('SIGINT', () => void stop());
  } catch (error) {
    console.error(`MISLUKT: ${error instanceof Error ? error.message : String(error)}`);
    await cleanup();
    process.exit(1);
  }
}
