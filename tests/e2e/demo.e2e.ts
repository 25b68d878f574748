import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

describe('npm run demo', () => {
  it('--check serves the sandbox and the demo model, and runs read → suggest → fill → draft in Chromium', () => {
    const shot = resolve(root, 'test-results/demo-check.png');
    rmSync(shot, { force: true });
    // The e2e run has built the extension and the sandbox already; `npm run demo -- --check` builds them itself.
    const started = Date.now();
    const run = spawnSync('node', ['tests/scripts/demo.mjs', '--check', '--skip-build'], { cwd: root, encoding: 'utf8', timeout: 150_000 });
    const out = run.stdout + run.stderr;
    expect(run.status, out).toBe(0);
    expect(out).toMatch(/OK: extensie [a-p]{32} geladen, zijpaneel opent \(Demomodel — geen echte AI\)/);
    expect(out).toMatch(/OK: lezen \(.*van der Heijden-Smit/);
    expect(out).toMatch(/OK: voorstellen \([1-9]\d* voorstellen\)/);
    expect(out).toMatch(/OK: invullen \(Pols 88; \d+ van \d+ ingevuld\./);
    expect(out).toMatch(/OK: concept schrijven \(\[Demomodel — geen echte AI\]\)/);
    expect(existsSync(shot)).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(5_000);
    console.log(`demo --check: ${Date.now() - started} ms`);
  }, 180_000);

  it('--check fails, with a non-zero exit, when a step fails', () => {
    // A demo model on a port where nothing answers: suggesting must fail and the run must say so.
    const run = spawnSync('node', ['tests/scripts/demo.mjs', '--check', '--skip-build', '--break-model'], { cwd: root, encoding: 'utf8', timeout: 150_000 });
    expect(run.status, run.stdout + run.stderr).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/MISLUKT: voorstellen/);
  }, 180_000);
});
