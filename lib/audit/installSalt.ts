import { storage } from 'wxt/utils/storage';
import { hashClientRef, makeSalt } from './clientHash';

// Browser-bound: extension pages and background only.

/** The per-install salt for client hashes, made once and kept in extension storage. */
export const installSaltItem = storage.defineItem<string>('local:auditSalt', { init: makeSalt });

/**
 * The salt for hashClientRef. Made on first use; call it once from the background on install so
 * that two pages opening at the same moment cannot each make one.
 */
export async function getInstallSalt(): Promise<string> {
  const salt = await installSaltItem.getValue();
  if (salt) return salt;
  const made = makeSalt();
  await installSaltItem.setValue(made);
  return made;
}

/** The salted hash of a client fingerprint with this install's salt; '' when no client was identified. */
export async function clientHashOf(clientFingerprint: string): Promise<string> {
  return clientFingerprint ? hashClientRef(clientFingerprint, await getInstallSalt()) : '';
}
