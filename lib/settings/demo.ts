import type { EndpointConfig } from './endpoint';

/**
 * The model name `npm run demo` configures and the demo model server lists. The panel shows "Demomodel — geen
 * echte AI" for it, so nobody mistakes the demo's deterministic answers for a real model's.
 */
export const DEMO_MODEL = 'dossierhulp-demo';

/** True for the demo model of `npm run demo` (tests/llm-server --demo). */
export function isDemoEndpoint(endpoint: Pick<EndpointConfig, 'provider' | 'model'>): boolean {
  return endpoint.provider !== 'built-in' && endpoint.model === DEMO_MODEL;
}
