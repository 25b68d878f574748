import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * lib/page/index.ts bundled on its own, as external evaluation does, exposed as `globalThis.DH`.
 * Injected into a page it runs in the page's own world, where React's value tracker is visible.
 */
export async function pageLayerBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(__dirname, '../../lib/page/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'DH',
    platform: 'browser',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}
