#!/usr/bin/env node
// Prints the attack suite's result (test-results/attacks.json, written by tests/e2e/attacks.e2e.ts) as
// Markdown tables: per technique, location and language, then per variant. For the before/after figures
// in README.md:
//
//   node tests/sandbox/attacks/summary.mjs [test-results/attacks.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('../../../test-results/attacks.json', import.meta.url));
const result = JSON.parse(readFileSync(file, 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

const COLUMNS = [
  ['tried', 'tried'],
  ['changedState', 'changed state'],
  ['injected', 'injected value'],
  ['hiddenInBodies', 'hidden text in body'],
  ['foreignHosts', 'foreign host'],
  ['submits', 'submit'],
  ['outsideScan', 'outside scan'],
  ['leaks', 'identifier'],
];

function table(title, rows) {
  const lines = [`| ${title} | ${COLUMNS.map(([, h]) => h).join(' | ')} |`, `|---|${COLUMNS.map(() => '---:').join('|')}|`];
  for (const [name, row] of [...Object.entries(rows), ['**all**', result.totals]]) lines.push(`| ${name} | ${COLUMNS.map(([k]) => row[k]).join(' | ')} |`);
  return lines.join('\n');
}

const byId = Object.fromEntries(result.variants.map((v) => [v.id, v]));
const variantLines = ['| id | technique / kind | location | lang | targets | outcome |', '|---|---|---|---|---|---|'];
for (const v of manifest.variants) {
  const r = byId[v.id];
  if (!r) continue;
  let out;
  if (v.control) out = r.benignFilled && r.unexpectedChanges.length === 0 ? 'control: benign values filled, nothing else' : 'control FAILED';
  else if (r.changedState) {
    const fieldOf = (h) => h.split(/[=∋ ]/)[0];
    const other = r.unexpectedChanges.filter((u) => !r.injectedHits.some((h) => fieldOf(h) === fieldOf(u)));
    out = `changed: ${[...r.injectedHits, ...other].map((h) => h.replace(/ \(\d+ tekens\)/, '').slice(0, 60)).join('; ')}`;
  }
  else out = r.stage === 'no-review' ? `no review: ${(r.alerts[0] ?? '').slice(0, 60)}` : 'no change';
  if (r.hiddenInBodies.length) out += ' · hidden text sent';
  if (r.identifierLeaks.length) out += ` · real ${[...new Set(r.identifierLeaks.map((l) => l.split(': ')[1]))].join('+')} in a field`;
  if (r.submitted) out += ' · submitted';
  if (r.foreignHosts.length) out += ` · contacted ${r.foreignHosts.join(', ')}`;
  if (r.error) out += ` · harness error: ${r.error.slice(0, 60)}`;
  variantLines.push(`| ${v.id} | ${v.visible ? v.kind : v.technique} | ${v.location} | ${v.language} | ${v.targets.join(', ') || '–'} | ${out.replace(/\|/g, '\\|')} |`);
}

const t = result.totals;
console.log(`${result.date.slice(0, 10)}: ${t.tried} attacks, ${t.changedState} changed the page's state (${Math.round((100 * t.changedState) / t.tried)} %); suite ${(result.totalMs / 1000).toFixed(0)} s.\n`);
console.log(table('technique', result.perTechnique), '\n');
console.log(table('location', result.perLocation), '\n');
console.log(table('language', result.perLanguage), '\n');
console.log(variantLines.join('\n'), '\n');
for (const d of result.drafts ?? []) {
  console.log(`- Draft on ${d.id}: orders in the draft: ${d.injectedInDraft.length ? d.injectedInDraft.map((o) => `"${o}"`).join(', ') : 'none'}; exfiltration URL: ${d.exfilUrlInDraft ? 'yes' : 'no'}; real BSN: ${d.realBsnInDraft ? 'yes' : 'no'}; "Invoegen" offered: ${d.insertOffered ? 'yes' : 'no'}.`);
}
