import { SETTING_LEAF_PATHS, type ResolvedSettings, type SettingSource } from '../settings/resolve';
import { getAtPath, isLocked, splitPath } from '../settings/settingPaths';

/** One line of the effective settings table: the value as the admin may see it, where it came from, and whether it is locked. */
export interface SettingRow {
  path: string;
  /** Display text; secrets are masked. */
  value: string;
  source: SettingSource;
  locked: boolean;
}

const MASK = '••••••';
const MAX_TEXT = 160;

/** Settings whose value is a secret: never shown, only whether there is one. */
const SECRET_PATHS = new Set(['endpoint.apiKey', 'transcription.apiKey']);

/**
 * The effective settings with their source (policy, profile, user, default) for the diagnostics view.
 * API keys and header values are masked (whether one is set stays visible), templates are counted.
 *
 * @example settingRows(resolved).find((r) => r.path === 'endpoint.baseURL') // { value: 'https://…', source: 'policy', locked: true }
 */
export function settingRows(resolved: ResolvedSettings): SettingRow[] {
  return SETTING_LEAF_PATHS.map((path) => ({
    path,
    value: display(path, getAtPath(resolved.settings, splitPath(path))),
    source: resolved.sources[path] ?? 'default',
    locked: isLocked(resolved.locked, path),
  }));
}

function display(path: string, value: unknown): string {
  if (SECRET_PATHS.has(path)) return value ? MASK : '';
  if (path === 'endpoint.authHeader') {
    const header = value as { name?: string } | undefined;
    return header?.name ? `${header.name}: ${MASK}` : '';
  }
  if (path === 'auditForwarding' && value && typeof value === 'object') {
    const forwarding = value as { url: string; headers: Record<string, string>; batchSize: number };
    const headers = Object.keys(forwarding.headers).map((name) => `${name}: ${MASK}`);
    return short(`${forwarding.url} (${forwarding.batchSize} per verzoek${headers.length ? `; ${headers.join(', ')}` : ''})`);
  }
  if (path === 'userTemplates' || path === 'organisationTemplates') return String(Array.isArray(value) ? value.length : 0);
  if (value === null || value === undefined) return '';
  return short(typeof value === 'string' ? value : JSON.stringify(value));
}

function short(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
