// Runs the project's own WXT CLI in a child process, for `npm run package` and `npm run build:test`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WXT_CLI = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');

/**
 * Runs `wxt <args>` with extra environment variables. Its output is kept and only shown when it fails,
 * so builds that run side by side do not interleave.
 *
 * @example await runWxt(['build', '-b', 'firefox', '--mv3'], { DOSSIERHULP_TEST_BUILD: '1' })
 */
export function runWxt(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WXT_CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`wxt ${args.join(' ')} failed (exit ${code}):\n${log.slice(-6000)}`))));
  });
}
