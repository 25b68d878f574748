import { testConnection, type ConnectionResult } from '../llm/listModels';
import { endpointConfigSchema, endpointOrigin, type EndpointConfig } from '../settings/endpoint';
import { checkEndpoint } from '../settings/endpointAllowlist';
import type { Settings, TranscriptionSettings } from '../settings/schema';

/**
 * testConnection through the egress lock: nothing is sent, and so no API key or auth header leaves,
 * unless the organisation's allowlist allows the endpoint, and then only to the endpoint's own origin.
 *
 * @example await testAllowedConnection(settings, draft.endpoint) // the options page's "Test" button
 */
export async function testAllowedConnection(
  settings: Pick<Settings, 'allowedEndpointOrigins'>,
  endpoint: EndpointConfig,
  baseFetch?: typeof fetch,
): Promise<ConnectionResult> {
  const check = checkEndpoint(settings, endpoint);
  if (!check.ok) return { ok: false, error: { code: 'egress-blocked', detail: check.origin ?? check.url } };
  const allowedOrigins = endpoint.provider === 'built-in' ? [] : [endpointOrigin(endpoint)];
  return testConnection(endpoint, { allowedOrigins, fetch: baseFetch });
}

/** The transcription server as an endpoint, so its model list is fetched the same way (GET {baseURL}/models). */
export function transcriptionEndpoint(transcription: TranscriptionSettings): EndpointConfig {
  return endpointConfigSchema.parse({
    provider: transcription.provider,
    baseURL: transcription.baseURL,
    model: transcription.model,
    apiKey: transcription.apiKey,
    timeoutMs: 15_000,
  });
}
