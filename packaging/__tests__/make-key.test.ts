import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '../../lib/settings/extension-key';

const script = resolve(__dirname, '../make-key.mjs');

/** Recomputed here independently of the script: sha256(DER) → first 32 hex digits → a-p. */
function idOf(derBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(derBase64, 'base64')).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => 'abcdefghijklmnop'[parseInt(digit, 16)]!);
}

describe('npm run make-key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossierhulp-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [script, ...args, '--json'], { encoding: 'utf8' }));

  it('writes a private key only the owner can read and prints the matching public key and ID', () => {
    const out = join(dir, 'org-key.pem');
    const result = run('--out', out);
    expect((statSync(out).mode & 0o777).toString(8)).toBe('600');
    const pem = readFileSync(out, 'utf8');
    const publicDer = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' }).toString('base64');
    expect(result.key).toBe(publicDer);
    expect(result.id).toBe(idOf(result.key));
    expect(result.id).not.toBe(EXTENSION_ID);
  });

  it('reproduces key and ID from an existing private key and never overwrites one', () => {
    const out = join(dir, 'again.pem');
    const made = run('--out', out);
    expect(run('--from', out)).toMatchObject({ key: made.key, id: made.id });
    const before = readFileSync(out, 'utf8');
    const second = spawnSync(process.execPath, [script, '--out', out], { encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('bestaat al');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('explains how to call it when the arguments are wrong', () => {
    const none = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('--out');
    const missing = spawnSync(process.execPath, [script, '--from', join(dir, 'absent.pem')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('bestaat niet');
  });
});
