import type { EndpointConfig } from '../settings/endpoint';
import { builtInModelAvailability } from './builtInModel';
import { withDeadline } from './deadline';
import { classifyHttpFailure, diagnoseLlmError, LlmError, type LlmFailure } from './llmError';

export interface ListModelsOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Default: the endpoint's timeoutMs, at most 15 s (a model list is quick or the server is not there). */
  timeoutMs?: number;
}

export type ConnectionResult =
  | { ok: true; models: string[]; /** The configured model (Azure: deployment) is in the list. */ modelListed: boolean }
  | { ok: false; error: LlmFailure };

const AZURE_HOST = /\.(openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com)$/i;

/**
 * GET {baseURL}/models in the OpenAI list shape (`{ data: [{ id }] }`); Azure gets its api-version.
 * Throws an LlmError (unreachable, unauthorized, cors-origin, …).
 */
export async function listModels(endpoint: EndpointConfig, opts: ListModelsOptions = {}): Promise<string[]> {
  if (endpoint.provider === 'built-in') {
    const availability = await builtInModelAvailability();
    if (availability === 'unavailable') throw new LlmError({ code: 'not-supported', detail: 'No built-in browser model.' });
    return ['text'];
  }
  const send = opts.fetch ?? globalThis.fetch;
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
 * Checks an endpoint by listing its models. Never throws: a failure comes back classified, with
 * browser fetch failures told apart into 'cors-origin' and 'unreachable' by a no-cors probe.
 */
export async function testConnection(endpoint: EndpointConfig, opts: ListModelsOptions = {}): Promise<ConnectionResult> {
  try {
    const models = await listModels(endpoint, opts);
    return { ok: true, models, modelListed: endpoint.provider === 'built-in' || models.includes(endpoint.model) };
  } catch (err) {
    const cause = err instanceof LlmError && err.cause !== undefined ? err.cause : err;
    const failure = err instanceof LlmError && err.failure.code !== 'unreachable' ? err.failure : await diagnoseLlmError(cause, endpoint, { fetch: opts.fetch });
    return { ok: false, error: failure };
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
