import { defineConfig } from 'wxt';
import { browserMessageFiles } from './lib/i18n/browserMessages';
import { EXTENSION_PUBLIC_KEY } from './lib/settings/extension-key';

// The test build (DOSSIERHULP_TEST_BUILD=1) for e2e tests; code behind import.meta.env.DOSSIERHULP_TEST_BUILD
// exists only there (lib/env.d.ts).
const testBuild = process.env.DOSSIERHULP_TEST_BUILD === '1';

// The extension asks for as little as it can: it reads a page only when the user opens the panel on it
// (activeTab), on ECD sites the admin or user enabled, and on the local sandbox / local model servers.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The browser's _locales (name, description, toolbar title) come from the UI catalogue's `manifest` texts.
    'build:publicAssets': (_wxt, assets) => {
      assets.push(...browserMessageFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // A fixed key gives a stable extension ID, which managed policy is keyed on. Organisations make their own.
    ...(browser === 'firefox' ? {} : { key: EXTENSION_PUBLIC_KEY }),
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The browser profile's account as audit user (policy userIdFrom: 'profile'). Optional: identity.email
    // carries a permission warning, and a required one would disable an installed extension on update until
    // the user accepts it. Firefox has no getProfileUserInfo.
    ...(browser === 'firefox' ? {} : { optional_permissions: ['identity', 'identity.email'] }),
    action: { default_title: '__MSG_extActionTitle__' },
    commands: {
      // Firefox opens its sidebar with its own command; Chrome's action opens the side panel.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_extCommandOpen__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'dossierhulp@example.org', strict_min_version: '128.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  vite: () => ({ define: { 'import.meta.env.DOSSIERHULP_TEST_BUILD': JSON.stringify(testBuild) } }),
});
