// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bundlePage, bundlePrivacyForNode, bundleReadability } from '../bundle.mjs';

type PageApi = { readPage(doc: Document): { text: string }; scanFields(doc: Document): { label: string }[]; fillFields: unknown };

describe('bundles of the code under test', () => {
  it('lib/page runs as a classic script and exposes readPage, scanFields and fillFields on globalThis.DH', async () => {
    const code = await bundlePage();
    new Function(code)();
    const DH = (globalThis as unknown as { DH: PageApi }).DH;
    expect(typeof DH.fillFields).toBe('function');
    document.body.innerHTML = '<h1>Mevrouw Test</h1><p>Rapportage van vandaag.</p><label for="x">Pols</label><input id="x">';
    expect(DH.readPage(document).text).toContain('Rapportage van vandaag.');
    expect(DH.scanFields(document).map((f) => f.label)).toEqual(['Pols']);
  });

  it('Readability runs as a classic script', async () => {
    new Function(await bundleReadability())();
    expect(typeof (globalThis as unknown as { Readability: unknown }).Readability).toBe('function');
  });

  it('lib/privacy imports in Node and pseudonymises', async () => {
    const code = await bundlePrivacyForNode();
    const api = await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const out = api.pseudonymize('BSN 276401839, tel. 0570-612345.', { session: api.createPseudonymSession() });
    expect(out.text).not.toContain('276401839');
    expect(out.text).not.toContain('0570-612345');
  });
});
