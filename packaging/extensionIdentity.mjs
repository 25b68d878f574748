// The extension's identity at build and package time: the organisation's signing key (which fixes the
// Chrome/Edge extension ID through the manifest `key`) and the Firefox add-on ID. Plain ESM, so
// wxt.config.ts, `npm run package` and `npm run make-key` share one definition; types in the .d.mts.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The environment variable that holds the private key: a path to a PEM file, or the PEM text itself. */
export const SIGNING_KEY_ENV = 'DOSSIERHULP_SIGNING_KEY';
/** The environment variable that sets the Firefox add-on ID (`browser_specific_settings.gecko.id`). */
export const GECKO_ID_ENV = 'DOSSIERHULP_GECKO_ID';
/** The add-on ID of builds that do not set one. An organisation that signs its own XPI sets its own. */
export const DEFAULT_GECKO_ID = 'dossierhulp@example.org';

/** A key or ID that cannot be used; the message says what to do, in Dutch and in English. */
export class IdentityError extends Error {
  name = 'IdentityError';
}

/**
 * Chrome's extension ID: SHA-256 of the DER public key, first 32 hex digits, 0-f written as a-p.
 *
 * @example extensionIdFromPublicKey(publicKeyBase64(pem)) // 'knjnalaaihnpahegbfkcbhedkjccefal' for the dev key
 */
export function extensionIdFromPublicKey(derBase64) {
  const hex = createHash('sha256').update(Buffer.from(derBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

/** The manifest `key` for a private key: its public key as base64 DER (SubjectPublicKeyInfo). */
export function publicKeyBase64(privateKey) {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
}

/**
 * Reads the organisation's private key from a path or PEM text, never creating one: CRX packers
 * that make a fresh key when none is found would silently give the package another extension ID.
 * RSA of at least 2048 bits only, since CRX3 packers sign with RSA-SHA256.
 *
 * @param {string} value  a path to a PEM file, or the PEM text (starting with -----BEGIN)
 * @param {string} from   where the value came from, for the error message (e.g. '--key')
 * @example readSigningKey(process.env.DOSSIERHULP_SIGNING_KEY, 'DOSSIERHULP_SIGNING_KEY').extensionId
 */
export function readSigningKey(value, from) {
  const text = value.trim();
  const isPem = text.startsWith('-----BEGIN');
  let pem = text;
  let path = null;
  if (!isPem) {
    path = resolve(text);
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new IdentityError(
        `${from}: het sleutelbestand ${path} bestaat niet. Er wordt geen nieuwe sleutel gemaakt: maak er één met ` +
          `"npm run make-key -- --out <pad>" of geef het pad naar de sleutel van uw organisatie.\n` +
          `${from}: the key file ${path} does not exist. No new key is made: create one with ` +
          `"npm run make-key -- --out <path>" or give the path to your organisation's key.`,
      );
    }
    pem = readFileSync(path, 'utf8');
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    const encrypted = /ENCRYPTED/.test(pem) || /passphrase/i.test(String(error));
    throw new IdentityError(
      encrypted
        ? `${from}: de private key is versleuteld met een wachtwoord. Geef een onversleutelde kopie (bijvoorbeeld uit de kluis, ` +
            `alleen tijdens het inpakken).\n${from}: the private key is encrypted with a passphrase. Give an unencrypted copy.`
        : `${from}: ${path ?? 'de waarde'} is geen leesbare private key (PEM). Maak een sleutel met "npm run make-key -- --out <pad>".\n` +
            `${from}: ${path ?? 'the value'} is not a readable private key (PEM). Make one with "npm run make-key -- --out <path>".`,
    );
  }
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (privateKey.asymmetricKeyType !== 'rsa' || bits < 2048) {
    throw new IdentityError(
      `${from}: de sleutel is geen RSA-sleutel van minstens 2048 bits (gevonden: ${privateKey.asymmetricKeyType} ${bits || ''}). ` +
        `Een .crx wordt met RSA ondertekend.\n${from}: the key is not an RSA key of at least 2048 bits; a .crx is signed with RSA.`,
    );
  }
  const publicKey = publicKeyBase64(privateKey);
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey,
    extensionId: extensionIdFromPublicKey(publicKey),
    path,
  };
}

/**
 * The signing key named by DOSSIERHULP_SIGNING_KEY, or null when it is not set.
 *
 * @example signingKeyFromEnv(process.env)?.publicKey // the manifest key of the organisation's build
 */
export function signingKeyFromEnv(env) {
  const value = env[SIGNING_KEY_ENV];
  return value && value.trim() ? readSigningKey(value, SIGNING_KEY_ENV) : null;
}

/**
 * A Firefox add-on ID as addons.mozilla.org accepts it: an e-mail-like `name@domain` or a GUID in braces.
 *
 * @example isGeckoId('dossierhulp@zorg.example') // true
 */
export function isGeckoId(value) {
  return /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(value) || /^\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}$/.test(value);
}

/**
 * The Firefox add-on ID for this build: `value` (from --gecko-id or DOSSIERHULP_GECKO_ID) or the default.
 *
 * @example geckoIdFrom(process.env.DOSSIERHULP_GECKO_ID, 'DOSSIERHULP_GECKO_ID') // 'dossierhulp@example.org' when unset
 */
export function geckoIdFrom(value, from) {
  const id = value?.trim();
  if (!id) return DEFAULT_GECKO_ID;
  if (!isGeckoId(id)) {
    throw new IdentityError(
      `${from}: "${id}" is geen geldig Firefox-add-on-ID. Gebruik de vorm naam@domein (bijvoorbeeld dossierhulp@zorg.example) ` +
        `of een GUID tussen accolades.\n${from}: "${id}" is not a valid Firefox add-on ID. Use name@domain or a GUID in braces.`,
    );
  }
  return id;
}
