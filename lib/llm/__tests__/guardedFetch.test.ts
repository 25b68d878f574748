import { describe, expect, it } from 'vitest';
import { endpointOrigin } from '../../settings/endpoint';
import { createLanguageModel } from '../createLanguageModel';
import { createGuardedFetch, type OutgoingRequest } from '../guardedFetch';
import { classifyLlmError, LlmError } from '../llmError';
import { previewRequest } from '../previewRequest';
import { streamDraft } from '../streamDraft';
import { suggestFields } from '../suggestFields';
import { testEndpoint, useTestLlmServer, woundForm, woundSource } from './fixtures';

const server = useTestLlmServer();
const other = useTestLlmServer();

const answer = { json: { pijnscore: { value: 4, quote: 'pijnscore 4' } } };

describe('createGuardedFetch (egress lock)', () => {
  it('blocks a request to another origin before anything is sent', async () => {
    other.enqueue(answer);
    const audit: OutgoingRequest[] = [];
    const guarded = createGuardedFetch({ allowedOrigins: [server.origin], onRequest: (r) => void audit.push(r) });
    const model = createLanguageModel(testEndpoint(other.url), { fetch: guarded });

    const err = await suggestFields({ model, fields: woundForm, sourceText: woundSource, language: 'nl' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmError);
    expect(classifyLlmError(err).code).toBe('egress-blocked');
    expect(other.requests).toHaveLength(0);
    expect(audit).toHaveLength(0);
    expect(other.pending()).toBe(1);
  });

  it('blocks direct calls to other origins and unparsable URLs', async () => {
    const guarded = createGuardedFetch({ allowedOrigins: [server.url] });
    await expect(guarded(`${other.url}/models`)).rejects.toMatchObject({ failure: { code: 'egress-blocked' } });
    await expect(guarded('not a url')).rejects.toMatchObject({ failure: { code: 'egress-blocked' } });
    // Same host, other port = other origin.
    await expect(guarded(`http://127.0.0.1:${other.port}/v1/models`)).rejects.toMatchObject({ failure: { code: 'egress-blocked' } });
    expect(other.requests).toHaveLength(0);
  });

  it('reports every allowed request with its exact body, retries included', async () => {
    server.enqueue({ status: 429 }, answer);
    const audit: OutgoingRequest[] = [];
    const endpoint = testEndpoint(server.url);
    const guarded = createGuardedFetch({ allowedOrigins: [endpointOrigin(endpoint)], onRequest: (r) => void audit.push(r) });
    await suggestFields({ model: createLanguageModel(endpoint, { fetch: guarded }), fields: woundForm, sourceText: woundSource, language: 'nl' });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual({ url: `${server.url}/chat/completions`, method: 'POST', body: server.requests[0]!.rawBody });
    expect(audit[1]!.body).toBe(server.requests[1]!.rawBody);
  });

  it('sends nothing when the audit hook fails (no log, no send)', async () => {
    server.enqueue(answer);
    const guarded = createGuardedFetch({
      allowedOrigins: [server.origin],
      onRequest: () => {
        throw new Error('audit log unavailable');
      },
    });
    const model = createLanguageModel(testEndpoint(server.url), { fetch: guarded });
    await expect(suggestFields({ model, fields: woundForm, sourceText: woundSource, language: 'nl', maxRetries: 0 })).rejects.toBeInstanceOf(LlmError);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a redirect from the allowed server to another origin', async () => {
    server.setHandler(() => ({ status: 307, body: '', headers: { location: `${other.url}/chat/completions` } }));
    other.enqueue(answer);
    const guarded = createGuardedFetch({ allowedOrigins: [server.origin] });
    const model = createLanguageModel(testEndpoint(server.url), { fetch: guarded });
    await expect(suggestFields({ model, fields: woundForm, sourceText: woundSource, language: 'nl', maxRetries: 0 })).rejects.toBeInstanceOf(LlmError);
    expect(server.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });

  it('lets a no-cors probe through only as a GET without body or credentials (browsers require it to follow redirects)', async () => {
    const seen: RequestInit[] = [];
    const guarded = createGuardedFetch({
      allowedOrigins: [server.origin],
      baseFetch: async (_input, init) => {
        seen.push(init ?? {});
        return new Response(null);
      },
    });
    await guarded(`${server.origin}/`, { mode: 'no-cors', method: 'GET' });
    expect(seen[0]).toMatchObject({ mode: 'no-cors', credentials: 'omit', redirect: 'follow' });
    await expect(guarded(`${server.origin}/`, { mode: 'no-cors', method: 'POST', body: 'x' })).rejects.toMatchObject({ failure: { code: 'egress-blocked' } });
    await expect(guarded(`${other.origin}/`, { mode: 'no-cors' })).rejects.toMatchObject({ failure: { code: 'egress-blocked' } });
    await guarded(`${server.origin}/`, { method: 'GET' });
    expect(seen[1]).toMatchObject({ redirect: 'error' });
  });
});

describe('previewRequest', () => {
  it('captures exactly the body the real call sends, and sends nothing itself', async () => {
    const endpoint = testEndpoint(server.url);
    const run = (fetch: typeof globalThis.fetch) =>
      suggestFields({ model: createLanguageModel(endpoint, { fetch }), fields: woundForm, sourceText: woundSource, notes: 'pijn 4', language: 'nl' });

    const preview = await previewRequest(run);
    expect(server.requests).toHaveLength(0);
    expect(preview.url).toBe(`${server.url}/chat/completions`);
    expect(preview.method).toBe('POST');

    server.enqueue(answer);
    await run(globalThis.fetch);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.rawBody).toBe(preview.body);
  });

  it('works for streaming calls (same body as the streamed request)', async () => {
    const run = (fetch: typeof globalThis.fetch) =>
      streamDraft({ model: createLanguageModel(testEndpoint(server.url), { fetch }), system: 'Schrijf een SOEP-rapportage.', prompt: 'notities: pijn 4' });
    const preview = await previewRequest(run);
    expect(JSON.parse(preview.body)).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    server.enqueue({ text: 'S: pijn 4' });
    await run(globalThis.fetch);
    expect(server.requests[0]!.rawBody).toBe(preview.body);
  });
});

describe('network failures are not retried', () => {
  it('a server that cannot be reached fails once, as unreachable, without SDK retries', async () => {
    let calls = 0;
    const baseFetch = (() => {
      calls++;
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const endpoint = { provider: 'openai-compatible', baseURL: 'http://127.0.0.1:9/v1', model: 'm', apiKey: '', apiVersion: '', contextTokens: 8192, timeoutMs: 10_000, concurrency: 2 } as const;
    const fetchImpl = createGuardedFetch({ allowedOrigins: [endpointOrigin(endpoint)], baseFetch });
    const error = await suggestFields({
      model: createLanguageModel(endpoint, { fetch: fetchImpl }),
      fields: [{ key: 'pols', label: 'Pols', kind: 'number', value: '' }],
      sourceText: 'P 88',
      language: 'nl',
      maxRetries: 2,
    }).catch((e: unknown) => e);
    expect(classifyLlmError(error).code).toBe('unreachable');
    expect(calls).toBe(1);
  });
});
