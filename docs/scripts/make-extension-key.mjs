#!/usr/bin/env node
// Makes an organisation's own key pair for Dossierhulp, so the extension gets an ID of its own.
//
//   node docs/scripts/make-extension-key.mjs --out /veilige/plek/dossierhulp-key.pem
//   node docs/scripts/make-extension-key.mjs --from /veilige/plek/dossierhulp-key.pem   (show key and ID again)
//   add --json for machine-readable output
//
// The PRIVATE key (PEM) signs the .crx you host yourself; keep it secret and never commit it.
// The PUBLIC key goes into lib/settings/extension-key.ts (manifest "key") and fixes the extension ID,
// which every policy file is keyed on.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Chrome's extension ID: SHA-256 of the DER public key, first 32 hex digits, 0-f written as a-p. */
export function extensionIdFromPublicKey(derBase64) {
  const hex = createHash('sha256').update(Buffer.from(derBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

function publicKeyBase64(privateKey) {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
}

function fail(message) {
  process.stderr.write(`Fout: ${message}\n`);
  process.exit(1);
}

function main(argv) {
  const args = { json: argv.includes('--json') };
  for (const flag of ['--out', '--from']) {
    const at = argv.indexOf(flag);
    if (at !== -1) {
      const value = argv[at + 1];
      if (!value || value.startsWith('--')) fail(`${flag} verwacht een pad.`);
      args[flag.slice(2)] = resolve(value);
    }
  }
  if (!args.out === !args.from) {
    fail('geef precies één van --out <pad-voor-nieuwe-private-key.pem> of --from <bestaande-private-key.pem>.');
  }

  let privatePem;
  if (args.from) {
    if (!existsSync(args.from)) fail(`${args.from} bestaat niet.`);
    privatePem = readFileSync(args.from, 'utf8');
    try {
      createPrivateKey(privatePem);
    } catch {
      fail(`${args.from} is geen leesbare private key (PEM).`);
    }
  } else {
    if (existsSync(args.out)) fail(`${args.out} bestaat al; kies een ander pad (een bestaande sleutel wordt nooit overschreven).`);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(args.out, privatePem, { mode: 0o600, flag: 'wx' });
  }

  const key = publicKeyBase64(privatePem);
  const id = extensionIdFromPublicKey(key);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ key, id, privateKeyPath: args.out ?? args.from })}\n`);
    return;
  }
  process.stdout.write(
    [
      `Extensie-ID:   ${id}`,
      '',
      'Publieke sleutel (manifest "key"; zet deze in lib/settings/extension-key.ts):',
      key,
      '',
      'lib/settings/extension-key.ts:',
      `export const EXTENSION_PUBLIC_KEY = '${key}';`,
      `export const EXTENSION_ID = '${id}';`,
      '',
      args.out
        ? `Private key geschreven naar ${args.out} (alleen leesbaar voor u).`
        : `Private key gelezen uit ${args.from}.`,
      'LET OP: de private key is geheim. Zet hem nooit in git of op een gedeelde schijf; bewaar hem in de',
      'kluis van uw organisatie. Wie hem heeft, kan updates maken die de browser als Dossierhulp vertrouwt.',
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
