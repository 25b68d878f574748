// Bundles the code under test for the browser with esbuild (installed with vite/wxt), so the benchmark runs
// the real TypeScript sources of lib/page and lib/privacy, not a copy.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// node:path, not new URL(): under a DOM test environment URL is the DOM's, which resolves file: URLs differently.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function bundle(contents, { format = 'iife', platform = 'browser' } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format,
    platform,
    target: platform === 'node' ? 'node20' : 'chrome120',
    // Minified like the extension's production build, so parse and run time match what ships.
    minify: true,
    write: false,
    logLevel: 'silent',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

/**
 * lib/page as a classic script that sets `globalThis.DH` to the module's exports
 * (readPage, scanFields, fillFields and whatever else index.ts exports), for `page.addScriptTag({ content })`.
 */
export function bundlePage() {
  return bundle(`import * as page from './lib/page/index.ts'; (globalThis as any).DH = page;`);
}

/** @mozilla/readability alone as a classic script setting `globalThis.Readability`: the reading baseline. */
export function bundleReadability() {
  return bundle(`import { Readability } from '@mozilla/readability'; (globalThis as any).Readability = Readability;`);
}

/** lib/privacy as a classic script setting `globalThis.DHPrivacy` (pseudonymize, createPseudonymSession). */
export function bundlePrivacy() {
  return bundle(`import * as privacy from './lib/privacy/index.ts'; (globalThis as any).DHPrivacy = privacy;`);
}

/** lib/extract as an ES module for Node (import it from a data: URL): extractMeasurements and the rest of its contract. */
export function bundleExtractForNode() {
  return bundle(`export * from './lib/extract/index.ts';`, { format: 'esm', platform: 'node' });
}

/** lib/privacy as an ES module for Node (import it from a data: URL). */
export function bundlePrivacyForNode() {
  return bundle(`export * from './lib/privacy/index.ts';`, { format: 'esm', platform: 'node' });
}
