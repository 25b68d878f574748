// Builds the Chrome extension for the benchmark with WXT's own build (the test build of `npm run build:test`,
// which may reach the sandbox on 127.0.0.1), into a private folder so a bench run never swaps
// .output/chrome-mv3-test under a teammate's running e2e test.
// Runs in a child process so Vite/Rollup's warnings stay out of the benchmark's output unless the build fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/**
 * Runs `wxt build` for Chrome MV3 with `outDir` overridden and returns the folder with manifest.json.
 * The build's own output is returned as `log` and only printed when it fails.
 * @param {string} outDir
 * @returns {Promise<{ dir: string, ms: number }>}
 */
export async function buildExtension(outDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [SELF, outDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise((done) => child.on('close', done));
  const dir = join(outDir, 'chrome-mv3-test');
  if (code !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`wxt build failed (exit ${code}):\n${log.slice(-4000)}`);
  }
  return { dir, ms: performance.now() - started };
}

// Child process: node buildExtension.mjs <outDir>
if (process.argv[1] === SELF) {
  process.env.DOSSIERHULP_TEST_BUILD = '1'; // read by wxt.config.ts: host access to the sandbox
  const { build } = await import('wxt');
  await build({ root: ROOT, outDir: process.argv[2], browser: 'chrome', manifestVersion: 3, mode: 'production' });
}
