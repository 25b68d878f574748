import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { browserMessageFiles } from './lib/i18n/browserMessages';
import { EXTENSION_PUBLIC_KEY } from './lib/settings/extension-key';
import { GECKO_ID_ENV, geckoIdFrom, signingKeyFromEnv } from './packaging/extensionIdentity.mjs';
import { minifyContentScript } from './packaging/minifyContentScript.mjs';
import { isLocalHostPattern } from './packaging/productionManifest.mjs';

/**
 * Host access to the local sandbox ECD and the test servers. Only `wxt` (dev) and the test build get it.
 * The test build (DOSSIERHULP_TEST_BUILD=1, made by `npm run build:test` for the e2e tests, `npm run demo`
 * and the bench) goes to .output/<browser>-mv3-test and is the production build plus these hosts; a WXT
 * mode would also switch React to its development build. Production builds (`npm run build`, `zip`,
 * `package`) reach a site only through activeTab, an ECD site the admin or user enabled, or an optional
 * permission the user granted.
 */
const testBuild = process.env.DOSSIERHULP_TEST_BUILD === '1';
// dossierhulp-test.invalid never resolves (RFC 2606): the e2e test of a DNS failure's own message needs the
// extension to be allowed to try it.
const SANDBOX_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://dossierhulp-test.invalid/*'];

// DOSSIERHULP_SIGNING_KEY (the organisation's private key, a path or PEM) gives the manifest the matching
// public key, so the extension ID is the one `npm run package` signs for. Without it: the project's own key.
const signingKey = signingKeyFromEnv(process.env);
const geckoId = geckoIdFrom(process.env[GECKO_ID_ENV], GECKO_ID_ENV);

// The extension asks for as little as it can: it reads a page only when the user opens the panel on it
// (activeTab) or on ECD sites the admin or user enabled.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  ...(testBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test{{modeSuffix}}' } : {}),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // A fixed key gives a stable extension ID, which managed policy is keyed on. Organisations sign with their own.
    ...(browser === 'firefox' ? {} : { key: signingKey?.publicKey ?? EXTENSION_PUBLIC_KEY }),
    // webRequest: only to read why a request to the AI endpoint failed (net::ERR_…), for an exact message.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'webRequest', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The browser profile's account as audit user (policy userIdFrom: 'profile'). Optional: identity.email
    // carries a permission warning, and a required one would disable an installed extension on update until
    // the user accepts it. Firefox has no getProfileUserInfo.
    ...(browser === 'firefox' ? {} : { optional_permissions: ['identity', 'identity.email'] }),
    // public/icon/<size>.png (docs/scripts/make-icons.mjs); WXT lists them as `icons` too.
    action: { default_title: '__MSG_extActionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    commands: {
      // Firefox opens its sidebar with its own command; Chrome's action opens the side panel.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_extCommandOpen__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: geckoId, strict_min_version: '128.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: {
    // The browser's _locales (name, description, toolbar title) come from the UI catalogue's `manifest` texts.
    'build:publicAssets': (_wxt, assets) => {
      assets.push(...browserMessageFiles());
    },
    // WXT adds a runtime content script's `matches` to host_permissions; the sandbox's stay out of production.
    'build:manifestGenerated': (wxt, manifest) => {
      const hosts = (manifest.host_permissions ?? []).filter((pattern: string) => !isLocalHostPattern(pattern));
      if (testBuild || wxt.config.command === 'serve') hosts.push(...SANDBOX_HOST_PERMISSIONS);
      if (hosts.length > 0) manifest.host_permissions = hosts;
      else delete manifest.host_permissions;
    },
  },
  // Code behind import.meta.env.DOSSIERHULP_TEST_BUILD exists only in the test build (lib/env.d.ts).
  vite: () => ({
    define: { 'import.meta.env.DOSSIERHULP_TEST_BUILD': JSON.stringify(testBuild) },
    plugins: [minifyContentScript()],
    // dom-accessibility-api's Set and Array.from polyfills, replaced by the native ones (lib/page/platform).
    resolve: {
      alias: [
        { find: /^\.\/polyfills\/SetLike\.mjs$/, replacement: resolve(import.meta.dirname, 'lib/page/platform/nativeSet.ts') },
        { find: /^\.\/polyfills\/array\.from\.mjs$/, replacement: resolve(import.meta.dirname, 'lib/page/platform/nativeArrayFrom.ts') },
      ],
    },
  }),
});
