import { describe, expect, it } from 'vitest';
import { parseReg, policyProblems, regKeyAt } from '../../lib/settings/__tests__/support/policyExamples';
import { resolveSettings } from '../../lib/settings/resolve';
import { defaultSettings } from '../../lib/settings/schema';
import { EXAMPLE_EXTENSION_POLICY, chromiumPolicy, firefoxPolicies, forcelistEntry, windowsRegistryFile } from '../policyExamples.mjs';

const id = 'kmdmhkildcihcecgkfeneeklmlfpdmpb';
const updateUrl = 'https://intranet.zorg.example/dossierhulp/updates.xml';

describe('policy examples written by npm run package', () => {
  it('have an extension policy that Chrome’s schema and Dossierhulp accept whole, and that locks the endpoint', () => {
    expect(policyProblems(EXAMPLE_EXTENSION_POLICY, { chrome: true })).toEqual([]);
    const { locked, warnings } = resolveSettings(defaultSettings(), {}, EXAMPLE_EXTENSION_POLICY);
    expect(warnings).toEqual([]);
    expect(locked).toEqual(expect.arrayContaining(['endpoint.baseURL', 'pseudonymize']));
  });

  it('force-install Chrome and Edge from the update URL, keyed on the package’s ID', () => {
    for (const browser of ['chrome', 'edge'] as const) {
      const policy = chromiumPolicy({ id, updateUrl, browser });
      expect(Object.keys(policy.ExtensionSettings)).toEqual([id]);
      expect(policy.ExtensionSettings[id]).toMatchObject({ installation_mode: 'force_installed', update_url: updateUrl });
      expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    }
    expect(chromiumPolicy({ id, updateUrl, browser: 'chrome' }).ExtensionSettings[id]).toHaveProperty('toolbar_pin', 'force_pinned');
    expect(chromiumPolicy({ id, updateUrl, browser: 'edge' }).ExtensionSettings[id]).toHaveProperty('toolbar_state', 'force_shown');
    expect(forcelistEntry(id, updateUrl)).toBe(`${id};${updateUrl}`);
  });

  it('write a .reg file that regedit can import, with the same ExtensionSettings for Chrome and Edge', () => {
    const root = parseReg(windowsRegistryFile({ id, updateUrl }));
    for (const [vendor, browser] of [['Google\\Chrome', 'chrome'], ['Microsoft\\Edge', 'edge']] as const) {
      const value = regKeyAt(root, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`)?.values.get('ExtensionSettings');
      expect(JSON.parse(String(value))).toEqual(chromiumPolicy({ id, updateUrl, browser }).ExtensionSettings);
    }
  });

  it('give Firefox an install_url and the 3rdparty policy under Extensions, keyed on the add-on ID', () => {
    const installUrl = 'https://intranet.zorg.example/dossierhulp/dossierhulp-0.1.0-firefox.xpi';
    const { policies } = firefoxPolicies({ geckoId: 'dossierhulp@zorg.example', installUrl });
    expect(policies.ExtensionSettings['dossierhulp@zorg.example']).toEqual({ installation_mode: 'force_installed', install_url: installUrl, default_area: 'navbar' });
    expect(policyProblems(policies['3rdparty'].Extensions['dossierhulp@zorg.example'], { chrome: false })).toEqual([]);
  });
});
