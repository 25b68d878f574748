import { describe, expect, it } from 'vitest';
import { checkEndpoint, isEndpointAllowed, parseOriginPattern } from '../endpointAllowlist';

describe('endpoint allowlist', () => {
  it('allows everything without a list and nothing with an empty list', () => {
    expect(isEndpointAllowed(null, 'https://api.openai.com/v1')).toBe(true);
    expect(isEndpointAllowed([], 'http://localhost:11434/v1')).toBe(false);
  });

  it('compares scheme, host and port exactly', () => {
    const list = ['https://ai.zorg.nl', 'http://localhost:11434'];
    expect(isEndpointAllowed(list, 'https://ai.zorg.nl/v1')).toBe(true);
    expect(isEndpointAllowed(list, 'https://AI.zorg.nl:443/v1')).toBe(true);
    expect(isEndpointAllowed(list, 'http://ai.zorg.nl/v1')).toBe(false);
    expect(isEndpointAllowed(list, 'https://ai.zorg.nl:8443/v1')).toBe(false);
    expect(isEndpointAllowed(list, 'https://ai.zorg.nl.evil.test/v1')).toBe(false);
    expect(isEndpointAllowed(list, 'http://localhost:11434/v1')).toBe(true);
    expect(isEndpointAllowed(list, 'http://localhost:8080/v1')).toBe(false);
  });

  it('supports a subdomain wildcard that cannot be fooled by look-alike hosts', () => {
    const list = ['https://*.openai.azure.com'];
    expect(isEndpointAllowed(list, 'https://zorg-noord.openai.azure.com/openai')).toBe(true);
    expect(isEndpointAllowed(list, 'https://openai.azure.com/openai')).toBe(true);
    expect(isEndpointAllowed(list, 'https://evilopenai.azure.com/openai')).toBe(false);
    expect(isEndpointAllowed(list, 'https://openai.azure.com.evil.test/')).toBe(false);
  });

  it('refuses what is not an http(s) URL, even without a list', () => {
    expect(isEndpointAllowed(null, 'not a url')).toBe(false);
    expect(isEndpointAllowed(null, 'file:///etc/passwd')).toBe(false);
  });

  it('reads entries with a path or IPv6 host and rejects malformed ones', () => {
    expect(parseOriginPattern('https://ai.zorg.nl/v1')).toMatchObject({ host: 'ai.zorg.nl', port: '' });
    expect(parseOriginPattern('http://[::1]:11434')).toMatchObject({ host: '[::1]', port: '11434' });
    expect(parseOriginPattern('ai.zorg.nl')).toBeNull();
    expect(parseOriginPattern('https://*')).toBeNull();
    expect(parseOriginPattern('https://a.*.nl')).toBeNull();
  });

  it('checkEndpoint explains the refusal and always allows the on-device model', () => {
    const settings = { allowedEndpointOrigins: ['https://ai.zorg.nl'] };
    expect(checkEndpoint(settings, { baseURL: 'https://ai.zorg.nl/v1' })).toEqual({ ok: true });
    expect(checkEndpoint(settings, { baseURL: 'http://localhost:11434/v1' })).toEqual({
      ok: false,
      code: 'endpoint-not-allowed',
      url: 'http://localhost:11434/v1',
      origin: 'http://localhost:11434',
    });
    expect(checkEndpoint(settings, { baseURL: 'localhost' })).toMatchObject({ ok: false, code: 'endpoint-invalid-url' });
    expect(checkEndpoint({ allowedEndpointOrigins: [] }, { provider: 'built-in', baseURL: '' })).toEqual({ ok: true });
  });
});
