#!/usr/bin/env node
// npm run demo: build the extension (the test build, which may reach 127.0.0.1), serve the sandbox ECD on 127.0.0.1 and open Chromium with Dossierhulp loaded.
// `npm run demo -- --check` starts it headless, verifies the extension loaded, saves a screenshot and exits.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../chromium.mjs';
import { startSandboxServer } from '../sandbox/serve.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const extensionDir = join(root, '.output/chrome-mv3-test');
const check = process.argv.includes('--check');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : check ? 0 : 8080;

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

function manualInstructions(url) {
  console.log(`
Geen Chromium/Chrome gevonden. Laad de extensie met de hand:
  1. Open chrome://extensions (of edge://extensions) en zet "Ontwikkelaarsmodus" aan.
  2. Klik "Uitgepakte extensie laden" en kies de map:
       ${extensionDir}
  3. Open de oefenomgeving: ${url}
  4. Klik op het Dossierhulp-icoon (of Alt+Shift+D) om het zijpaneel te openen.
Tip: zet CHROME_PATH naar uw browser. Google Chrome 137+ negeert --load-extension; Chromium en
Chrome for Testing niet.`);
}

console.log('==> Extensie bouwen');
run(process.execPath, ['tests/scripts/build-test.mjs', 'chrome']);
console.log('==> Oefen-ECD (sandbox) bouwen');
run('npm', ['run', 'build:sandbox']);

const sandbox = await startSandboxServer({ port, host: '127.0.0.1' });
console.log(`==> Oefen-ECD draait op ${sandbox.url}`);
const browserPath = findBrowser();
if (!browserPath) {
  manualInstructions(sandbox.url);
  if (check) process.exit(1);
} else if (check) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'dossierhulp-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(new URL('dossier.html', sandbox.url).href);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Lees pagina' }).waitFor({ timeout: 15000 });
  const shot = join(root, 'test-results', 'demo-check.png');
  await panel.screenshot({ path: shot });
  console.log(`OK: extensie ${id} geladen, zijpaneel opent; schermafdruk: ${shot}`);
  await context.close();
  await sandbox.close();
  process.exit(0);
} else {
  const profile = mkdtempSync(join(tmpdir(), 'dossierhulp-demo-'));
  console.log(`==> ${browserPath} starten met Dossierhulp (tijdelijk profiel ${profile})`);
  const child = spawn(
    browserPath,
    [
      `--user-data-dir=${profile}`, '--no-first-run', '--disable-sync',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      sandbox.url,
    ],
    { stdio: 'ignore' },
  );
  console.log('Klik op het Dossierhulp-icoon (Alt+Shift+D) en stel eerst bij Instellingen uw modelserver in.');
  console.log('Stoppen: Ctrl+C.');
  const stop = async () => {
    child.kill();
    await sandbox.close();
    process.exit(0);
  };
  child.on('exit', stop);
  process.on('SIGINT', stop);
}
