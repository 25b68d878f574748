import type { LlmFailure } from '../llm/llmError';
import { endpointOrigin, type EndpointConfig } from '../settings/endpoint';
import { checkEndpoint } from '../settings/endpointAllowlist';
import type { Settings } from '../settings/schema';
import { testAllowedConnection } from './connection';

/**
 * What the diagnostics view says about one endpoint.
 * - `cors`: 'ok' when the extension could read the server's answer; 'refused' when the browser refused it
 *   (the server is up but sends no Access-Control-Allow-Origin for the extension, and the extension has no
 *   host permission); 'origin-refused' when the server itself refused the extension's Origin (Ollama's empty
 *   403 outside OLLAMA_ORIGINS); 'unknown' when nothing answered.
 */
export interface EndpointDiagnosis {
  state: 'not-configured' | 'built-in' | 'not-allowed' | 'checked';
  baseURL: string;
  origin: string | null;
  /** The browser granted the extension access to this host (then CORS does not apply to the extension). */
  hostPermission: boolean | null;
  reachable: boolean | null;
  cors: 'ok' | 'refused' | 'origin-refused' | 'unknown';
  models: string[] | null;
  /** The configured model is in the list. */
  modelListed: boolean | null;
  failure: LlmFailure | null;
}

export interface DiagnoseDeps {
  /** browser.permissions.contains for `${origin}/*`. */
  hasHostPermission(originPattern: string): Promise<boolean>;
  baseFetch?: typeof fetch;
}

/**
 * Checks one endpoint as the admin needs it: is it allowed, does the browser let the extension reach the
 * host, does the server answer, does CORS let the answer through, which models does it offer. Requests go
 * through the egress lock only, to an allowed endpoint only; a refused endpoint gets no request at all.
 *
 * @example await diagnoseEndpoint(settings.endpoint, settings, { hasHostPermission: (o) => browser.permissions.contains({ origins: [o] }) })
 */
export async function diagnoseEndpoint(endpoint: EndpointConfig, settings: Pick<Settings, 'allowedEndpointOrigins'>, deps: DiagnoseDeps): Promise<EndpointDiagnosis> {
  const base: EndpointDiagnosis = {
    state: 'checked',
    baseURL: endpoint.baseURL,
    origin: null,
    hostPermission: null,
    reachable: null,
    cors: 'unknown',
    models: null,
    modelListed: null,
    failure: null,
  };
  if (endpoint.provider === 'built-in') return { ...base, state: 'built-in' };
  if (!endpoint.baseURL.trim()) return { ...base, state: 'not-configured' };
  const check = checkEndpoint(settings, endpoint);
  if (!check.ok) return { ...base, state: 'not-allowed', origin: check.origin ?? null };
  const origin = endpointOrigin(endpoint);
  const [hostPermission, result] = await Promise.all([
    deps.hasHostPermission(`${origin}/*`).catch(() => false),
    testAllowedConnection(settings, endpoint, deps.baseFetch),
  ]);
  if (result.ok) return { ...base, origin, hostPermission, reachable: true, cors: 'ok', models: result.models, modelListed: result.modelListed };
  const failure = result.error;
  const answered = { ...base, origin, hostPermission, failure };
  switch (failure.code) {
    case 'cors-origin':
      // Either the server's own empty 403 (it checks Origin), or the browser hiding an answer it got.
      return { ...answered, reachable: true, cors: failure.status === 403 ? 'origin-refused' : 'refused' };
    case 'unreachable':
    case 'timeout':
      return { ...answered, reachable: false, cors: 'unknown' };
    default:
      // The server answered with an error status, and the extension could read it: CORS let it through.
      return { ...answered, reachable: failure.status !== undefined ? true : null, cors: failure.status !== undefined ? 'ok' : 'unknown' };
  }
}
