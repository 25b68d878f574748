import { z } from 'zod';
import type { EndpointConfig } from './endpoint';
import type { Settings } from './schema';

interface OriginPattern {
  protocol: 'http:' | 'https:';
  /** Lower-case host; for `*.` entries the suffix after the dot. */
  host: string;
  /** '' for the scheme's default port, as URL.port reports it. */
  port: string;
  anySubdomain: boolean;
}

const ENTRY = /^(https?):\/\/(\*\.)?(\[[0-9a-f:.]+\]|[^/:?#*[\]]+)(?::(\d{1,5}))?(?:[/?#].*)?$/i;

/**
 * Reads an allowlist entry: an origin (https://ai.zorg.nl, http://localhost:11434), optionally with
 * a subdomain wildcard (https://*.openai.azure.com). A path after the origin is ignored.
 * Returns null for anything else.
 */
export function parseOriginPattern(entry: string): OriginPattern | null {
  const match = ENTRY.exec(entry.trim());
  if (!match) return null;
  const [, scheme, wildcard, rawHost, rawPort] = match;
  const protocol = `${scheme!.toLowerCase()}:` as OriginPattern['protocol'];
  try {
    // Let URL normalise host and port (default ports become '').
    const url = new URL(`${protocol}//${rawHost}${rawPort ? `:${rawPort}` : ''}/`);
    return { protocol, host: url.hostname.toLowerCase(), port: url.port, anySubdomain: Boolean(wildcard) };
  } catch {
    return null;
  }
}

/** One allowlist entry, validated. */
export const originPatternSchema = z.string().refine((entry) => parseOriginPattern(entry) !== null, {
  message: 'Expected an origin such as https://ai.example.nl or https://*.openai.azure.com',
});

function matches(pattern: OriginPattern, url: URL): boolean {
  if (url.protocol !== pattern.protocol || url.port !== pattern.port) return false;
  const host = url.hostname.toLowerCase();
  if (host === pattern.host) return true;
  return pattern.anySubdomain && host.endsWith(`.${pattern.host}`);
}

/**
 * Whether requests to `baseURL` are allowed by the organisation's allowlist.
 * `null` means no allowlist (everything allowed); an empty list allows nothing.
 *
 * @example isEndpointAllowed(['https://*.openai.azure.com'], 'https://zorg.openai.azure.com/openai') // true
 */
export function isEndpointAllowed(allowedOrigins: readonly string[] | null, baseURL: string): boolean {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowedOrigins === null) return true;
  return allowedOrigins.some((entry) => {
    const pattern = parseOriginPattern(entry);
    return pattern !== null && matches(pattern, url);
  });
}

export type EndpointCheck =
  | { ok: true }
  | { ok: false; code: 'endpoint-not-allowed' | 'endpoint-invalid-url'; url: string; origin?: string };

/**
 * Checks an endpoint before anything is sent to it or before the user saves it. The browser's
 * built-in model runs on the device and has no address, so it is always allowed.
 */
export function checkEndpoint(
  settings: Pick<Settings, 'allowedEndpointOrigins'>,
  endpoint: Pick<EndpointConfig, 'baseURL'> & { provider?: EndpointConfig['provider'] },
): EndpointCheck {
  if (endpoint.provider === 'built-in') return { ok: true };
  let origin: string;
  try {
    const url = new URL(endpoint.baseURL);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    origin = url.origin;
  } catch {
    return { ok: false, code: 'endpoint-invalid-url', url: endpoint.baseURL };
  }
  if (isEndpointAllowed(settings.allowedEndpointOrigins, endpoint.baseURL)) return { ok: true };
  return { ok: false, code: 'endpoint-not-allowed', url: endpoint.baseURL, origin };
}
