import { afterEach, describe, expect, it } from 'vitest';
import { discoverContextWindow, OLLAMA_DEFAULT_CONTEXT } from '../contextWindow';
import { createGuardedFetch } from '../guardedFetch';
import { testEndpoint, useTestLlmServer } from './fixtures';

const server = useTestLlmServer();
afterEach(() => server.setContextReport(null));

const discover = (overrides = {}) => {
  const endpoint = testEndpoint(server.url, { contextTokens: 8192, ...overrides });
  return discoverContextWindow(endpoint, { fetch: createGuardedFetch({ allowedOrigins: [server.origin] }) });
};

describe('discoverContextWindow', () => {
  it('takes vLLM max_model_len from /v1/models', async () => {
    server.setContextReport({ style: 'vllm', tokens: 32768 });
    expect(await discover()).toMatchObject({ tokens: 32768, source: 'vllm', server: 'vllm', truncatesSilently: false, configured: 8192 });
  });

  it('takes the running context of a loaded Ollama model, and flags silent truncation', async () => {
    server.setContextReport({ style: 'ollama', tokens: 4096, loaded: true, modelMax: 131072 });
    expect(await discover()).toMatchObject({ tokens: 4096, source: 'ollama-loaded', server: 'ollama', truncatesSilently: true, modelMax: 131072 });
    const show = server.requests.find((r) => r.path === '/api/show');
    expect(show?.body).toMatchObject({ model: 'test-model' });
  });

  it("takes Ollama's num_ctx, else budgets at Ollama's default until the model is loaded", async () => {
    server.setContextReport({ style: 'ollama', tokens: 0, numCtx: 16384 });
    expect(await discover()).toMatchObject({ tokens: 16384, source: 'ollama-num-ctx' });
    server.setContextReport({ style: 'ollama', tokens: 0 });
    expect(await discover()).toMatchObject({ tokens: OLLAMA_DEFAULT_CONTEXT, source: 'ollama-default', truncatesSilently: true });
  });

  it('takes LM Studio loaded_context_length, and the llama.cpp server n_ctx', async () => {
    server.setContextReport({ style: 'lmstudio', tokens: 12000, loaded: true, modelMax: 32768 });
    expect(await discover()).toMatchObject({ tokens: 12000, source: 'lmstudio-loaded', server: 'lmstudio', modelMax: 32768 });
    server.setContextReport({ style: 'llamacpp', tokens: 6144 });
    expect(await discover()).toMatchObject({ tokens: 6144, source: 'llamacpp', server: 'llamacpp' });
  });

  it('falls back to contextTokens when nothing tells, and never leaves the egress lock', async () => {
    expect(await discover({ contextTokens: 6000 })).toMatchObject({ tokens: 6000, source: 'configured', server: 'unknown' });
    server.reset();
    server.setContextReport({ style: 'vllm', tokens: 32768 });
    const blocked = await discoverContextWindow(testEndpoint(server.url), { fetch: createGuardedFetch({ allowedOrigins: ['https://elsewhere.example'] }) });
    expect(blocked.source).toBe('configured');
    expect(server.requests).toHaveLength(0);
    const azure = await discoverContextWindow(testEndpoint(server.url, { provider: 'azure' }), { fetch: createGuardedFetch({ allowedOrigins: [server.origin] }) });
    expect(azure.source).toBe('configured');
  });
});
