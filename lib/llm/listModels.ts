import type { EndpointConfig } from '../settings/endpoint';
import { builtInModelAvailability } from './builtInModel';
import { withDeadline } from './deadline';
import { createGuardedFetch } from './guardedFetch';
import { classifyHttpFailure, diagnoseLlmError, LlmError, type LlmFailure } from './llmError';
import type { NetErrorSource } from './netFailure';

export interface ListModelsOptions {
  /**
   * Origins the request may go to: the organisation's policy for this endpoint (sendPolicyFor). Anything else,
   * an empty list too, is refused before a request is made, so no API key or auth header goes there.
   */
  allowedOrigins: readonly string[];
  /** The fetch underneath the egress lock (tests). */
  fetch?: typeof fetch;
  /** The browser's own reason for a failed request (lib/llm/netFailure.ts). */
  netError?: NetErrorSource;
  signal?: AbortSignal;
  /** Default: the endpoint's timeoutMs, at most 15 s (a model list is quick or the server is not there). */
  timeoutMs?: number;
}

export type ConnectionResult =
  | { ok: true; models: string[]; /** The configured model (Azure: deployment) is in the list. */ modelListed: boolean }
  | { ok: false; error: LlmFailure };

const AZURE_HOST = /\.(openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com)$/i;

/**
 * GET {baseURL}/models in the OpenAI list shape (`{ data: [{ id }] }`); Azure gets its api-version. Through the
 * egress lock only: a request to an origin the policy does not allow throws 'egress-blocked' unsent.
 * Throws an LlmError (unreachable, unauthorized, cors-origin, …).
 */
export async function listModels(endpoint: EndpointConfig, opts: ListModelsOptions): Promise<string[]> {
  if (endpoint.provider === 'built-in') {
    const availability = await builtInModelAvailability();
    if (availability === 'unavailable') throw new LlmError({ code: 'not-supported', detail: 'No built-in browser model.' });
    return ['text'];
  }
  const send = createGuardedFetch({ allowedOrigins: [...opts.allowedOrigins], baseFetch: opts.fetch });
  const timeoutMs = opts.timeoutMs ?? Math.min(endpoint.timeoutMs, 15_000);
  return withDeadline({ signal: opts.signal, timeoutMs }, async (signal) => {
    const response = await send(modelsUrl(endpoint), { method: 'GET', headers: authHeaders(endpoint), signal });
    const text = await response.text();
    if (!response.ok) throw new LlmError(classifyHttpFailure(response.status, text, endpoint));
    const ids = parseModelList(text);
    if (!ids) throw new LlmError({ code: 'unknown', status: response.status, detail: 'The /models answer is not an OpenAI model list; check the base URL (usually ending in /v1).' });
    return ids;
  });
}

/**
 * Checks an endpoint by listing its models ("Verbinding testen"), through the egress lock and the policy's
 * allowlist like every other request. Never throws: a failure comes back classified, browser fetch failures
 * told apart (refused, reset, DNS, CORS: lib/llm/netFailure.ts).
 * @example await testConnection(draft.endpoint, { allowedOrigins: sendPolicyFor({ ...settings, endpoint: draft.endpoint }).allowedOrigins })
 */
export async function testConnection(endpoint: EndpointConfig, opts: ListModelsOptions): Promise<ConnectionResult> {
  try {
    const models = await listModels(endpoint, opts);
    return { ok: true, models, modelListed: endpoint.provider === 'built-in' || models.includes(endpoint.model) };
  } catch (err) {
    if (err instanceof LlmError && err.failure.code !== 'unreachable') return { ok: false, error: err.failure };
    const probes = createGuardedFetch({ allowedOrigins: [...opts.allowedOrigins], baseFetch: opts.fetch });
    return { ok: false, error: await diagnoseLlmError(err, endpoint, { fetch: probes, netError: opts.netError }) };
  }
}

/** The models URL, following the same Azure URL rules as createLanguageModel. */
export function modelsUrl(endpoint: EndpointConfig): string {
  const base = endpoint.baseURL.trim().replace(/\/+$/, '') || 'https://api.openai.com/v1';
  if (endpoint.provider !== 'azure') return `${base}/models`;
  const apiVersion = endpoint.apiVersion.trim();
  const isAzureHost = AZURE_HOST.test(new URL(base).hostname);
  const versionedBase = /\/openai\/v1$/i.test(base);
  const url = new URL(apiVersion && apiVersion !== 'v1' ? `${base}/models` : isAzureHost && !versionedBase ? `${base}/v1/models` : `${base}/models`);
  if ((apiVersion && apiVersion !== 'v1') || (isAzureHost && !versionedBase)) url.searchParams.set('api-version', apiVersion || 'v1');
  return url.href;
}

function authHeaders(endpoint: EndpointConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  if (endpoint.apiKey) {
    if (endpoint.provider === 'azure') headers['api-key'] = endpoint.apiKey;
    else headers.Authorization = `Bearer ${endpoint.apiKey}`;
  }
  if (endpoint.authHeader) headers[endpoint.authHeader.name] = endpoint.authHeader.value;
  return headers;
}

function parseModelList(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    const data = (parsed as { data?: unknown }).data;
    if (!Array.isArray(data)) return null;
    return data.map((m: unknown) => (m as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
  } catch {
    return null;
  }
}
