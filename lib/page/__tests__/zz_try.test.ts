// @vitest-environment jsdom
import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readPage, scanFields } from '../index';
it('try', () => {
  const html = readFileSync('/work/main/tests/sandbox/dossier.html', 'utf8').replace('<link rel="stylesheet" href="assets/sandbox.css">', `<style>${readFileSync('/work/main/tests/sandbox/assets/sandbox.css','utf8')}</style>`);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  const t0 = performance.now();
  const f = scanFields(document);
  console.log('ms', performance.now() - t0);
  for (const x of f) console.log(JSON.stringify(x));
});
