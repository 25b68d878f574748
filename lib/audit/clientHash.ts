const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Salted SHA-256 of a client reference (HMAC-SHA-256 keyed with the per-install salt), as hex.
 * The audit log can tell events for the same client apart from others without holding who it is;
 * without the salt the hash cannot be matched to a client number by trying them all.
 * Returns '' for an empty reference (no client identified on the page).
 *
 * @example await hashClientRef(snapshot.clientFingerprint, await getInstallSalt())
 */
export async function hashClientRef(ref: string, salt: string): Promise<string> {
  if (!ref) return '';
  if (!salt) throw new Error('hashClientRef needs a salt');
  const key = await crypto.subtle.importKey('raw', encoder.encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(ref)));
}

/** 32 random bytes as hex: a new per-install salt. */
export function makeSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)).buffer);
}
