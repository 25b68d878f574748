import { isPlainObject } from '../settingPaths';

/**
 * v1 → v2. The prototype stored the model connection flat (`baseUrl`, `apiKey`, `model`, `provider`);
 * v2 nests it under `endpoint` with the AI SDK's spelling `baseURL`. Values already nested win over
 * flat ones, so running this twice changes nothing.
 */
export function migrateToV2(old: unknown): Record<string, unknown> {
  if (!isPlainObject(old)) return { schemaVersion: 2 };
  const { baseUrl, apiKey, model, provider, endpoint, ...rest } = old;
  const flat: Record<string, unknown> = {};
  if (typeof baseUrl === 'string') flat.baseURL = baseUrl;
  if (typeof apiKey === 'string') flat.apiKey = apiKey;
  if (typeof model === 'string') flat.model = model;
  if (typeof provider === 'string') flat.provider = provider;
  const nested = { ...flat, ...(isPlainObject(endpoint) ? endpoint : {}) };
  return { ...rest, ...(Object.keys(nested).length > 0 ? { endpoint: nested } : {}), schemaVersion: 2 };
}
