import { foldForMatch } from '../dutch';
import type { ClientHeader } from './types';

/**
 * 32-bit FNV-1a of a string as 8 hex digits. Synchronous on purpose: crypto.subtle is async and the
 * fingerprint is needed inside synchronous reads.
 * @example fnv1a('abc') // '1a47e90b'
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function identity(value: string | undefined): string {
  return foldForMatch(value ?? '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Identifies the client on a page from name, birth date and client number, normalised so that spacing,
 * case and punctuation do not matter. '' when there is no client header.
 */
export function clientFingerprint(client: ClientHeader | null): string {
  if (!client) return '';
  const parts = [identity(client.name), identity(client.birthDate), identity(client.clientNumber)];
  if (parts.every((p) => p === '')) return '';
  return fnv1a(parts.join('|'));
}
