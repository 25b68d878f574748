export const SIGNING_KEY_ENV: 'DOSSIERHULP_SIGNING_KEY';
export const GECKO_ID_ENV: 'DOSSIERHULP_GECKO_ID';
export const DEFAULT_GECKO_ID: string;
export class IdentityError extends Error {}
export interface SigningKey {
  /** PKCS#8 PEM of the private key. */
  privateKeyPem: string;
  /** The manifest `key`: base64 DER SubjectPublicKeyInfo. */
  publicKey: string;
  /** The Chrome/Edge extension ID that follows from the key. */
  extensionId: string;
  /** The file the key was read from, or null when it was given as PEM text. */
  path: string | null;
}
export function extensionIdFromPublicKey(derBase64: string): string;
export function publicKeyBase64(privateKey: string | import('node:crypto').KeyObject): string;
export function readSigningKey(value: string, from: string): SigningKey;
export function signingKeyFromEnv(env: Record<string, string | undefined>): SigningKey | null;
export function isGeckoId(value: string): boolean;
export function geckoIdFrom(value: string | undefined, from: string): string;
