import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../resolve';
import { defaultSettings } from '../schema';
import { isLocked } from '../settingPaths';

const resolve = (user: unknown, policy: unknown) => resolveSettings(defaultSettings(), user, policy);

describe('resolveSettings', () => {
  it('without policy: the user’s values over the defaults, nothing managed', () => {
    const { settings, managed, warnings, policyActive, locked } = resolve(
      { language: 'en', endpoint: { model: 'qwen2.5:7b' } },
      {},
    );
    expect(settings.language).toBe('en');
    expect(settings.endpoint.model).toBe('qwen2.5:7b');
    expect(settings.endpoint.baseURL).toBe('http://localhost:11434/v1');
    expect(managed).toEqual([]);
    expect(warnings).toEqual([]);
    expect(policyActive).toBe(false);
    // Policy-only paths are never the user's to set.
    expect(isLocked(locked, 'allowedEndpointOrigins')).toBe(true);
    expect(isLocked(locked, 'language')).toBe(false);
  });

  it('policy endpoint values win per field and lock only those fields', () => {
    const { settings, locked, managed } = resolve(
      { endpoint: { baseURL: 'http://localhost:11434/v1', model: 'mine', apiKey: 'user-key' } },
      { endpoint: { baseURL: 'https://ai.zorg.nl/v1', apiKey: 'org-key' } },
    );
    expect(settings.endpoint).toMatchObject({ baseURL: 'https://ai.zorg.nl/v1', apiKey: 'org-key', model: 'mine' });
    expect(isLocked(locked, 'endpoint.baseURL')).toBe(true);
    expect(isLocked(locked, 'endpoint.model')).toBe(false);
    expect(managed).toEqual(['endpoint.apiKey', 'endpoint.baseURL']);
  });

  it('enforcePseudonymization switches pseudonymisation on everywhere and locks it', () => {
    const { settings, locked } = resolve(
      { pseudonymize: false, pseudonymizeByEndpoint: { 'http://localhost:11434': false } },
      { enforcePseudonymization: true },
    );
    expect(settings.pseudonymize).toBe(true);
    expect(settings.pseudonymizeByEndpoint).toEqual({});
    expect(isLocked(locked, 'pseudonymize')).toBe(true);
    expect(isLocked(locked, ['pseudonymizeByEndpoint', 'http://localhost:11434'])).toBe(true);
  });

  it('enforcePseudonymization: false leaves the user’s choice alone', () => {
    const { settings, locked } = resolve({ pseudonymize: false }, { enforcePseudonymization: false });
    expect(settings.pseudonymize).toBe(false);
    expect(isLocked(locked, 'pseudonymize')).toBe(false);
  });

  it('requirePayloadPreview forces the preview; logPayloads is enforced either way', () => {
    const on = resolve({ previewBeforeSend: false, logPayloads: true }, { requirePayloadPreview: true, logPayloads: false });
    expect(on.settings.previewBeforeSend).toBe(true);
    expect(on.settings.logPayloads).toBe(false);
    expect(isLocked(on.locked, 'previewBeforeSend')).toBe(true);
    expect(isLocked(on.locked, 'logPayloads')).toBe(true);
  });

  it('language and features from policy are recommendations the user may override', () => {
    const { settings, recommended, locked, managed } = resolve(
      { language: 'en', features: { summaries: false } },
      { language: 'nl', features: { dictation: false, summaries: true } },
    );
    expect(settings.language).toBe('en');
    expect(settings.features).toEqual({ summaries: false, fieldSuggestions: true, dictation: false });
    expect(recommended.sort()).toEqual(['features.dictation', 'features.summaries', 'language']);
    expect(isLocked(locked, 'language')).toBe(false);
    expect(managed).toContain('language');
  });

  it('lockedSettings turns a recommendation into a rule', () => {
    const { settings, recommended, locked } = resolve(
      { language: 'en', features: { dictation: true } },
      { language: 'nl', features: { dictation: false }, lockedSettings: ['language', 'features'] },
    );
    expect(settings.language).toBe('nl');
    expect(settings.features.dictation).toBe(false);
    expect(recommended).toEqual([]);
    expect(isLocked(locked, 'features.summaries')).toBe(true);
  });

  it('a locked path without a policy value stays at the product default', () => {
    const { settings } = resolve({ endpoint: { baseURL: 'https://elders.example/v1', model: 'x' } }, { lockedSettings: ['endpoint'] });
    expect(settings.endpoint.baseURL).toBe('http://localhost:11434/v1');
    expect(settings.endpoint.model).toBe('llama3.1:8b');
  });

  it('policy-only values (sites, allowlist, templates) come from policy and ignore stored user copies', () => {
    const { settings } = resolve(
      { ecdSites: ['https://user.example/*'], allowedEndpointOrigins: null, enabledSites: ['https://eigen.nl/*'] },
      {
        ecdSites: ['https://ecd.zorg.nl/*'],
        allowedEndpointOrigins: ['https://ai.zorg.nl'],
        organisationTemplates: ['{"id":"soep"}'],
      },
    );
    expect(settings.ecdSites).toEqual(['https://ecd.zorg.nl/*']);
    expect(settings.enabledSites).toEqual(['https://eigen.nl/*']);
    expect(settings.allowedEndpointOrigins).toEqual(['https://ai.zorg.nl']);
    expect(settings.organisationTemplates).toEqual([{ id: 'soep' }]);
  });

  it('retention and audit identity come from policy; the retired allowWebSpeech is only reported', () => {
    const { settings, locked, warnings } = resolve(
      { userId: 'ik' },
      { allowWebSpeech: true, auditRetentionDays: 365, draftRetentionDays: 2, userId: 'm.devries', responsibleUserId: 'teamleider-3' },
    );
    expect(settings.transcription).not.toHaveProperty('allowWebSpeech');
    expect(settings.auditRetentionDays).toBe(365);
    expect(settings.draftRetentionDays).toBe(2);
    expect(settings.userId).toBe('m.devries');
    expect(settings.responsibleUserId).toBe('teamleider-3');
    expect(isLocked(locked, 'userId')).toBe(true);
    expect(warnings.map((w) => [w.source, w.path, w.code])).toEqual([['policy', 'allowWebSpeech', 'retired-key']]);
  });

  it('ignores invalid stored user values with a warning and keeps the rest', () => {
    const { settings, warnings } = resolve({ language: 'de', auditRetentionDays: 30, endpoint: { timeoutMs: -1 } }, {});
    expect(settings.language).toBe('nl');
    expect(settings.auditRetentionDays).toBe(30);
    expect(settings.endpoint.timeoutMs).toBe(120_000);
    expect(warnings.map((w) => [w.source, w.path])).toEqual([
      ['user', 'language'],
      ['user', 'endpoint.timeoutMs'],
    ]);
  });

  it('applies valid policy siblings next to invalid ones', () => {
    const { settings, warnings } = resolve({}, { logPayloads: 'true', userId: 'u-7', endpoint: { model: '', baseURL: 'https://ai.zorg.nl/v1' } });
    expect(settings.logPayloads).toBe(false);
    expect(settings.userId).toBe('u-7');
    expect(settings.endpoint.baseURL).toBe('https://ai.zorg.nl/v1');
    expect(warnings.map((w) => w.path).sort()).toEqual(['endpoint.model', 'logPayloads']);
  });

  it('warns when the endpoint in use is outside the organisation’s allowlist', () => {
    const { warnings } = resolve(
      { endpoint: { baseURL: 'https://api.openai.com/v1' }, transcription: { baseURL: 'http://localhost:8000/v1' } },
      { allowedEndpointOrigins: ['https://ai.zorg.nl', 'http://localhost:8000'] },
    );
    expect(warnings).toEqual([
      { source: 'user', path: 'endpoint.baseURL', code: 'endpoint-not-allowed', message: 'https://api.openai.com' },
    ]);
  });

  it('does not let a resolved result share objects with the defaults passed in', () => {
    const defaults = defaultSettings();
    const { settings } = resolveSettings(defaults, { enabledSites: ['https://a.nl/*'] }, { ecdSites: ['https://b.nl/*'] });
    settings.endpoint.model = 'changed';
    expect(defaults.endpoint.model).toBe('llama3.1:8b');
    expect(defaults.ecdSites).toEqual([]);
  });
});

describe('resolveSettings: where each value came from', () => {
  it('names policy, user or default for every leaf setting', () => {
    const { sources } = resolve(
      { language: 'en', endpoint: { model: 'mine' }, features: { summaries: false } },
      { endpoint: { baseURL: 'https://ai.zorg.nl/v1' }, features: { dictation: false }, enforcePseudonymization: true },
    );
    expect(sources['endpoint.baseURL']).toBe('policy');
    expect(sources['endpoint.model']).toBe('user');
    expect(sources['endpoint.timeoutMs']).toBe('default');
    expect(sources.language).toBe('user');
    expect(sources['features.dictation']).toBe('policy'); // a recommendation the user left alone
    expect(sources['features.summaries']).toBe('user'); // a recommendation the user overrode is theirs
    expect(sources.pseudonymize).toBe('policy');
    expect(sources.pseudonymizeByEndpoint).toBe('policy');
    expect(sources.ecdSites).toBe('default');
    expect(Object.keys(sources)).not.toContain('endpoint');
    expect(Object.keys(sources)).not.toContain('schemaVersion');
  });

  it('a locked path without a policy value is the default, whatever the user stored', () => {
    const { sources, settings } = resolve({ language: 'en' }, { lockedSettings: ['language'] });
    expect(settings.language).toBe('nl');
    expect(sources.language).toBe('default');
  });
});
