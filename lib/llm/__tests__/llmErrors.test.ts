import { createServer } from 'node:net';
import { keyedSuggestions } from './keyedSuggestions';
import { describe, expect, it } from 'vitest';
import { startTestLlmServer } from '../../../tests/llm-server/server.mjs';
import { createLanguageModel } from '../createLanguageModel';
import { classifyHttpFailure, classifyLlmError, diagnoseLlmError, llmErrorCodeSchema } from '../llmError';
import { catalogues } from '../../i18n';
import { streamDraft } from '../streamDraft';
import { suggestFields } from '../suggestFields';
import { failureOf, testEndpoint, useTestLlmServer, woundForm, woundSource } from './fixtures';

const server = useTestLlmServer();

const fields = woundForm.slice(0, 1);
const answer = { json: { pijnscore: { value: 4, quote: 'pijnscore 4' } } };

function suggest(opts: { url?: string; maxRetries?: number; timeoutMs?: number; signal?: AbortSignal } = {}) {
  const model = createLanguageModel(testEndpoint(opts.url ?? server.url));
  return suggestFields({ model, fields, sourceText: woundSource, language: 'nl', maxRetries: opts.maxRetries, timeoutMs: opts.timeoutMs, signal: opts.signal });
}

/** A port on loopback that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('HTTP failures', () => {
  it('401 → unauthorized, not retried', async () => {
    server.enqueue({ status: 401 });
    const failure = await failureOf(suggest());
    expect(failure).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(failure.detail).toContain('Incorrect API key');
    expect(server.requests).toHaveLength(1);
  });

  it('404 for the model → model-not-found', async () => {
    server.enqueue({ status: 404 });
    const failure = await failureOf(suggest());
    expect(failure).toMatchObject({ code: 'model-not-found', status: 404 });
    expect(failure.detail).toContain('test-model');
  });

  it('Ollama-style 403 with an empty body → cors-origin; 403 with an error body → unauthorized', async () => {
    server.enqueue({ status: 403, body: '' });
    expect(await failureOf(suggest())).toMatchObject({ code: 'cors-origin', status: 403 });
    server.enqueue({ status: 403 });
    expect(await failureOf(suggest())).toMatchObject({ code: 'unauthorized', status: 403 });
  });

  it('a server that rejects the extension origin (OLLAMA_ORIGINS) is classified cors-origin', async () => {
    const strict = await startTestLlmServer({ allowOrigins: ['chrome-extension://allowed'] });
    try {
      const model = createLanguageModel(testEndpoint(strict.url, { authHeader: { name: 'Origin', value: 'chrome-extension://other' } }));
      const failure = await failureOf(suggestFields({ model, fields, sourceText: woundSource, language: 'nl' }));
      expect(failure.code).toBe('cors-origin');
    } finally {
      await strict.close();
    }
  });

  it('429 is retried, then succeeds (2 requests)', async () => {
    server.enqueue({ status: 429 }, answer);
    const suggestions = await suggest({ maxRetries: 2 });
    expect(keyedSuggestions(suggestions)).toEqual([{ fieldKey: 'pijnscore', value: '4', quote: 'pijnscore 4' }]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.rawBody).toBe(server.requests[0]!.rawBody);
  });

  it('500 and 503 are retried, then succeed', async () => {
    server.enqueue({ status: 500 }, { status: 503 }, answer);
    await expect(suggest({ maxRetries: 2 })).resolves.toHaveLength(1);
    expect(server.requests).toHaveLength(3);
  });

  it('429 on every attempt → rate-limited after maxRetries + 1 requests', async () => {
    server.enqueue({ status: 429 }, { status: 429 }, { status: 429 });
    const failure = await failureOf(suggest({ maxRetries: 2 }));
    expect(failure).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(failure.detail).toContain('3 attempts');
    expect(server.requests).toHaveLength(3);
    expect(server.pending()).toBe(0);
  });

  it('500 on every attempt → server-error', async () => {
    server.enqueue({ status: 500 }, { status: 500 });
    expect(await failureOf(suggest({ maxRetries: 1 }))).toMatchObject({ code: 'server-error', status: 500 });
    expect(server.requests).toHaveLength(2);
  });

  it('context_length_exceeded (400) → context-too-long, not retried', async () => {
    server.enqueue({ error: 'context_length_exceeded' });
    const failure = await failureOf(suggest());
    expect(failure).toMatchObject({ code: 'context-too-long', status: 400 });
    expect(server.requests).toHaveLength(1);
  });

  it('an empty queue answers 500 with a clear message, so no test passes by accident', async () => {
    const failure = await failureOf(suggest({ maxRetries: 0 }));
    expect(failure.code).toBe('server-error');
    expect(failure.detail).toContain('no scripted response');
  });
});

describe('time and cancel', () => {
  it('a slow answer past timeoutMs → timeout', async () => {
    server.enqueue({ delayMs: 2000, then: answer });
    const started = Date.now();
    const failure = await failureOf(suggest({ timeoutMs: 200 }));
    expect(failure.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('the user cancels a hanging request → cancelled, and the server sees the client go away', async () => {
    server.enqueue({ hang: true });
    const controller = new AbortController();
    const pending = suggest({ signal: controller.signal, timeoutMs: 10_000 });
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    expect((await failureOf(pending)).code).toBe('cancelled');
    await waitFor(() => server.requests[0]!.aborted);
  });

  it('an already cancelled signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await failureOf(suggest({ signal: controller.signal }))).code).toBe('cancelled');
    expect(server.requests).toHaveLength(0);
  });

  it('cancel works for streaming too, mid-stream', async () => {
    server.enqueue({ text: 'een twee drie vier vijf zes zeven acht', chunkDelayMs: 100 });
    const controller = new AbortController();
    const seen: string[] = [];
    const pending = streamDraft({
      model: createLanguageModel(testEndpoint(server.url)),
      system: 's',
      prompt: 'p',
      signal: controller.signal,
      onText: (delta) => {
        seen.push(delta);
        if (seen.length === 2) controller.abort();
      },
    });
    expect((await failureOf(pending)).code).toBe('cancelled');
    expect(seen.length).toBeLessThan(8);
  });

  it('a closed port → connection-refused (not a CORS problem)', async () => {
    const port = await closedPort();
    const failure = await failureOf(suggest({ url: `http://127.0.0.1:${port}/v1`, maxRetries: 0 }));
    expect(failure.code).toBe('connection-refused');
  });
});

describe('classification without a server', () => {
  it('classifies HTTP answers by status and body', () => {
    expect(classifyHttpFailure(400, '{"error":{"message":"This model\'s maximum context length is 4096 tokens"}}').code).toBe('context-too-long');
    expect(classifyHttpFailure(400, '{"error":"the request exceeds the available context size, try increasing it"}').code).toBe('context-too-long');
    expect(classifyHttpFailure(413, '').code).toBe('context-too-long');
    expect(classifyHttpFailure(400, '{"error":{"message":"model \\"llama9\\" not found, try pulling it first"}}').code).toBe('model-not-found');
    expect(classifyHttpFailure(400, '{"error":{"message":"temperature must be a number"}}').code).toBe('unknown');
    expect(classifyHttpFailure(403, '', testEndpoint('https://x.openai.azure.com/openai', { provider: 'azure' })).code).toBe('unauthorized');
    expect(classifyHttpFailure(502, 'Bad gateway').code).toBe('server-error');
  });

  it('classifies browser-style fetch failures and aborts', () => {
    expect(classifyLlmError(new TypeError('Failed to fetch')).code).toBe('unreachable');
    expect(classifyLlmError(new DOMException('x', 'TimeoutError')).code).toBe('timeout');
    expect(classifyLlmError(new DOMException('x', 'AbortError')).code).toBe('cancelled');
    expect(classifyLlmError(new Error('boom'))).toEqual({ code: 'unknown', detail: 'boom' });
  });

  it('tells a reset, a CORS refusal and a refused connection apart after a browser fetch TypeError, with probes that carry nothing', async () => {
    const endpoint = testEndpoint('http://localhost:11434/v1');
    const probes: { url: string; mode?: RequestMode }[] = [];
    const browser = (answers: { noCors: boolean; cors: boolean }) =>
      (async (url: string, init?: RequestInit) => {
        probes.push({ url, mode: init?.mode });
        if (init?.mode === 'no-cors' ? answers.noCors : answers.cors) return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
    // The server is there and lets the extension read a plain GET: the request itself broke off.
    expect((await diagnoseLlmError(new TypeError('Failed to fetch'), endpoint, { fetch: browser({ noCors: true, cors: true }) })).code).toBe('connection-reset');
    expect(probes).toEqual([
      { url: 'http://localhost:11434/', mode: 'no-cors' },
      { url: 'http://localhost:11434/v1', mode: 'cors' },
    ]);
    // The server is there but the browser hides its answers from the extension: CORS.
    expect((await diagnoseLlmError(new TypeError('Failed to fetch'), endpoint, { fetch: browser({ noCors: true, cors: false }) })).code).toBe('cors-origin');
    // Nothing answers localhost: refused.
    expect((await diagnoseLlmError(new TypeError('Failed to fetch'), endpoint, { fetch: browser({ noCors: false, cors: false }) })).code).toBe('connection-refused');
    // Node's fetch failure carries a cause: no probe needed.
    probes.length = 0;
    const nodeError = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    expect((await diagnoseLlmError(nodeError('ECONNREFUSED'), endpoint, { fetch: browser({ noCors: true, cors: true }) })).code).toBe('connection-refused');
    expect((await diagnoseLlmError(nodeError('ECONNRESET'), endpoint, {})).code).toBe('connection-reset');
    expect((await diagnoseLlmError(nodeError('ENOTFOUND'), endpoint, {})).code).toBe('dns-failed');
    expect(probes).toHaveLength(0);
  });

  it('has a Dutch and an English message for every code', () => {
    const { nl, en } = catalogues;
    for (const code of llmErrorCodeSchema.options) {
      expect(nl.llmError[code].length, code).toBeGreaterThan(30);
      expect(en.llmError[code].length, code).toBeGreaterThan(30);
      expect(nl.llmError[code]).not.toBe(en.llmError[code]);
    }
    expect(Object.keys(nl.llmError).sort()).toEqual([...llmErrorCodeSchema.options].sort());
    expect(Object.keys(nl.llmErrorAdmin).sort()).toEqual([...llmErrorCodeSchema.options].sort());
    // The server-side fix is for the admin (failureFacts.test.ts checks the two layers): OLLAMA_ORIGINS only
    // for a real CORS refusal, how to start Ollama only when nothing listens.
    expect(nl.llmErrorAdmin['cors-origin']).toContain('OLLAMA_ORIGINS=chrome-extension://*');
    expect(nl.llmErrorAdmin['connection-refused']).toContain('ollama serve');
    for (const code of ['unreachable', 'connection-reset', 'dns-failed'] as const) expect(nl.llmErrorAdmin[code], code).not.toContain('OLLAMA_ORIGINS');
    for (const code of ['unreachable', 'connection-refused', 'connection-reset', 'dns-failed'] as const) expect(nl.llmError[code], code).not.toContain('OLLAMA_ORIGINS');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
