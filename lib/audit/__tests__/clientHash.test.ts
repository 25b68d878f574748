import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hashClientRef, makeSalt } from '../clientHash';
import { getInstallSalt } from '../installSalt';

describe('hashClientRef', () => {
  it('is HMAC-SHA-256 of the reference keyed with the salt, as hex', async () => {
    const expected = createHmac('sha256', 'salt-1').update('Jansen|1941-03-02|123456').digest('hex');
    expect(await hashClientRef('Jansen|1941-03-02|123456', 'salt-1')).toBe(expected);
  });

  it('differs per salt and per client, and is stable for the same pair', async () => {
    const one = await hashClientRef('client', 'salt-1');
    expect(await hashClientRef('client', 'salt-1')).toBe(one);
    expect(await hashClientRef('client', 'salt-2')).not.toBe(one);
    expect(await hashClientRef('other', 'salt-1')).not.toBe(one);
  });

  it('returns an empty hash when no client was identified, and needs a salt', async () => {
    expect(await hashClientRef('', 'salt')).toBe('');
    await expect(hashClientRef('client', '')).rejects.toThrow();
  });

  it('makes random 256-bit salts', () => {
    const a = makeSalt();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(makeSalt()).not.toBe(a);
  });
});

describe('getInstallSalt', () => {
  beforeEach(() => fakeBrowser.reset());

  it('makes the salt once and keeps it in extension storage', async () => {
    const first = await getInstallSalt();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await getInstallSalt()).toBe(first);
    expect(await fakeBrowser.storage.local.get('auditSalt')).toEqual({ auditSalt: first });
  });
});
