// The policy files `npm run package` writes next to the packages, keyed on the IDs of that package, so
// the extension ID, the update manifest's appid and every example agree. docs/admin.md explains them.

/**
 * The extension policy in every example: an AI server, the allowlist and the ECD site, to be replaced by
 * the organisation's own addresses. docs/admin.md §3 lists every key.
 */
export const EXAMPLE_EXTENSION_POLICY = Object.freeze({
  endpoint: { provider: 'openai-compatible', baseURL: 'https://ai.zorg.example/v1', model: 'llama3.1:70b' },
  allowedEndpointOrigins: ['https://ai.zorg.example'],
  ecdSites: ['https://ecd.zorg.example/*'],
  enforcePseudonymization: true,
});

const copy = (value) => JSON.parse(JSON.stringify(value));

/**
 * Chrome or Edge on Linux (/etc/opt/chrome/policies/managed/, /etc/chromium/…, /etc/opt/edge/…): force-install
 * from the organisation's update URL, pin the button, and the extension's own policy under 3rdparty.
 *
 * @param {{ id: string, updateUrl: string, browser: 'chrome' | 'edge', extensionPolicy?: object }} options
 * @example chromiumPolicy({ id, updateUrl: 'https://intranet.zorg.example/dossierhulp/updates.xml', browser: 'chrome' })
 */
export function chromiumPolicy({ id, updateUrl, browser, extensionPolicy = EXAMPLE_EXTENSION_POLICY }) {
  // Edge names the toolbar setting differently; an unknown field would make the browser reject the entry.
  const toolbar = browser === 'edge' ? { toolbar_state: 'force_shown' } : { toolbar_pin: 'force_pinned' };
  return {
    ExtensionSettings: {
      [id]: { installation_mode: 'force_installed', update_url: updateUrl, override_update_url: true, ...toolbar },
    },
    '3rdparty': { extensions: { [id]: copy(extensionPolicy) } },
  };
}

/**
 * The older ExtensionInstallForcelist entry: "<id>;<update_url>" (installs, does not pin).
 *
 * @example forcelistEntry('abc…', 'https://intranet.zorg.example/dossierhulp/updates.xml')
 */
export function forcelistEntry(id, updateUrl) {
  return `${id};${updateUrl}`;
}

/** A string value in a REGEDIT5 file: backslashes and quotes escaped. */
const regString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A .reg file for Windows that force-installs the package in Chrome and Edge (ExtensionSettings as one
 * JSON string value). Off-store force-install works only on domain-joined or Chrome Enterprise Core /
 * Intune-managed Windows machines.
 *
 * @param {{ id: string, updateUrl: string }} options
 */
export function windowsRegistryFile({ id, updateUrl }) {
  const settings = (browser) => JSON.stringify(chromiumPolicy({ id, updateUrl, browser }).ExtensionSettings);
  return [
    'Windows Registry Editor Version 5.00',
    '',
    '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome]',
    `"ExtensionSettings"=${regString(settings('chrome'))}`,
    '',
    '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge]',
    `"ExtensionSettings"=${regString(settings('edge'))}`,
    '',
  ].join('\r\n');
}

/**
 * Firefox policies.json: force-install the AMO-signed XPI from the organisation's server, and the
 * extension's own policy under 3rdparty → Extensions (capital E) → the add-on ID.
 *
 * @param {{ geckoId: string, installUrl: string, extensionPolicy?: object }} options
 */
export function firefoxPolicies({ geckoId, installUrl, extensionPolicy = EXAMPLE_EXTENSION_POLICY }) {
  return {
    policies: {
      ExtensionSettings: {
        [geckoId]: { installation_mode: 'force_installed', install_url: installUrl, default_area: 'navbar' },
      },
      '3rdparty': { Extensions: { [geckoId]: copy(extensionPolicy) } },
    },
  };
}
