import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from '../extension-key';

const root = resolve(__dirname, '../../..');

/** Recomputed here independently of the script: sha256(DER) → first 32 hex digits → a-p. */
function idOf(derBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(derBase64, 'base64')).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => 'abcdefghijklmnop'[parseInt(digit, 16)]!);
}

describe('stable extension key', () => {
  it('EXTENSION_ID is derived from EXTENSION_PUBLIC_KEY', () => {
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
    expect(idOf(EXTENSION_PUBLIC_KEY)).toBe(EXTENSION_ID);
  });

  it('is an RSA-2048 public key in DER SubjectPublicKeyInfo form', () => {
    const key = createPublicKey({ key: Buffer.from(EXTENSION_PUBLIC_KEY, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('no private key is committed next to the code or the docs', () => {
    const offenders: string[] = [];
    // Built from parts so that this file does not match itself.
    const marker = ['PRIVATE', 'KEY-----'].join(' ');
    const scan = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) scan(path);
        else if (readFileSync(path, 'utf8').includes(marker)) offenders.push(path);
      }
    };
    for (const dir of ['lib/settings', 'lib/audit', 'lib/db', 'lib/drafts', 'docs', 'public', 'tests/policy', 'packaging']) {
      scan(join(root, dir));
    }
    expect(offenders).toEqual([]);
  });
});
