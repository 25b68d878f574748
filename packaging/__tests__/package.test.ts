import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOptions } from '../package.mjs';

const script = resolve(__dirname, '../package.mjs');
const dir = mkdtempSync(join(tmpdir(), 'dossierhulp-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keyPath = join(dir, 'org.pem');
writeFileSync(keyPath, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });

/** Runs the packer with a clean environment; every case here is refused before anything is built. */
function pack(args: string[], env: Record<string, string> = {}) {
  const { DOSSIERHULP_SIGNING_KEY: _k, DOSSIERHULP_UPDATE_BASE_URL: _u, DOSSIERHULP_GECKO_ID: _g, ...rest } = process.env;
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...rest, ...env }, timeout: 30_000 });
}

describe('npm run package refuses before building', () => {
  it('without a signing key, in Dutch and English, and makes no key', () => {
    const before = readdirSync(dir);
    const run = pack(['--base-url', 'https://intranet.zorg.example/dossierhulp/', '--out', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Geen ondertekeningssleutel');
    expect(run.stderr).toContain('No signing key');
    expect(readdirSync(dir)).toEqual(before);
  });

  it('with a key path that does not exist, and does not create it', () => {
    const absent = join(dir, 'absent.pem');
    const run = pack(['--base-url', 'https://intranet.zorg.example/'], { DOSSIERHULP_SIGNING_KEY: absent });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('DOSSIERHULP_SIGNING_KEY: het sleutelbestand');
    expect(existsSync(absent)).toBe(false);
  });

  it('without an update address, or with one that is no folder URL', () => {
    const none = pack(['--key', keyPath]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Geen adres voor de updates');
    const bad = pack(['--key', keyPath, '--base-url', 'intranet/dossierhulp']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('geen bruikbaar adres');
  });

  it('with an invalid Firefox add-on ID or an unknown option', () => {
    const gecko = pack(['--key', keyPath, '--base-url', 'https://x.zorg.example/', '--gecko-id', 'dossierhulp']);
    expect(gecko.status).toBe(2);
    expect(gecko.stderr).toContain('geen geldig Firefox-add-on-ID');
    const unknown = pack(['--sleutel', keyPath]);
    expect(unknown.status).toBe(2);
  });
});

describe('readOptions', () => {
  it('takes the key, base URL and add-on ID from the environment, and makes the base URL a folder', () => {
    const options = readOptions([], {
      DOSSIERHULP_SIGNING_KEY: keyPath,
      DOSSIERHULP_UPDATE_BASE_URL: 'https://intranet.zorg.example/dossierhulp',
      DOSSIERHULP_GECKO_ID: 'dossierhulp@zorg.example',
    });
    expect(options.baseUrl).toBe('https://intranet.zorg.example/dossierhulp/');
    expect(options.geckoId).toBe('dossierhulp@zorg.example');
    expect(options.key.path).toBe(keyPath);
    expect(options.out).toMatch(/\.output[/\\]package$/);
  });

  it('lets the command line win over the environment', () => {
    const options = readOptions(['--base-url', 'http://127.0.0.1:8080/', '--key', keyPath], {
      DOSSIERHULP_SIGNING_KEY: join(dir, 'absent.pem'),
      DOSSIERHULP_UPDATE_BASE_URL: 'https://elders.example/',
    });
    expect(options.baseUrl).toBe('http://127.0.0.1:8080/');
    expect(options.geckoId).toBe('dossierhulp@example.org');
  });
});
