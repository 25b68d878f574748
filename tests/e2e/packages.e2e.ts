import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostGrants } from '../../packaging/productionManifest.mjs';
import { readZipEntry } from './zipEntry';

const root = resolve(__dirname, '../..');

describe('npm run zip (the production build)', () => {
  it('packages Chrome/Edge and Firefox with only the access production needs', () => {
    const run = spawnSync('npm', ['run', 'zip'], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    const zips = readdirSync(resolve(root, '.output')).filter((f) => f.endsWith('.zip'));
    const chrome = zips.find((f) => f.endsWith('-chrome.zip'));
    const firefox = zips.find((f) => f.endsWith('-firefox.zip'));
    expect(chrome && firefox).toBeTruthy();

    const cm = JSON.parse(readZipEntry(resolve(root, '.output', chrome!), 'manifest.json'));
    expect(cm.manifest_version).toBe(3);
    expect(cm.side_panel.default_path).toBe('sidepanel.html');
    expect(cm.storage.managed_schema).toBe('managed_schema.json');
    expect(cm.key).toMatch(/^MIIB/);
    JSON.parse(readZipEntry(resolve(root, '.output', chrome!), 'managed_schema.json'));

    const fm = JSON.parse(readZipEntry(resolve(root, '.output', firefox!), 'manifest.json'));
    expect(fm.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(fm.browser_specific_settings.gecko.id).toBe('dossierhulp@example.org');
    expect(fm.permissions).not.toContain('sidePanel');
    expect(fm.storage).toBeUndefined();

    // The sandbox's 127.0.0.1 / localhost access is for the test build only (npm run build:test).
    for (const manifest of [cm, fm]) {
      expect(hostGrants(manifest)).toEqual([]);
      expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    }
  }, 300_000);
});
