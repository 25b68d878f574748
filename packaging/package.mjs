#!/usr/bin/env node
// npm run package: the packages an organisation hosts itself, signed with its own key.
//
//   npm run package -- --key /veilige/plek/dossierhulp-key.pem --base-url https://intranet.zorg.example/dossierhulp/
//   DOSSIERHULP_SIGNING_KEY=/veilige/plek/dossierhulp-key.pem DOSSIERHULP_UPDATE_BASE_URL=https://… npm run package
//
// Options (each also as an environment variable):
//   --key <pem-file>        DOSSIERHULP_SIGNING_KEY (a path, or the PEM text)   required; never created here
//   --base-url <url>        DOSSIERHULP_UPDATE_BASE_URL: where the files will be served from   required
//   --gecko-id <id>         DOSSIERHULP_GECKO_ID: the Firefox add-on ID (default dossierhulp@example.org)
//   --out <dir>             where to write the package (default .output/package)
//
// Writes: dossierhulp-<version>.crx (CRX3, signed with the key), updates.xml (gupdate, codebase under
// --base-url), dossierhulp-<version>-firefox-unsigned.xpi plus the sources zip for AMO, policies/ with
// force-install and 3rdparty examples keyed on this package's IDs, LEESMIJ.md and package-info.json.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import crx3 from 'crx3';
import { GECKO_ID_ENV, IdentityError, SIGNING_KEY_ENV, geckoIdFrom, readSigningKey } from './extensionIdentity.mjs';
import { chromiumPolicy, firefoxPolicies, forcelistEntry, windowsRegistryFile } from './policyExamples.mjs';
import { localHostGrants } from './productionManifest.mjs';
import { ROOT, runWxt } from './runWxt.mjs';
import { packageReadme } from './packageReadme.mjs';

export const BASE_URL_ENV = 'DOSSIERHULP_UPDATE_BASE_URL';

/** A problem the admin can fix; printed without a stack trace. */
class PackageError extends Error {}

/** The folder the files will be served from, always ending in '/'. */
function readBaseUrl(value, from) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
    throw new PackageError(
      `${from}: "${value}" is geen bruikbaar adres. Geef de map op uw server waar de bestanden komen, bijvoorbeeld ` +
        `https://intranet.zorg.example/dossierhulp/.\n${from}: "${value}" is not a usable address; give the folder on your server.`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Reads the options, refusing before anything is built when the key or the base URL is missing.
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function readOptions(argv, env) {
  const { values } = parseArgs({
    args: argv,
    options: { key: { type: 'string' }, 'base-url': { type: 'string' }, 'gecko-id': { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const keyValue = values.key ?? env[SIGNING_KEY_ENV];
  if (!keyValue?.trim()) {
    throw new PackageError(
      `Geen ondertekeningssleutel. Geef de private key van uw organisatie met --key <pad> of ${SIGNING_KEY_ENV}=<pad of PEM>. ` +
        `Er wordt bewust geen nieuwe sleutel gemaakt: een nieuwe sleutel geeft een ander extensie-ID, waarop uw beleid dan niet past. ` +
        `Een sleutel maken: npm run make-key -- --out <pad>.\n` +
        `No signing key. Give your organisation's private key with --key <path> or ${SIGNING_KEY_ENV}=<path or PEM>. ` +
        `No new key is made on purpose: a new key gives another extension ID, which your policies would not match.`,
    );
  }
  const key = readSigningKey(keyValue, values.key ? '--key' : SIGNING_KEY_ENV);
  const baseValue = values['base-url'] ?? env[BASE_URL_ENV];
  if (!baseValue?.trim()) {
    throw new PackageError(
      `Geen adres voor de updates. Geef met --base-url (of ${BASE_URL_ENV}) de map op uw server waar u de bestanden neerzet, ` +
        `bijvoorbeeld https://intranet.zorg.example/dossierhulp/.\n` +
        `No update address. Give the folder on your server with --base-url (or ${BASE_URL_ENV}).`,
    );
  }
  const baseUrl = readBaseUrl(baseValue.trim(), values['base-url'] ? '--base-url' : BASE_URL_ENV);
  const geckoId = geckoIdFrom(values['gecko-id'] ?? env[GECKO_ID_ENV], values['gecko-id'] ? '--gecko-id' : GECKO_ID_ENV);
  const out = resolve(values.out ?? join(ROOT, '.output/package'));
  return { key, baseUrl, geckoId, out };
}

/** Empties the output folder, but only one this script made (it holds package-info.json) or an empty one. */
function prepareOut(out) {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, 'package-info.json'))) {
      throw new PackageError(`${out} bestaat al en is geen eerdere uitvoer van npm run package; kies met --out een lege map.\n` +
        `${out} exists and is no earlier output of npm run package; choose an empty folder with --out.`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(join(out, 'policies'), { recursive: true });
}

const readManifest = (dir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/**
 * Builds and packages. Returns what package-info.json holds.
 * @param {ReturnType<typeof readOptions>} options
 * @param {(line: string) => void} log
 */
export async function buildPackage({ key, baseUrl, geckoId, out }, log = console.log) {
  prepareOut(out);
  log(`==> Productiebouw voor Chrome/Edge en Firefox (extensie-ID ${key.extensionId}, add-on-ID ${geckoId})`);
  // The key goes to wxt.config.ts as PEM text, so the manifest `key` is the public half of this very key.
  const env = { [SIGNING_KEY_ENV]: key.privateKeyPem, [GECKO_ID_ENV]: geckoId, DOSSIERHULP_TEST_BUILD: '' };
  await Promise.all([runWxt(['build'], env), runWxt(['zip', '-b', 'firefox', '--mv3'], env)]);

  const chromeDir = join(ROOT, '.output/chrome-mv3');
  const firefoxDir = join(ROOT, '.output/firefox-mv3');
  const chromeManifest = readManifest(chromeDir);
  const firefoxManifest = readManifest(firefoxDir);
  if (chromeManifest.key !== key.publicKey) throw new Error('The built manifest key is not the public key of the signing key.');
  if (firefoxManifest.browser_specific_settings?.gecko?.id !== geckoId) throw new Error('The built Firefox add-on ID is not the one asked for.');
  const local = [...localHostGrants(chromeManifest), ...localHostGrants(firefoxManifest)];
  if (local.length > 0) throw new Error(`Not a production build: it grants ${local.join(', ')}.`);
  const version = chromeManifest.version;

  log('==> CRX3 ondertekenen en update manifest schrijven');
  const crxName = `dossierhulp-${version}.crx`;
  const codebase = new URL(crxName, baseUrl).href;
  const updateUrl = new URL('updates.xml', baseUrl).href;
  // crx3 makes a new key when the key file is missing; hand it a file that certainly exists.
  const keyDir = key.path ? null : mkdtempSync(join(tmpdir(), 'dossierhulp-key-'));
  const keyPath = key.path ?? join(keyDir, 'key.pem');
  if (keyDir) writeFileSync(keyPath, key.privateKeyPem, { mode: 0o600 });
  let packed;
  try {
    packed = await crx3([chromeDir], {
      keyPath,
      crxPath: join(out, crxName),
      xmlPath: join(out, 'updates.xml'),
      crxURL: codebase,
      appVersion: version,
    });
  } finally {
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  }
  if (packed.newKey || packed.appId !== key.extensionId) {
    throw new Error(`crx3 signed for ${packed.appId} with ${packed.newKey ? 'a new key' : 'the key'}, expected ${key.extensionId}.`);
  }

  log('==> Firefox-pakket (nog te ondertekenen door addons.mozilla.org)');
  const xpiName = `dossierhulp-${version}-firefox-unsigned.xpi`;
  const signedXpiName = `dossierhulp-${version}-firefox.xpi`;
  const zips = readdirSync(join(ROOT, '.output'));
  const firefoxZip = zips.find((f) => f.endsWith(`-${version}-firefox.zip`));
  const sourcesZip = zips.find((f) => f.endsWith(`-${version}-sources.zip`));
  if (!firefoxZip) throw new Error('wxt zip made no Firefox zip.');
  copyFileSync(join(ROOT, '.output', firefoxZip), join(out, xpiName));
  if (sourcesZip) copyFileSync(join(ROOT, '.output', sourcesZip), join(out, `dossierhulp-${version}-sources.zip`));

  const installUrl = new URL(signedXpiName, baseUrl).href;
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(out, 'policies/chrome-linux.json'), json(chromiumPolicy({ id: key.extensionId, updateUrl, browser: 'chrome' })));
  writeFileSync(join(out, 'policies/edge-linux.json'), json(chromiumPolicy({ id: key.extensionId, updateUrl, browser: 'edge' })));
  writeFileSync(join(out, 'policies/chrome-edge-windows.reg'), windowsRegistryFile({ id: key.extensionId, updateUrl }));
  writeFileSync(join(out, 'policies/firefox-policies.json'), json(firefoxPolicies({ geckoId, installUrl })));

  const info = {
    version,
    extensionId: key.extensionId,
    geckoId,
    baseUrl,
    updateUrl,
    codebase,
    forcelistEntry: forcelistEntry(key.extensionId, updateUrl),
    firefoxInstallUrl: installUrl,
    files: { crx: crxName, updateManifest: 'updates.xml', unsignedXpi: xpiName, signedXpi: signedXpiName },
  };
  writeFileSync(join(out, 'LEESMIJ.md'), packageReadme(info));
  writeFileSync(join(out, 'package-info.json'), json(info));
  return info;
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof PackageError || error instanceof IdentityError || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`npm run package: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  try {
    const info = await buildPackage(options);
    console.log(
      [
        '',
        `Extensie-ID (Chrome/Edge): ${info.extensionId}`,
        `Add-on-ID (Firefox):       ${info.geckoId}`,
        `Update-URL:                ${info.updateUrl}`,
        `ExtensionInstallForcelist: ${info.forcelistEntry}`,
        `Uitvoer:                   ${options.out} (zie LEESMIJ.md)`,
      ].join('\n'),
    );
  } catch (error) {
    process.stderr.write(`npm run package: ${error instanceof PackageError ? error.message : error?.stack ?? error}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
