// Checks corpus files written by an author: markup parses, types are known, BSNs pass the 11-proef.
// Usage: node tests/privacy-corpus/check-authored.mjs <file.ts> [...]
import { build } from 'esbuild';
import { writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const elfProef = (digits) => {
  const d = digits.replace(/\D/g, '');
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
};

const dir = mkdtempSync(join(tmpdir(), 'corpus-check-'));
let failed = false;
for (const file of process.argv.slice(2)) {
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export * from ${JSON.stringify(resolve(file))};\nexport { parseCorpusDoc } from ${JSON.stringify(resolve('tests/privacy-corpus/parse.ts'))};`);
  const out = join(dir, 'out.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  const mod = await import(pathToFileURL(out).href + `?t=${Date.now()}`);
  const docs = mod.docs ?? [];
  const counts = {};
  const ids = new Set();
  for (const source of docs) {
    try {
      const doc = mod.parseCorpusDoc(source);
      if (ids.has(doc.id)) throw new Error('duplicate id');
      ids.add(doc.id);
      for (const e of doc.entities) {
        counts[e.type] = (counts[e.type] ?? 0) + 1;
        if (e.type === 'BSN' && !elfProef(e.text)) throw new Error(`BSN ${e.text} fails the 11-proef: mark it ID or change it`);
      }
    } catch (error) {
      failed = true;
      console.error(`${file} ${source?.id}: ${error.message}`);
    }
  }
  console.log(`${file}: ${docs.length} docs`, JSON.stringify(counts));
}
rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
