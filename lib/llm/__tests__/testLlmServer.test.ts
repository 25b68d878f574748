import { createOpenAI } from '@ai-sdk/openai';
import { experimental_transcribe as transcribe } from 'ai';
import { describe, expect, it } from 'vitest';
import { startTestLlmServer } from '../../../tests/llm-server/server.mjs';
import { createGuardedFetch, type OutgoingRequest } from '../guardedFetch';
import { useTestLlmServer } from './fixtures';

const server = useTestLlmServer();

/** A PCM WAV file of silence: 16-bit mono. */
function wav(seconds: number, sampleRate = 16_000): Uint8Array {
  const dataSize = Math.round(seconds * sampleRate) * 2;
  const buf = Buffer.alloc(44 + dataSize);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + dataSize, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(sampleRate, 24);
  buf.writeUInt32LE(sampleRate * 2, 28); // byte rate
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataSize, 40);
  return new Uint8Array(buf);
}

describe('test LLM server: audio transcriptions', () => {
  it('parses the SDK multipart upload, decodes the WAV duration and answers the scripted text', async () => {
    server.enqueue({ text: 'Mevrouw heeft goed geslapen.' });
    const audit: OutgoingRequest[] = [];
    const openai = createOpenAI({ baseURL: server.url, apiKey: 'sk-test', fetch: createGuardedFetch({ allowedOrigins: [server.origin], onRequest: (r) => void audit.push(r) }) });
    const audio = wav(1.5);
    const result = await transcribe({ model: openai.transcription('whisper-1'), audio, providerOptions: { openai: { language: 'nl' } } });

    expect(result.text).toBe('Mevrouw heeft goed geslapen.');
    const req = server.requests[0]!;
    expect(req.path).toBe('/v1/audio/transcriptions');
    expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.body.model).toBe('whisper-1');
    expect(req.body.language).toBe('nl');
    expect(req.body.file.size).toBe(audio.byteLength);
    expect(Buffer.from(req.body.file.bytes).equals(Buffer.from(audio))).toBe(true);
    expect(req.body.file.durationSeconds).toBeCloseTo(1.5, 5);
    expect(req.body.file.filename).toMatch(/\.wav$/);
    // The audit sees a readable summary of the upload, not the audio bytes.
    expect(audit[0]!.body).toContain('model=whisper-1');
    expect(audit[0]!.body).toMatch(/file=<file [^,]+, audio\/wav, \d+ bytes>/);
  });

  it('honours response_format text and verbose_json, and scripted errors', async () => {
    const form = (format: string) => {
      const data = new FormData();
      data.append('model', 'whisper-1');
      data.append('response_format', format);
      data.append('file', new Blob([Buffer.from(wav(0.5))], { type: 'audio/wav' }), 'opname.wav');
      return data;
    };
    server.enqueue({ text: 'platte tekst' }, { text: 'uitgebreid' }, { status: 401 });
    const plain = await fetch(`${server.url}/audio/transcriptions`, { method: 'POST', body: form('text') });
    expect(plain.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await plain.text()).toBe('platte tekst');
    const verbose = await (await fetch(`${server.url}/audio/transcriptions`, { method: 'POST', body: form('verbose_json') })).json();
    expect(verbose).toMatchObject({ task: 'transcribe', text: 'uitgebreid', duration: 0.5 });
    const denied = await fetch(`${server.url}/audio/transcriptions`, { method: 'POST', body: form('json') });
    expect(denied.status).toBe(401);
    expect(server.requests[2]!.body.file.filename).toBe('opname.wav');
  });
});

describe('test LLM server: chat protocol', () => {
  it('streams real SSE chunks, with usage only when asked, ending in [DONE]', async () => {
    server.enqueue({ text: 'een twee drie' }, { text: 'een twee drie' });
    const post = (body: object) =>
      fetch(`${server.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.text());
    const withUsage = await post({ model: 'm', stream: true, stream_options: { include_usage: true }, messages: [] });
    const events = withUsage.split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, '')));
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('')).toBe('een twee drie');
    expect(chunks.at(-1).usage.completion_tokens).toBeGreaterThan(0);
    const withoutUsage = await post({ model: 'm', stream: true, messages: [] });
    expect(withoutUsage).not.toContain('"usage"');
  });

  it('answers CORS preflights and rejects origins outside allowOrigins like Ollama', async () => {
    const preflight = await fetch(`${server.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type');

    const strict = await startTestLlmServer({ allowOrigins: ['chrome-extension://*'] });
    try {
      expect((await fetch(`${strict.url}/models`, { headers: { origin: 'chrome-extension://abc' } })).status).toBe(200);
      const refused = await fetch(`${strict.url}/models`, { headers: { origin: 'moz-extension://abc' } });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toBe('');
    } finally {
      await strict.close();
    }
  });
});
