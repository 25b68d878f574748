import { afterEach, describe, expect, it } from 'vitest';
import { builtInModelAvailability } from '../builtInModel';
import { createLanguageModel } from '../createLanguageModel';
import { classifyLlmError } from '../llmError';
import { previewRequest } from '../previewRequest';
import { streamDraft } from '../streamDraft';
import { testConnection } from '../listModels';
import { testEndpoint } from './fixtures';

const builtIn = testEndpoint('http://unused.invalid/v1', { provider: 'built-in' });
const globals = globalThis as { LanguageModel?: unknown };

afterEach(() => {
  delete globals.LanguageModel;
});

describe('built-in browser model', () => {
  it('is unavailable without the Prompt API, and calls fail with not-supported', async () => {
    expect(await builtInModelAvailability()).toBe('unavailable');
    const err = await streamDraft({ model: createLanguageModel(builtIn), system: 's', prompt: 'p', maxRetries: 0 }).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('not-supported');
    await expect(testConnection(builtIn, { allowedOrigins: [] })).resolves.toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });

  it('reports what the Prompt API says', async () => {
    globals.LanguageModel = { availability: async () => 'downloadable' };
    expect(await builtInModelAvailability()).toBe('downloadable');
    await expect(testConnection(builtIn, { allowedOrigins: [] })).resolves.toEqual({ ok: true, models: ['text'], modelListed: true });
    globals.LanguageModel = { availability: async () => 'no' };
    expect(await builtInModelAvailability()).toBe('unavailable');
  });

  it('has no HTTP request to preview', async () => {
    const err = await previewRequest(() => streamDraft({ model: createLanguageModel(builtIn), system: 's', prompt: 'p', maxRetries: 0 })).catch((e: unknown) => e);
    expect(classifyLlmError(err).code).toBe('not-supported');
  });
});
