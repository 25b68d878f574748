// Checks measurement corpus files written by an author against the case schema.
// Usage: node tests/measurement-corpus/check-authored.mjs <file.ts> [...]
import { build } from 'esbuild';
import { writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'mcorpus-check-'));
let failed = false;
for (const file of process.argv.slice(2)) {
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export * from ${JSON.stringify(resolve(file))};\nexport { measurementCaseSchema } from ${JSON.stringify(resolve('tests/measurement-corpus/caseSchema.ts'))};`);
  const out = join(dir, 'out.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  const mod = await import(pathToFileURL(out).href + `?t=${Date.now()}`);
  const cases = mod.cases ?? [];
  const ids = new Set();
  let values = 0;
  for (const c of cases) {
    const r = mod.measurementCaseSchema.safeParse(c);
    if (!r.success) { failed = true; console.error(`${file} ${c?.id}: ${r.error.message}`); continue; }
    if (ids.has(c.id)) { failed = true; console.error(`${file} ${c.id}: duplicate id`); }
    ids.add(c.id);
    values += c.expected.length;
  }
  console.log(`${file}: ${cases.length} cases, ${values} expected values`);
}
rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
