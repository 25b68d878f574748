import { createAzure } from '@ai-sdk/azure';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import type { EndpointConfig } from '../settings/endpoint';
import { createBuiltInModel } from './builtInModel';

export interface ModelOptions {
  /** Every HTTP request goes through this fetch (wrap it with createGuardedFetch for the egress lock). */
  fetch?: typeof fetch;
}

/**
 * The AI SDK model for an endpoint. All HTTP providers use the Chat Completions API, which every
 * OpenAI-compatible server (Ollama, vLLM, LM Studio, Azure deployments) speaks; structured output is
 * sent as `response_format: { type: 'json_schema', strict: true }`.
 *
 * @example
 * const model = createLanguageModel(endpoint, {
 *   fetch: createGuardedFetch({ allowedOrigins: [endpointOrigin(endpoint)], onRequest: audit }),
 * });
 */
export function createLanguageModel(endpoint: EndpointConfig, opts: ModelOptions = {}): LanguageModel {
  const headers = endpoint.authHeader ? { [endpoint.authHeader.name]: endpoint.authHeader.value } : undefined;
  const baseURL = endpoint.baseURL.trim().replace(/\/+$/, '');
  switch (endpoint.provider) {
    case 'openai-compatible':
      return createOpenAICompatible({
        name: 'dossierhulp',
        baseURL,
        // No key (Ollama): send no Authorization header at all rather than "Bearer ".
        apiKey: endpoint.apiKey || undefined,
        headers,
        fetch: opts.fetch,
        supportsStructuredOutputs: true,
        includeUsage: true,
      }).chatModel(endpoint.model);
    case 'azure': {
      // A dated api-version (e.g. 2024-10-21) means the classic /deployments/{name}/… URLs; none or 'v1' the v1 API.
      const apiVersion = endpoint.apiVersion.trim();
      return createAzure({
        baseURL,
        apiKey: endpoint.apiKey,
        apiVersion: apiVersion || undefined,
        useDeploymentBasedUrls: apiVersion !== '' && apiVersion !== 'v1',
        headers,
        fetch: opts.fetch,
      }).chat(endpoint.model);
    }
    case 'openai':
      return createOpenAI({
        baseURL: baseURL || undefined,
        apiKey: endpoint.apiKey,
        headers,
        fetch: opts.fetch,
      }).chat(endpoint.model);
    case 'built-in':
      return createBuiltInModel();
  }
}
