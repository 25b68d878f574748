import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestLlmServer, type TestLlmServer, type TranscriptionRequestBody } from '../../../tests/llm-server/server.mjs';
import fixture from '../../../tests/fixtures/audio/nl-rapportage.json';
import { transcriptionConfigSchema, type TranscriptionConfig } from '../config';
import { classifyDictationError, DictationError } from '../errors';
import { transcribeChunks, transcriptionEndpointHost, type TranscribeChunksOptions } from '../transcribe';
import { encodeWav } from '../wav';

const fixtureWav = readFileSync(new URL('../../../tests/fixtures/audio/nl-rapportage.wav', import.meta.url));
const wavBlob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)], { type: 'audio/wav' });
const toneChunk = (seconds: number, rate = 16000) =>
  wavBlob(encodeWav(Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => 0.3 * Math.sin(i / 5)), rate));

/** The options with the egress lock open for the configured server only, as transcriptionPolicyFor gives it. */
const allowing = (o: Omit<TranscribeChunksOptions, 'allowedOrigins'>): TranscribeChunksOptions => ({
  ...o,
  allowedOrigins: o.config.baseURL ? [new URL(o.config.baseURL).origin] : [],
});

let server: TestLlmServer;
let config: TranscriptionConfig;
const bodies = () => server.requests.map((r) => r.body as TranscriptionRequestBody);

beforeAll(async () => {
  server = await startTestLlmServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  config = transcriptionConfigSchema.parse({ baseURL: server.url, model: 'whisper-large-v3' });
});

/** The dictation error code a promise rejects with. */
async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    return classifyDictationError(err);
  }
  throw new Error('expected a rejection');
}

describe('transcribeChunks against the test LLM server', () => {
  it('sends every chunk with model and language=nl and joins the texts in recording order', async () => {
    server.enqueue({ text: 'Mevrouw had vannacht pijn,' }, { text: ' NRS zes. ' }, { text: 'Bloeddruk 130/80.' });
    const chunks = [toneChunk(1.5), wavBlob(fixtureWav), toneChunk(0.5)];
    const progress: Array<[number, number]> = [];

    const text = await transcribeChunks(allowing({ config, chunks, onProgress: (done, total) => progress.push([done, total]) }));

    expect(text).toBe('Mevrouw had vannacht pijn, NRS zes. Bloeddruk 130/80.');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /v1/audio/transcriptions'));
    expect(bodies().map((b) => b.model)).toEqual(['whisper-large-v3', 'whisper-large-v3', 'whisper-large-v3']);
    expect(bodies().map((b) => b.language)).toEqual(['nl', 'nl', 'nl']);
    expect(bodies().map((b) => b.file?.durationSeconds)).toEqual([1.5, fixture.durationSeconds, 0.5]);
    expect(Buffer.from(bodies()[1]?.file?.bytes ?? []).equals(fixtureWav)).toBe(true);
    expect(bodies()[0]?.file?.filename).toMatch(/\.wav$/);
    expect(progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });

  it('asks OpenAI-compatible servers for plain json, which whisper.cpp and vLLM both support', async () => {
    // whisper.cpp's verbose_json segments lack fields (seek, compression_ratio…) the SDK requires.
    server.setHandler((request) => {
      const body = request.body as TranscriptionRequestBody;
      if (body.response_format === 'verbose_json') {
        return { json: { task: 'transcribe', language: 'dutch', duration: 1, text: 'tekst', segments: [{ id: 0, text: 'tekst', start: 0, end: 1 }] } };
      }
      return { json: { text: 'tekst' } };
    });
    expect(await transcribeChunks(allowing({ config, chunks: [toneChunk(1)] }))).toBe('tekst');
    expect(bodies()[0]?.response_format).toBe('json');
    expect(bodies()[0]?.fields['timestamp_granularities[]']).toBeUndefined();
  });

  it('sends the API key as a bearer token, and a placeholder when none is set', async () => {
    server.enqueue({ text: 'a' }, { text: 'b' });
    await transcribeChunks(allowing({ config: { ...config, apiKey: 'sk-test-123' }, chunks: [toneChunk(0.2)] }));
    await transcribeChunks(allowing({ config, chunks: [toneChunk(0.2)] }));
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer sk-test-123', 'Bearer none']);
  });

  it('talks the Azure flavour: api-key header, deployment name as model', async () => {
    server.enqueue({ text: 'Azure tekst' });
    const azure = { ...config, provider: 'azure' as const, baseURL: `${server.origin}/openai`, model: 'whisper-deployment', apiKey: 'az-key' };
    expect(await transcribeChunks(allowing({ config: azure, chunks: [toneChunk(0.3)] }))).toBe('Azure tekst');
    const [request] = server.requests;
    expect(request?.path).toBe('/openai/audio/transcriptions');
    expect(request?.headers['api-key']).toBe('az-key');
    expect(request?.headers.authorization).toBeUndefined();
    expect(bodies()[0]).toMatchObject({ model: 'whisper-deployment', language: 'nl' });
  });

  it('skips chunks that contain no speech instead of failing', async () => {
    server.enqueue({ text: 'Eerste deel.' }, { text: '' }, { text: 'Laatste deel.' });
    const text = await transcribeChunks(allowing({ config, chunks: [toneChunk(0.2), toneChunk(0.2), toneChunk(0.2)] }));
    expect(text).toBe('Eerste deel. Laatste deel.');
  });

  it('lets the SDK retry a server error and then succeeds', async () => {
    server.enqueue({ status: 503 }, { text: 'Na herhaling.' });
    expect(await transcribeChunks(allowing({ config, chunks: [toneChunk(0.2)] }))).toBe('Na herhaling.');
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    [500, 'endpoint-down'],
    [502, 'endpoint-down'],
    [404, 'endpoint-down'],
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [413, 'audio-too-long'],
  ] as const)('maps HTTP %i to %s', async (status, code) => {
    server.enqueue({ status });
    expect(await codeOf(transcribeChunks(allowing({ config, chunks: [toneChunk(0.2)], maxRetries: 0 })))).toBe(code);
  });

  it('gives up after the SDK retries and reports the endpoint as down', async () => {
    server.enqueue({ status: 500 }, { status: 500 }, { status: 500 });
    expect(await codeOf(transcribeChunks(allowing({ config, chunks: [toneChunk(0.2)] })))).toBe('endpoint-down');
    expect(server.requests).toHaveLength(3);
  });

  it('stops at the first failing chunk and sends nothing after it', async () => {
    server.enqueue({ text: 'ok' }, { status: 401 });
    expect(await codeOf(transcribeChunks(allowing({ config, chunks: [toneChunk(0.2), toneChunk(0.2), toneChunk(0.2)], maxRetries: 0 })))).toBe(
      'unauthorized',
    );
    expect(server.requests).toHaveLength(2);
  });

  it('reports a server that is not listening as endpoint-down', async () => {
    const port = await freePort();
    const down = { ...config, baseURL: `http://127.0.0.1:${port}/v1` };
    expect(await codeOf(transcribeChunks(allowing({ config: down, chunks: [toneChunk(0.2)], maxRetries: 0 })))).toBe('endpoint-down');
  });

  it('refuses audio longer than maxSeconds before sending anything', async () => {
    const promise = transcribeChunks(allowing({ config, chunks: [toneChunk(2), toneChunk(2)], maxSeconds: 3.5 }));
    await expect(promise).rejects.toBeInstanceOf(DictationError);
    expect(await codeOf(promise)).toBe('audio-too-long');
    expect(server.requests).toHaveLength(0);
    server.enqueue({ text: 'past' }, { text: 'precies' });
    expect(await transcribeChunks(allowing({ config, chunks: [toneChunk(2), toneChunk(1.5)], maxSeconds: 3.5 }))).toBe('past precies');
  });

  it.each([
    ['empty baseURL', { baseURL: '' }],
    ['blank model', { model: '  ' }],
    ['not a URL', { baseURL: 'localhost:8000' }],
  ])('refuses to send anything when not configured (%s)', async (_label, patch) => {
    expect(await codeOf(transcribeChunks(allowing({ config: { ...config, ...patch }, chunks: [toneChunk(0.2)] })))).toBe('not-configured');
    expect(server.requests).toHaveLength(0);
  });

  it('cancels a request in flight when the signal aborts', async () => {
    server.enqueue({ hang: true });
    const controller = new AbortController();
    const promise = transcribeChunks(allowing({ config, chunks: [toneChunk(0.2), toneChunk(0.2)], signal: controller.signal }));
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    expect(await codeOf(promise)).toBe('cancelled');
    await waitFor(() => server.requests[0]?.aborted === true);
    expect(server.requests).toHaveLength(1);
  });

  it('sends no silent chunk, and says no-speech when no chunk holds speech or only a filler comes back', async () => {
    const silent = () => wavBlob(encodeWav(new Float32Array(16000), 16000));
    expect(await codeOf(transcribeChunks(allowing({ config, chunks: [silent(), silent()] })))).toBe('no-speech');
    expect(server.requests).toHaveLength(0);
    server.enqueue({ text: 'Ondertiteling door TV Gelderland 2021' });
    expect(await codeOf(transcribeChunks(allowing({ config, chunks: [silent(), toneChunk(0.5)] })))).toBe('no-speech');
    expect(server.requests).toHaveLength(1);
    server.enqueue({ text: '' });
    expect(await codeOf(transcribeChunks(allowing({ config, chunks: [toneChunk(0.5)] })))).toBe('no-speech');
    server.enqueue({ text: 'Mw. sliep goed. Bedankt voor het kijken.' });
    expect(await transcribeChunks(allowing({ config, chunks: [toneChunk(0.5), silent()] }))).toBe('Mw. sliep goed.');
    expect(server.requests).toHaveLength(3);
  });

  it('sends no audio to a server the organisation does not allow (the egress lock, like every other request)', async () => {
    server.enqueue({ text: 'mag niet' });
    const code = await codeOf(transcribeChunks({ config, chunks: [toneChunk(0.2)], allowedOrigins: ['https://whisper.zorg.example'] }));
    expect(code).toBe('not-allowed');
    expect(server.requests).toHaveLength(0);
  });

  it('uses an injected fetch for every request', async () => {
    server.enqueue({ text: 'via eigen fetch' });
    const seen: string[] = [];
    const fetchSpy: typeof fetch = (input, init) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    await transcribeChunks(allowing({ config, chunks: [toneChunk(0.2)], fetch: fetchSpy }));
    expect(seen).toEqual([`${server.url}/audio/transcriptions`]);
  });
});

describe('transcriptionEndpointHost', () => {
  it('gives host and port for the audit log, empty for an invalid address', () => {
    expect(transcriptionEndpointHost({ baseURL: 'http://127.0.0.1:8000/v1' })).toBe('127.0.0.1:8000');
    expect(transcriptionEndpointHost({ baseURL: 'https://whisper.zorg.example/v1' })).toBe('whisper.zorg.example');
    expect(transcriptionEndpointHost({ baseURL: '' })).toBe('');
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
