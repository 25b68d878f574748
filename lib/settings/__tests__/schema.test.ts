import { describe, expect, it } from 'vitest';
import { activeSites, defaultSettings, isMatchPattern, isPseudonymizationOn, settingsSchema } from '../schema';

describe('settingsSchema', () => {
  it('fills every default, privacy first', () => {
    const settings = defaultSettings();
    expect(settings.language).toBe('nl');
    expect(settings.pseudonymize).toBe(true);
    expect(settings.logPayloads).toBe(false);
    expect(settings.previewBeforeSend).toBe(false);
    expect(settings.transcription).not.toHaveProperty('allowWebSpeech');
    expect(settings.features).toEqual({ summaries: true, fieldSuggestions: true, dictation: true });
    expect(settings.endpoint.baseURL).toBe('http://localhost:11434/v1');
    expect(settings.allowedEndpointOrigins).toBeNull();
  });

  it('hands out fresh objects, so one caller cannot change another one’s defaults', () => {
    const a = defaultSettings();
    a.enabledSites.push('https://ecd.example.nl/*');
    a.pseudonymizeByEndpoint['http://x'] = false;
    const b = defaultSettings();
    expect(b.enabledSites).toEqual([]);
    expect(b.pseudonymizeByEndpoint).toEqual({});
  });

  it('fills nested defaults under a partial object', () => {
    const settings = settingsSchema.parse({ endpoint: { model: 'qwen2.5:7b' } });
    expect(settings.endpoint.model).toBe('qwen2.5:7b');
    expect(settings.endpoint.provider).toBe('openai-compatible');
  });

  it('accepts only web match patterns as sites', () => {
    expect(isMatchPattern('https://ecd.zorg.nl/*')).toBe(true);
    expect(isMatchPattern('*://*.zorg.nl/*')).toBe(true);
    expect(isMatchPattern('https://ecd.zorg.nl:8080/*')).toBe(false);
    expect(isMatchPattern('ecd.zorg.nl')).toBe(false);
    expect(isMatchPattern('file:///*')).toBe(false);
    expect(settingsSchema.safeParse({ enabledSites: ['ecd.zorg.nl'] }).success).toBe(false);
  });
});

describe('isPseudonymizationOn', () => {
  it('uses the per-endpoint exception for the endpoint’s origin, else the general switch', () => {
    const settings = settingsSchema.parse({
      endpoint: { baseURL: 'http://localhost:11434/v1' },
      pseudonymizeByEndpoint: { 'http://localhost:11434': false },
    });
    expect(isPseudonymizationOn(settings)).toBe(false);
    expect(isPseudonymizationOn(settings, { baseURL: 'https://ai.zorg.nl/v1' })).toBe(true);
    expect(isPseudonymizationOn({ ...settings, pseudonymize: false }, { baseURL: 'https://ai.zorg.nl/v1' })).toBe(false);
  });
});

describe('activeSites', () => {
  it('lists the organisation’s sites first and each site once', () => {
    expect(
      activeSites({ ecdSites: ['https://ecd.zorg.nl/*'], enabledSites: ['https://b.nl/*', 'https://ecd.zorg.nl/*'] }),
    ).toEqual(['https://ecd.zorg.nl/*', 'https://b.nl/*']);
  });
});
