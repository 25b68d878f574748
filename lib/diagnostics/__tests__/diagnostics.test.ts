import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLlmServer, type TestLlmServer } from '../../../tests/llm-server/server.mjs';
import { endpointConfigSchema } from '../../settings/endpoint';
import { resolveSettings } from '../../settings/resolve';
import { defaultSettings } from '../../settings/schema';
import { diagnoseEndpoint, settingRows, testAllowedConnection, transcriptionEndpoint } from '..';

let open: TestLlmServer;
let strict: TestLlmServer;
beforeAll(async () => {
  [open, strict] = await Promise.all([startTestLlmServer({ models: ['llama3.1:8b', 'whisper-1'] }), startTestLlmServer({ allowOrigins: ['chrome-extension://iets-anders'] })]);
});
afterAll(() => Promise.all([open.close(), strict.close()]));

/** Node's fetch sends no Origin; the extension's does. */
const asExtension: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: 'chrome-extension://knjnalaaihnpahegbfkcbhedkjccefal' } });
const endpoint = (baseURL: string, over = {}) => endpointConfigSchema.parse({ baseURL, model: 'llama3.1:8b', apiKey: 'sleutel', ...over });
const deps = { hasHostPermission: async () => true, baseFetch: asExtension };
const noAllowlist = { allowedEndpointOrigins: null };

describe('diagnoseEndpoint', () => {
  it('a working server: reachable, CORS ok, its models, the configured one listed', async () => {
    const d = await diagnoseEndpoint(endpoint(open.url), noAllowlist, deps);
    expect(d).toMatchObject({ state: 'checked', origin: open.origin, hostPermission: true, reachable: true, cors: 'ok', models: ['llama3.1:8b', 'whisper-1'], modelListed: true });
  });

  it('a server that refuses the extension origin (Ollama outside OLLAMA_ORIGINS): up, but CORS refused by the server', async () => {
    const d = await diagnoseEndpoint(endpoint(strict.url), noAllowlist, { ...deps, hasHostPermission: async () => false });
    expect(d).toMatchObject({ reachable: true, cors: 'origin-refused', hostPermission: false, models: null });
    expect(d.failure?.code).toBe('cors-origin');
  });

  it('nothing listening: unreachable', async () => {
    const d = await diagnoseEndpoint(endpoint('http://127.0.0.1:9/v1'), noAllowlist, deps);
    expect(d).toMatchObject({ reachable: false, cors: 'unknown' });
  });

  it('an endpoint outside the allowlist gets no request at all, so its key never leaves', async () => {
    const before = open.requests.length;
    const d = await diagnoseEndpoint(endpoint(open.url), { allowedEndpointOrigins: ['https://ai.zorg.example'] }, deps);
    expect(d.state).toBe('not-allowed');
    expect(open.requests.length).toBe(before);
    const test = await testAllowedConnection({ allowedEndpointOrigins: ['https://ai.zorg.example'] }, endpoint(open.url), asExtension);
    expect(test).toEqual({ ok: false, error: { code: 'egress-blocked', detail: open.origin } });
    expect(open.requests.length).toBe(before);
  });

  it('the key goes to the endpoint origin only, with the model list; the origin check carries no key', async () => {
    open.reset();
    await diagnoseEndpoint(endpoint(open.url), noAllowlist, deps);
    expect(open.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
      ['GET', '/v1/models', 'Bearer sleutel'],
      ['POST', '/v1/models', undefined],
    ]);
  });

  it('a server that lists its models to a GET but refuses the POST from the extension origin (Ollama) is caught', async () => {
    // Browsers send no Origin with a GET to a host the extension may reach, but do with a POST.
    const originOnPost: typeof fetch = (input, init) =>
      fetch(input, init?.method === 'POST' ? { ...init, headers: { ...(init.headers as Record<string, string>), Origin: 'chrome-extension://knjnalaaihnpahegbfkcbhedkjccefal' } } : init);
    const d = await diagnoseEndpoint(endpoint(strict.url), noAllowlist, { ...deps, baseFetch: originOnPost });
    expect(d).toMatchObject({ reachable: true, cors: 'origin-refused', models: ['test-model'] });
  });

  it('the built-in model and an empty transcription server need no request', async () => {
    expect((await diagnoseEndpoint(endpoint('', { provider: 'built-in' }), noAllowlist, deps)).state).toBe('built-in');
    expect((await diagnoseEndpoint(transcriptionEndpoint(defaultSettings().transcription), noAllowlist, deps)).state).toBe('not-configured');
  });

  it('checks the transcription server the same way', async () => {
    const d = await diagnoseEndpoint(transcriptionEndpoint({ ...defaultSettings().transcription, baseURL: open.url }), noAllowlist, deps);
    expect(d).toMatchObject({ reachable: true, cors: 'ok', modelListed: true });
  });
});

describe('settingRows', () => {
  it('lists every setting with its source, and masks secrets', () => {
    const resolved = resolveSettings(
      defaultSettings(),
      { language: 'en' },
      {
        endpoint: { baseURL: 'https://ai.zorg.example/v1', apiKey: 'geheim', authHeader: { name: 'X-Key', value: 'nog-geheimer' } },
        auditForwarding: { url: 'https://logs.zorg.example/in', headers: { Authorization: 'Splunk abc' } },
      },
    );
    const rows = settingRows(resolved);
    const row = (path: string) => rows.find((r) => r.path === path)!;
    expect(row('endpoint.baseURL')).toEqual({ path: 'endpoint.baseURL', value: 'https://ai.zorg.example/v1', source: 'policy', locked: true });
    expect(row('endpoint.apiKey').value).toBe('••••••');
    expect(row('endpoint.authHeader').value).toBe('X-Key: ••••••');
    expect(row('auditForwarding').value).toBe('https://logs.zorg.example/in (100 per verzoek; Authorization: ••••••)');
    expect(row('language')).toMatchObject({ value: 'en', source: 'user', locked: false });
    expect(row('endpoint.timeoutMs')).toMatchObject({ value: '120000', source: 'default' });
    expect(JSON.stringify(rows)).not.toMatch(/geheim|Splunk abc/);
  });
});
