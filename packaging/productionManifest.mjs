// What a production manifest may grant: no host access of its own. Sites come from activeTab, the ECD
// sites the admin or user enabled, and the generic optional http(s)://*/* the user grants per site.

const GENERIC_OPTIONAL = new Set(['http://*/*', 'https://*/*']);
const isHostPattern = (p) => p.includes('://') || p === '<all_urls>';
const LOCAL_HOST = /^[a-z*]+:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/**
 * True for a match pattern on this machine (127.0.0.1, localhost, [::1]): the sandbox's and the test servers'.
 *
 * @example isLocalHostPattern('http://localhost/*') // true
 */
export function isLocalHostPattern(pattern) {
  return LOCAL_HOST.test(pattern);
}

/**
 * Every host pattern a manifest grants or asks for, except the generic optional http(s)://*\/*:
 * host_permissions, optional host permissions, content-script and web-accessible-resource matches.
 *
 * @example hostGrants(JSON.parse(manifestJson)) // [] for a production build
 */
export function hostGrants(manifest) {
  return [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []).filter((p) => !GENERIC_OPTIONAL.has(p)),
    ...(manifest.permissions ?? []).filter(isHostPattern),
    ...(manifest.optional_permissions ?? []).filter(isHostPattern),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.matches ?? []),
  ];
}

/**
 * The host grants for 127.0.0.1 / localhost, which only the test build has (npm run build:test).
 *
 * @example localHostGrants({ host_permissions: ['http://127.0.0.1/*'] }) // ['http://127.0.0.1/*']
 */
export function localHostGrants(manifest) {
  return hostGrants(manifest).filter(isLocalHostPattern);
}
