import { describe, expect, it } from 'vitest';
import { createLanguageModel } from '../createLanguageModel';
import { classifyLlmError } from '../llmError';
import { streamDraft } from '../streamDraft';
import { testEndpoint, useTestLlmServer } from './fixtures';

const server = useTestLlmServer();

const model = () => createLanguageModel(testEndpoint(server.url));

describe('streamDraft', () => {
  it('delivers the text in several deltas and resolves with the whole text', async () => {
    const text = 'S: Mevrouw zegt dat de pijn minder is.\nO: Wond schoon, pijnscore 3.\nE: Herstel volgens plan.\nP: Morgen verbandwissel.';
    server.enqueue({ text, chunkDelayMs: 5 });
    const deltas: string[] = [];
    const fulls: string[] = [];
    const result = await streamDraft({
      model: model(),
      system: 'Schrijf een SOEP-rapportage.',
      prompt: 'pijn minder',
      onText: (delta, full) => {
        deltas.push(delta);
        fulls.push(full);
      },
    });
    expect(result).toBe(text);
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.join('')).toBe(text);
    expect(fulls.at(-1)).toBe(text);
    // Each `full` extends the previous one.
    for (let i = 1; i < fulls.length; i++) expect(fulls[i]!.startsWith(fulls[i - 1]!)).toBe(true);

    const body = server.requests[0]!.body;
    expect(body.stream).toBe(true);
    expect(body.messages[0]).toEqual({ role: 'system', content: 'Schrijf een SOEP-rapportage.' });
    expect(body.messages[1]).toEqual({ role: 'user', content: 'pijn minder' });
  });

  it('throws a classified error when the stream request fails', async () => {
    server.enqueue({ status: 401 });
    const err = await streamDraft({ model: model(), system: 's', prompt: 'p' }).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('unauthorized');
  });

  it('treats an empty answer as invalid-output', async () => {
    server.enqueue({ text: '' });
    const err = await streamDraft({ model: model(), system: 's', prompt: 'p' }).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('invalid-output');
  });

  it('times out a stream that stalls', async () => {
    server.enqueue({ text: 'een twee drie vier', chunkDelayMs: 400 });
    const err = await streamDraft({ model: model(), system: 's', prompt: 'p', timeoutMs: 300 }).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('timeout');
  });
});
