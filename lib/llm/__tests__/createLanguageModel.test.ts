import { describe, expect, it } from 'vitest';
import { keyedSuggestions } from './keyedSuggestions';
import { createLanguageModel } from '../createLanguageModel';
import { suggestFields } from '../suggestFields';
import { testEndpoint, useTestLlmServer, woundForm, woundSource } from './fixtures';

const server = useTestLlmServer();
const answer = { json: { pijnscore: { value: 4, quote: 'pijnscore 4' } } };

async function suggestWith(overrides: Parameters<typeof testEndpoint>[1], url = server.url) {
  server.enqueue(answer);
  const model = createLanguageModel(testEndpoint(url, overrides));
  const suggestions = await suggestFields({ model, fields: woundForm.slice(0, 1), sourceText: woundSource, language: 'nl' });
  expect(keyedSuggestions(suggestions)).toEqual([{ fieldKey: 'pijnscore', value: '4', quote: 'pijnscore 4' }]);
  return server.requests.at(-1)!;
}

describe('createLanguageModel', () => {
  it('openai-compatible without a key sends no Authorization header (Ollama)', async () => {
    const req = await suggestWith({ provider: 'openai-compatible', apiKey: '' });
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBeUndefined();
    expect(req.body.response_format.type).toBe('json_schema');
  });

  it('openai-compatible with a key and an extra organisation header', async () => {
    const req = await suggestWith({ apiKey: 'sk-1', authHeader: { name: 'X-Zorg-Gateway', value: 'team-a' } });
    expect(req.headers.authorization).toBe('Bearer sk-1');
    expect(req.headers['x-zorg-gateway']).toBe('team-a');
  });

  it('openai uses the Chat Completions API with strict json_schema', async () => {
    const req = await suggestWith({ provider: 'openai', apiKey: 'sk-2', model: 'gpt-4o-mini' });
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-2');
    expect(req.body.model).toBe('gpt-4o-mini');
    expect(req.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
  });

  it('azure sends the api-key header to the deployment URL', async () => {
    const req = await suggestWith({ provider: 'azure', apiKey: 'az', apiVersion: '2024-10-21', model: 'gpt4o-zorg' }, server.url.replace(/\/v1$/, '/openai'));
    expect(req.path).toBe('/openai/deployments/gpt4o-zorg/chat/completions');
    expect(req.query['api-version']).toBe('2024-10-21');
    expect(req.headers['api-key']).toBe('az');
    expect(req.body.response_format.type).toBe('json_schema');
  });
});
