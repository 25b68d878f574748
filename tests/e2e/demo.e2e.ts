import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

describe('npm run demo', () => {
  it('--check builds, serves the sandbox, loads the extension in Chromium and opens the panel', () => {
    const shot = resolve(root, 'test-results/demo-check.png');
    rmSync(shot, { force: true });
    const run = spawnSync('node', ['tests/scripts/demo.mjs', '--check'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/OK: extensie [a-p]{32} geladen/);
    expect(existsSync(shot)).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(5_000);
  }, 150_000);
});
