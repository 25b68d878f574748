import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLanguageModel } from '../createLanguageModel';
import { listModels, modelsUrl, testConnection } from '../listModels';
import { streamDraft } from '../streamDraft';
import { testEndpoint, useTestLlmServer } from './fixtures';

const server = useTestLlmServer({ models: ['llama3.1:8b', 'test-model'] });
/** The egress lock open for the test server, as sendPolicyFor opens it for an allowed endpoint. */
const allowed = () => ({ allowedOrigins: [server.origin] });

describe('listModels / testConnection', () => {
  it('lists the server models with the API key and extra header', async () => {
    const endpoint = testEndpoint(server.url, { apiKey: 'sk-test', authHeader: { name: 'X-Org-Token', value: 'abc' } });
    await expect(listModels(endpoint, allowed())).resolves.toEqual(['llama3.1:8b', 'test-model']);
    const request = server.requests[0]!;
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/v1/models');
    expect(request.headers.authorization).toBe('Bearer sk-test');
    expect(request.headers['x-org-token']).toBe('abc');
  });

  it('testConnection says whether the configured model is listed', async () => {
    await expect(testConnection(testEndpoint(server.url), allowed())).resolves.toEqual({ ok: true, models: ['llama3.1:8b', 'test-model'], modelListed: true });
    await expect(testConnection(testEndpoint(server.url, { model: 'mistral' }), allowed())).resolves.toMatchObject({ ok: true, modelListed: false });
  });

  it('testConnection classifies failures instead of throwing', async () => {
    server.setHandler((req) => (req.path.endsWith('/models') ? { status: 401 } : undefined));
    await expect(testConnection(testEndpoint(server.url), allowed())).resolves.toMatchObject({ ok: false, error: { code: 'unauthorized', status: 401 } });
    server.setHandler((req) => (req.path.endsWith('/models') ? { status: 403, body: '' } : undefined));
    await expect(testConnection(testEndpoint(server.url), allowed())).resolves.toMatchObject({ ok: false, error: { code: 'cors-origin' } });
    server.setHandler(() => ({ status: 200, body: '<html>Ollama is running</html>' }));
    await expect(testConnection(testEndpoint(server.url), allowed())).resolves.toMatchObject({ ok: false, error: { code: 'unknown' } });
  });

  it('testConnection tells a refused connection, a reset and a name that does not resolve apart', async () => {
    const url = server.url.replace(String(server.port), String(await closedPort()));
    await expect(testConnection(testEndpoint(url), { allowedOrigins: [new URL(url).origin] })).resolves.toMatchObject({ ok: false, error: { code: 'connection-refused' } });
    server.setHandler((req) => (req.path.endsWith('/models') ? { reset: true } : undefined));
    await expect(testConnection(testEndpoint(server.url), allowed())).resolves.toMatchObject({ ok: false, error: { code: 'connection-reset' } });
    const nowhere = 'http://dossierhulp-test.invalid/v1';
    await expect(testConnection(testEndpoint(nowhere), { allowedOrigins: ['http://dossierhulp-test.invalid'] })).resolves.toMatchObject({ ok: false, error: { code: 'dns-failed' } });
  });

  it('"Verbinding testen" refuses an endpoint the policy does not allow: no request, so no API key, leaves', async () => {
    const endpoint = testEndpoint(server.url, { apiKey: 'sk-geheim', authHeader: { name: 'X-Org-Token', value: 'abc' } });
    await expect(testConnection(endpoint, { allowedOrigins: [] })).resolves.toMatchObject({ ok: false, error: { code: 'egress-blocked' } });
    await expect(testConnection(endpoint, { allowedOrigins: ['https://ai.zorg.example'] })).resolves.toMatchObject({ ok: false, error: { code: 'egress-blocked' } });
    expect(server.requests).toHaveLength(0);
  });

  it('goes through the egress lock even with a fetch of its own', async () => {
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    await expect(testConnection(testEndpoint(server.url), { allowedOrigins: [], fetch: spy })).resolves.toMatchObject({ ok: false, error: { code: 'egress-blocked' } });
    expect(seen).toEqual([]);
  });
});

describe('Azure', () => {
  const azure = (apiVersion: string) => testEndpoint(server.url.replace(/\/v1$/, '/openai'), { provider: 'azure', model: 'my-gpt4o', apiKey: 'az-key', apiVersion });

  it('lists models with api-version and the api-key header', async () => {
    await listModels(azure('2024-10-21'), allowed());
    expect(server.requests[0]!.path).toBe('/openai/models');
    expect(server.requests[0]!.query['api-version']).toBe('2024-10-21');
    expect(server.requests[0]!.headers['api-key']).toBe('az-key');
  });

  it('calls the deployment URL with api-version for a dated version', async () => {
    server.enqueue({ text: 'hallo' });
    await streamDraft({ model: createLanguageModel(azure('2024-10-21')), system: 's', prompt: 'p' });
    expect(server.requests[0]!.path).toBe('/openai/deployments/my-gpt4o/chat/completions');
    expect(server.requests[0]!.query['api-version']).toBe('2024-10-21');
    expect(server.requests[0]!.headers['api-key']).toBe('az-key');
  });

  it('builds v1 URLs for Azure hosts without a dated version', () => {
    const endpoint = testEndpoint('https://res.openai.azure.com/openai', { provider: 'azure', apiVersion: '' });
    expect(modelsUrl(endpoint)).toBe('https://res.openai.azure.com/openai/v1/models?api-version=v1');
  });
});

/** A port nothing listens on (bound, then closed). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
