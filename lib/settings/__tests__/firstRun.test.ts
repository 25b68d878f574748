import { describe, expect, it } from 'vitest';
import { isDemoEndpoint, DEMO_MODEL } from '../demo';
import { firstRunGuide } from '../firstRun';
import { resolveSettings } from '../resolve';
import { defaultSettings } from '../schema';
import { parseSitePatterns, sitePatternsText } from '../sitePatterns';

const resolve = (user: unknown, policy: unknown = {}) => resolveSettings(defaultSettings(), user, policy);

describe('firstRunGuide', () => {
  it('a fresh install needs an endpoint and a user id', () => {
    expect(firstRunGuide(resolve({}))).toEqual({ endpoint: 'missing', userId: 'missing', show: true });
  });

  it('what the user set is done', () => {
    const guide = firstRunGuide(resolve({ endpoint: { baseURL: 'http://localhost:8080/v1' }, userId: 'v.devries' }));
    expect(guide).toEqual({ endpoint: 'done', userId: 'done', show: false });
  });

  it('what policy sets is the organisation’s', () => {
    const guide = firstRunGuide(resolve({}, { endpoint: { baseURL: 'https://llm.zorg.example/v1', model: 'qwen' }, userId: 'z123' }));
    expect(guide).toEqual({ endpoint: 'managed', userId: 'managed', show: false });
  });

  it('the browser model needs no address', () => {
    expect(firstRunGuide(resolve({ endpoint: { provider: 'built-in' } })).endpoint).toBe('done');
  });

  it('the resolved settings say which values the user set', () => {
    expect(resolve({ endpoint: { baseURL: 'http://x/v1', model: 'm' }, language: 'en' }).userSet).toEqual(['endpoint.baseURL', 'endpoint.model', 'language']);
    // A value under a policy lock does not count as the user's.
    expect(resolve({ userId: 'a' }, { userId: 'b' }).userSet).toEqual([]);
  });
});

describe('demo endpoint', () => {
  it('is recognised by its model name', () => {
    expect(isDemoEndpoint({ provider: 'openai-compatible', model: DEMO_MODEL })).toBe(true);
    expect(isDemoEndpoint({ provider: 'openai-compatible', model: 'llama3.1:8b' })).toBe(false);
    expect(isDemoEndpoint({ provider: 'built-in', model: DEMO_MODEL })).toBe(false);
  });
});

describe('ECD-sites box', () => {
  it('takes one pattern per line, blank lines and doubles left out', () => {
    expect(parseSitePatterns('https://ecd.zorg.nl/*\n\n  https://*.zorg.nl/* \r\nhttps://ecd.zorg.nl/*\n')).toEqual(['https://ecd.zorg.nl/*', 'https://*.zorg.nl/*']);
    expect(parseSitePatterns('')).toEqual([]);
    expect(sitePatternsText(['a', 'b'])).toBe('a\nb');
  });
});
