import { spawn } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageInfo } from '../../packaging/package.mjs';
import { localHostGrants } from '../../packaging/productionManifest.mjs';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../chromium.mjs';
import { managedPolicySkipReason, writeManagedPolicy, type ManagedPolicy } from './managedPolicy';
import { readZipEntry } from './zipEntry';

// The off-store route an IT admin takes: a throwaway organisation key, `npm run package`, the CRX and
// updates.xml served from 127.0.0.1, ExtensionInstallForcelist plus a 3rdparty policy in
// /etc/chromium/policies/managed, and Chromium started WITHOUT --load-extension.
const root = resolve(__dirname, '../..');
const GECKO_ID = 'dossierhulp-e2e@zorg.example';
const work = mkdtempSync(join(tmpdir(), 'dossierhulp-forceinstall-'));
const keyPath = join(work, 'org-key.pem');
const out = join(work, 'package');

/** The extension ID of a public key (DER), computed here independently of packaging/. */
function idOfDer(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (d) => 'abcdefghijklmnop'[parseInt(d, 16)]!);
}

/** Serves the package folder on 127.0.0.1, recording what Chromium fetched. */
function servePackage(dir: string): Promise<{ server: Server; base: string; fetched: string[] }> {
  const fetched: string[] = [];
  const server = createServer((req, res) => {
    const name = basename(new URL(req.url ?? '/', 'http://x').pathname);
    fetched.push(name);
    const file = join(dir, name);
    if (!name || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = name.endsWith('.crx') ? 'application/x-chrome-extension' : name.endsWith('.xml') ? 'application/xml' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    done({ server, base: `http://127.0.0.1:${port}/dossierhulp/`, fetched });
  }));
}

function runPackage(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'packaging/package.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let served: Awaited<ReturnType<typeof servePackage>>;
let packaged: Awaited<ReturnType<typeof runPackage>>;
let id: string;
let info: PackageInfo;

beforeAll(async () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(keyPath, pem, { mode: 0o600 });
  id = idOfDer(createPublicKey(pem).export({ type: 'spki', format: 'der' }));
  served = await servePackage(out);
  packaged = await runPackage(['--key', keyPath, '--base-url', served.base, '--gecko-id', GECKO_ID, '--out', out]);
  if (packaged.code === 0) info = JSON.parse(readFileSync(join(out, 'package-info.json'), 'utf8'));
}, 300_000);

afterAll(async () => {
  await new Promise((done) => served?.server.close(done));
  rmSync(work, { recursive: true, force: true });
});

describe('npm run package with an organisation key', () => {
  it('signs for the key’s own extension ID and prints it', () => {
    expect(packaged.code, packaged.stderr).toBe(0);
    expect(info.extensionId).toBe(id);
    expect(packaged.stdout).toContain(`Extensie-ID (Chrome/Edge): ${id}`);
    expect(info.forcelistEntry).toBe(`${id};${served.base}updates.xml`);
  });

  it('writes a CRX3 whose manifest key, update manifest and policy examples all name that ID', () => {
    const crx = readFileSync(join(out, info.files.crx));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const zipStart = 12 + crx.readUInt32LE(8);
    const manifest = JSON.parse(readZipEntry(join(out, info.files.crx), 'manifest.json', zipStart));
    expect(idOfDer(Buffer.from(manifest.key, 'base64'))).toBe(id);
    expect(localHostGrants(manifest)).toEqual([]);

    const xml = readFileSync(join(out, 'updates.xml'), 'utf8');
    expect(xml).toContain(`appid="${id}"`);
    expect(xml).toContain(`codebase="${served.base}${info.files.crx}"`);
    expect(xml).toContain(`version="${info.version}"`);

    for (const file of ['chrome-linux.json', 'edge-linux.json']) {
      const policy = JSON.parse(readFileSync(join(out, 'policies', file), 'utf8'));
      expect(Object.keys(policy.ExtensionSettings)).toEqual([id]);
      expect(policy.ExtensionSettings[id].update_url).toBe(info.updateUrl);
      expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    }
    expect(readFileSync(join(out, 'policies/chrome-edge-windows.reg'), 'utf8')).toContain(id);
    expect(readFileSync(join(out, 'LEESMIJ.md'), 'utf8')).toContain(id);
  });

  it('writes the Firefox XPI with the configured add-on ID and a policies.json for it', () => {
    const manifest = JSON.parse(readZipEntry(join(out, info.files.unsignedXpi), 'manifest.json'));
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(localHostGrants(manifest)).toEqual([]);
    const { policies } = JSON.parse(readFileSync(join(out, 'policies/firefox-policies.json'), 'utf8'));
    expect(policies.ExtensionSettings[GECKO_ID].install_url).toBe(`${served.base}${info.files.signedXpi}`);
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
  });
});

const skipReason = managedPolicySkipReason();
if (skipReason) console.warn(`force-install e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('force-install by policy in real Chromium (no --load-extension)', () => {
  let policy: ManagedPolicy | undefined;
  let context: BrowserContext | undefined;
  let worker: Worker;
  const profile = join(work, 'profile');

  beforeAll(async () => {
    expect(packaged.code, packaged.stderr).toBe(0);
    policy = await writeManagedPolicy('dossierhulp-forceinstall-e2e.json', {
      ExtensionInstallForcelist: [info.forcelistEntry],
      // Without it the automation cannot see a policy-installed extension's service worker.
      DeveloperToolsAvailability: 1,
      '3rdparty': {
        extensions: {
          [id]: {
            endpoint: { provider: 'openai-compatible', baseURL: 'https://ai.zorg.example/v1', model: 'beleid-model' },
            allowedEndpointOrigins: ['https://ai.zorg.example'],
            lockedSettings: ['language'],
          },
        },
      },
    });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: false, // --headless=new below, as in tests/chromium.mjs
      // The update manifest is fetched in the background: keep background networking and extensions on.
      args: CHROMIUM_FLAGS.filter((flag) => flag !== '--disable-background-networking'),
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
    });
    const isOurs = (w: Worker) => new URL(w.url()).host === id;
    worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 60_000 }));
  }, 120_000);

  afterAll(async () => {
    try {
      await context?.close();
    } finally {
      policy?.remove();
    }
  });

  it('installs from the organisation’s server as an admin-installed extension', async () => {
    expect(served.fetched).toEqual(expect.arrayContaining(['updates.xml', info.files.crx]));
    const self = await worker.evaluate(() => (globalThis as unknown as { chrome: { management: { getSelf(): Promise<{ id: string; installType: string; version: string }> } } }).chrome.management.getSelf());
    expect(self).toMatchObject({ id, installType: 'admin', version: info.version });
  });

  it('runs, with the policy from 3rdparty applied', async () => {
    // Chromium hands the extension its policy a few seconds after installing it (once the schema is read).
    const effective = () =>
      worker.evaluate(async () => {
        type Resolved = { settings: { endpoint: { baseURL: string; model: string } }; locked: string[] };
        const api = (globalThis as unknown as { dossierhulp: { loadSettings(): Promise<Resolved> } }).dossierhulp;
        const resolved = await api.loadSettings();
        return { ...resolved.settings.endpoint, locked: resolved.locked };
      });
    await expect.poll(effective, { timeout: 30_000, interval: 500 }).toMatchObject({ baseURL: 'https://ai.zorg.example/v1', model: 'beleid-model' });
    expect((await effective()).locked).toEqual(expect.arrayContaining(['endpoint.baseURL', 'language']));
  });

  it('shows the policy setting in its options page as "Beheerd door uw organisatie"', async () => {
    const options = await context!.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const baseUrl = options.getByLabel('Adres van de server').first();
    await expect(baseUrl.inputValue()).resolves.toBe('https://ai.zorg.example/v1');
    expect(await baseUrl.isDisabled()).toBe(true);
    expect(await options.getByText('Beheerd door uw organisatie').count()).toBeGreaterThan(0);
  });
});
