import type { NetErrorSource } from '../llm/netFailure';
import { endpointOrigin, type EndpointConfig } from './endpoint';
import { checkEndpoint } from './endpointAllowlist';
import { isPseudonymizationOn, originOf, type Settings } from './schema';

/** What every step needs to know about where data may go and how it must look when it leaves. */
export interface SendPolicy {
  endpoint: EndpointConfig;
  /** Origins requests may go to; anything else is blocked before it is sent (egress lock). */
  allowedOrigins: string[];
  pseudonymize: boolean;
  language: 'nl' | 'en';
  /** Sees each outgoing request's exact body: the audit log and the payload preview use it. */
  onRequest?: (request: { url: string; method: string; body: string | null }) => void;
  /** For tests and for the browser: the fetch underneath the egress lock. */
  baseFetch?: typeof fetch;
  /** The browser's own reason for a failed request, where it tells the extension (lib/llm/netFailure.ts). */
  netErrorFor?: NetErrorSource;
}

/**
 * The egress policy for the chat endpoint. The organisation's allowlist is enforced here too: an
 * endpoint saved before the policy came may not receive anything, and an empty origin list makes the
 * egress lock refuse every request. The browser's built-in model runs on the device and sends nothing.
 *
 * @example const policy = sendPolicyFor(settings); // then prepareSuggestions(tab, policy, notes)
 */
export function sendPolicyFor(settings: Settings): SendPolicy {
  const check = checkEndpoint(settings, settings.endpoint);
  return {
    endpoint: settings.endpoint,
    allowedOrigins: settings.endpoint.provider === 'built-in' || !check.ok ? [] : [endpointOrigin(settings.endpoint)],
    pseudonymize: isPseudonymizationOn(settings),
    language: settings.language,
  };
}

/**
 * Where audio may go: the transcription server, when the organisation's allowlist allows it; nowhere else
 * (an empty list makes the egress lock refuse every request).
 *
 * @example transcribeChunks({ config: settings.transcription, chunks, allowedOrigins: transcriptionPolicyFor(settings).allowedOrigins })
 */
export function transcriptionPolicyFor(settings: Pick<Settings, 'transcription' | 'allowedEndpointOrigins'>): { allowedOrigins: string[] } {
  const origin = originOf(settings.transcription.baseURL);
  return { allowedOrigins: origin && checkEndpoint(settings, settings.transcription).ok ? [origin] : [] };
}

/**
 * The host permissions the browser must grant before these settings can work: the chat and transcription
 * endpoints (extension pages may only reach hosts they have permission for) and the ECD sites the user
 * enabled (their content script is registered there).
 *
 * @example await browser.permissions.request({ origins: permissionOriginsFor(draft) })
 */
export function permissionOriginsFor(settings: Pick<Settings, 'endpoint' | 'transcription' | 'enabledSites'>): string[] {
  const endpoints = [settings.endpoint.provider === 'built-in' ? '' : settings.endpoint.baseURL, settings.transcription.baseURL]
    .map((url) => (url ? originOf(url) : null))
    .filter((origin): origin is string => origin !== null)
    .map((origin) => `${origin}/*`);
  return [...new Set([...endpoints, ...settings.enabledSites])];
}

/** Where audit events may go, and how: the organisation's collector from policy, and nothing else. */
export interface ForwardingPolicy {
  url: string;
  headers: Record<string, string>;
  batchSize: number;
  /** The egress lock for forwarding: the collector's origin only. */
  allowedOrigins: string[];
}

/**
 * The egress policy for central audit forwarding, or null when the organisation set no collector. The
 * collector's origin is allowed for forwarding only, and only because policy names it: `auditForwarding`
 * is a policy-only setting, so no user setting can add an origin here, and the chat and transcription
 * egress locks never include it.
 *
 * @example const forwarding = forwardingPolicyFor(settings); // null: events stay in this browser
 */
export function forwardingPolicyFor(settings: Pick<Settings, 'auditForwarding'>): ForwardingPolicy | null {
  const config = settings.auditForwarding;
  const origin = config ? originOf(config.url) : null;
  if (!config || !origin) return null;
  return { url: config.url, headers: { ...config.headers }, batchSize: config.batchSize, allowedOrigins: [origin] };
}
