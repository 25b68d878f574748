#!/usr/bin/env node
// Makes an organisation's own key pair for Dossierhulp, so the extension gets an ID of its own.
//
//   npm run make-key -- --out /veilige/plek/dossierhulp-key.pem
//   npm run make-key -- --from /veilige/plek/dossierhulp-key.pem   (show the public key and ID again)
//   add --json for machine-readable output
//
// The PRIVATE key (PEM) signs the .crx that `npm run package` makes; keep it secret and never commit it.
// The PUBLIC key goes into the manifest ("key") of that package and fixes the extension ID, which every
// policy file is keyed on.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IdentityError, readSigningKey } from './extensionIdentity.mjs';

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

  if (args.out) {
    if (existsSync(args.out)) fail(`${args.out} bestaat al; kies een ander pad (een bestaande sleutel wordt nooit overschreven).`);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(args.out, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  let key;
  try {
    key = readSigningKey(args.out ?? args.from, args.out ? '--out' : '--from');
  } catch (error) {
    if (error instanceof IdentityError) fail(error.message);
    throw error;
  }

  if (args.json) {
    process.stdout.write(`${JSON.stringify({ key: key.publicKey, id: key.extensionId, privateKeyPath: key.path })}\n`);
    return;
  }
  process.stdout.write(
    [
      `Extensie-ID:   ${key.extensionId}`,
      '',
      'Publieke sleutel (manifest "key"; npm run package zet hem zelf in het manifest):',
      key.publicKey,
      '',
      args.out ? `Private key geschreven naar ${args.out} (alleen leesbaar voor u).` : `Private key gelezen uit ${args.from}.`,
      `Inpakken: npm run package -- --key ${key.path} --base-url https://intranet.zorg.example/dossierhulp/`,
      '',
      'LET OP: de private key is geheim. Zet hem nooit in git of op een gedeelde schijf; bewaar hem in de',
      'kluis van uw organisatie. Wie hem heeft, kan updates maken die de browser als Dossierhulp vertrouwt.',
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
