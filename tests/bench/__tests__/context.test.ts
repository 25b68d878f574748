import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../llm-server/server.mjs';
import { saturationModel, summaryModel } from '../context.mjs';

const chat = (body: Record<string, unknown>, rawBody = JSON.stringify(body)) => ({ path: '/v1/chat/completions', body, rawBody }) as unknown as RecordedRequest;

describe('context bench models', () => {
  it('proposes only the saturation, from the request schema', () => {
    const request = chat({ response_format: { json_schema: { schema: { properties: { f1: { description: 'Saturatie (%)' }, f2: { description: 'Pols (/min)' } } } } } });
    expect(saturationModel(request)).toEqual({ json: { f1: { value: 96, quote: 'sat 96%' }, f2: null } });
    expect(saturationModel({ path: '/v1/models' } as unknown as RecordedRequest)).toBeUndefined();
  });

  it('answers a summary call after a fixed delay, citing a date it was given', () => {
    expect(summaryModel(chat({}, 'rapportages 20-11-2025 …'))).toEqual({ delayMs: 100, then: { text: 'Samenvatting van het deel (20-11-2025).' } });
  });
});
