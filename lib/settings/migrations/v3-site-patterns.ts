import { isPlainObject } from '../settingPaths';
import { isMatchPattern } from '../schema';

/** 'ecd.zorg.nl' or 'https://ecd.zorg.nl' → 'https://ecd.zorg.nl/*'; real match patterns stay as they are. */
function toMatchPattern(site: string): string | null {
  const trimmed = site.trim();
  if (!trimmed) return null;
  if (isMatchPattern(trimmed)) return trimmed;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  // 'mailto:x' has a scheme without '//'; 'localhost:5173' is a host with a port.
  if (!hasScheme && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed)) return null;
  try {
    const url = new URL(hasScheme ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    // Match patterns cannot hold a port; they match every port of the host.
    const pattern = `${url.protocol}//${url.hostname}/*`;
    return isMatchPattern(pattern) ? pattern : null;
  } catch {
    return null;
  }
}

/**
 * v2 → v3. v2 kept `enabledSites` as host names or origins; v3 stores WebExtension match patterns,
 * which is what host permissions and content-script registration take. Entries that cannot be read
 * as a site are dropped.
 */
export function migrateToV3(old: unknown): Record<string, unknown> {
  if (!isPlainObject(old)) return { schemaVersion: 3 };
  const out: Record<string, unknown> = { ...old, schemaVersion: 3 };
  if (Array.isArray(old.enabledSites)) {
    const patterns = old.enabledSites
      .filter((site): site is string => typeof site === 'string')
      .map(toMatchPattern)
      .filter((pattern): pattern is string => pattern !== null);
    out.enabledSites = [...new Set(patterns)];
  }
  return out;
}
