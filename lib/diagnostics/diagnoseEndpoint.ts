import { createGuardedFetch } from '../llm/guardedFetch';
import { classifyHttpFailure, isCorsRefusal, type LlmFailure } from '../llm/llmError';
import { modelsUrl } from '../llm/listModels';
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
  if (result.ok) {
    const listed = { ...base, origin, hostPermission, reachable: true, models: result.models, modelListed: result.modelListed };
    return { ...listed, ...(await checkOrigin(endpoint, origin, deps.baseFetch)) };
  }
  const failure = result.error;
  const answered = { ...base, origin, hostPermission, failure };
  switch (failure.code) {
    case 'cors-origin':
      // Either the server's own empty 403 (it checks Origin), or the browser hiding an answer it got.
      return { ...answered, reachable: true, cors: failure.status === 403 ? 'origin-refused' : 'refused' };
    case 'unreachable':
    case 'connection-refused':
    case 'dns-failed':
    case 'timeout':
      return { ...answered, reachable: false, cors: 'unknown' };
    case 'connection-reset':
      // Something listens there, but broke the connection off.
      return { ...answered, reachable: true, cors: 'unknown' };
    default:
      // The server answered with an error status, and the extension could read it: CORS let it through.
      return { ...answered, reachable: failure.status !== undefined ? true : null, cors: failure.status !== undefined ? 'ok' : 'unknown' };
  }
}

/**
 * A model list can come through where the real request does not: the browser sends no Origin header with a
 * GET to a host the extension may reach, but it does with the POST that asks the model, and that is what a
 * server checking origins (Ollama's OLLAMA_ORIGINS) refuses. So ask once more the way a real request looks:
 * a POST without content to the same address. Any answer but Ollama's empty 403 means the origin is accepted.
 */
async function checkOrigin(endpoint: EndpointConfig, origin: string, baseFetch?: typeof fetch): Promise<Pick<EndpointDiagnosis, 'cors' | 'failure'>> {
  const send = createGuardedFetch({ allowedOrigins: [origin], baseFetch });
  const url = modelsUrl(endpoint);
  try {
    const response = await send(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(10_000) });
    const failure = response.status === 403 ? classifyHttpFailure(403, await response.text(), endpoint) : null;
    return failure?.code === 'cors-origin' ? { cors: 'origin-refused', failure } : { cors: 'ok', failure: null };
  } catch (error) {
    return (await isCorsRefusal(error, url, send)) ? { cors: 'refused', failure: { code: 'cors-origin' } } : { cors: 'ok', failure: null };
  }
}
