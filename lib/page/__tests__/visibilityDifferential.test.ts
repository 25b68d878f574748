// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../readPage';
import { HIDING_CASES } from './fixtures/hidingCases';

// The speed shortcuts of visibility.ts (style sheet analysis: only elements a suspicious rule can reach get a
// computed style; plain elements inherit their parent's answer) must never change what is read. Every page of
// the sandbox, the attack pages whose hiding comes from a style sheet rule or a colour, and every hiding case,
// is read twice: with the shortcuts, and exhaustive (every element's computed style, no inherited answers).
// jsdom has no layout and is slow, so this covers the style decisions on a sample; tests/e2e/page.e2e.ts runs
// the same comparison in Chromium, with geometry, on every sandbox and attack page.

const sandbox = resolve(__dirname, '../../../tests/sandbox');
const css = readFileSync(join(sandbox, 'assets/sandbox.css'), 'utf8');

function load(html: string): void {
  // The linked sheet inlined: jsdom does not fetch it, and the rules are what the shortcut analyses.
  const withSheet = html.replace(/<link rel="stylesheet" href="[^"]*sandbox\.css">/, `<style>${css}</style>`).replace(/<script[\s\S]*?<\/script>/g, '');
  document.open();
  document.write(withSheet);
  document.close();
}

const SAMPLE = ['dossier.html', 'dossier-b.html', 'aria.html', 'widgets.html', 'medicatie.html', 'attacks/h01.html', 'attacks/h02.html', 'attacks/h04.html', 'attacks/h06.html', 'attacks/h16.html', 'attacks/h26.html'];
const pages = SAMPLE.map((f) => join(sandbox, f));

describe('visibility shortcuts read exactly what an exhaustive check reads (jsdom)', () => {
  it.each(pages.map((p) => [p.slice(sandbox.length + 1), p]))('%s', (_name, path) => {
    load(readFileSync(path, 'utf8'));
    const fast = readPage(document);
    const full = readPage(document, { exhaustive: true });
    expect(fast.text).toBe(full.text);
    expect(fast.blocks).toEqual(full.blocks);
  });

  it('every hiding case, with a colour theme in custom properties around it', () => {
    for (const [, html] of HIDING_CASES) {
      document.body.innerHTML = `<style>:root{--tekst:#1d2733}.weg{display:none}.onzichtbaar{visibility:hidden}.inkt{background:#1f3b57;color:#1f3b57}main{color:var(--tekst)}</style><main><p>Voor.</p>${html.replaceAll('MARK', 'GEHEIM')}<p>Na.</p></main>`;
      expect(readPage(document).text).toBe(readPage(document, { exhaustive: true }).text);
    }
  });
});
