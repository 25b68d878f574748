import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialScriptGraph, initialScriptsOfHtml, measureFiles } from '../size.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fixture(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('initialScriptsOfHtml', () => {
  it('lists script sources and module preloads, not stylesheets', () => {
    const html = `<script type="module" crossorigin src="/chunks/a.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/b.js"><link rel="stylesheet" href="/x.css">`;
    expect(initialScriptsOfHtml(html)).toEqual(['/chunks/a.js', '/chunks/b.js']);
  });
});

describe('initialScriptGraph', () => {
  it('follows static imports and re-exports transitively, not dynamic import()', async () => {
    const root = fixture({
      'panel.html': '<script type="module" src="/chunks/panel.js"></script>',
      'chunks/panel.js': 'import{a as b}from"./react.js";export{c}from"/chunks/shared.js";const lazy=()=>import("./audit.js");',
      'chunks/react.js': 'import"./shared.js";export const a=1;',
      'chunks/shared.js': 'import"./panel.js";export const c="import x from \'./not-an-import.js\'";', // a cycle and a string
      'chunks/audit.js': 'import"./audit-dep.js";',
      'chunks/audit-dep.js': '',
    });
    const files = (await initialScriptGraph(root, 'panel.html')).map((f) => relative(root, f)).sort();
    expect(files).toEqual(['chunks/panel.js', 'chunks/react.js', 'chunks/shared.js']);
  });

  it('ignores URLs outside the package', async () => {
    const root = fixture({
      'p.html': '<script src="https://cdn.example/x.js"></script><script src="main.js"></script>',
      'main.js': 'import "chrome-extension://abc/other.js";',
    });
    const files = (await initialScriptGraph(root, 'p.html')).map((f) => relative(root, f));
    expect(files).toEqual(['main.js']);
  });
});

describe('measureFiles', () => {
  it('sums raw and gzip bytes; repetitive code compresses', () => {
    const root = fixture({ 'a.js': 'x'.repeat(10_000), 'b.js': 'y'.repeat(5_000) });
    const m = measureFiles([join(root, 'a.js'), join(root, 'b.js')]);
    expect(m.raw).toBe(15_000);
    expect(m.files).toBe(2);
    expect(m.gzip).toBeGreaterThan(0);
    expect(m.gzip).toBeLessThan(500);
  });
});
