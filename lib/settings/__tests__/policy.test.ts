import { describe, expect, it } from 'vitest';
import { LOCKABLE_PATHS, parsePolicy } from '../policy';

describe('parsePolicy', () => {
  it('keeps valid values and ignores invalid ones with a warning per path', () => {
    const { policy, warnings } = parsePolicy({
      logPayloads: 'yes',
      userId: 'medewerker-042',
      auditRetentionDays: -5,
      draftRetentionDays: 3,
    });
    expect(policy).toEqual({ userId: 'medewerker-042', draftRetentionDays: 3 });
    expect(warnings.map((w) => [w.path, w.code, w.source])).toEqual([
      ['logPayloads', 'invalid-value', 'policy'],
      ['auditRetentionDays', 'invalid-value', 'policy'],
    ]);
    expect(warnings[0]!.message).toMatch(/boolean/i);
  });

  it('validates nested objects per field, so a bad baseURL does not drop the model', () => {
    const { policy, warnings } = parsePolicy({
      endpoint: { baseURL: 'https://ai.zorg.nl/v1', model: 'gpt-4o-mini', timeoutMs: 'lang', authHeader: { name: 'X-Org' } },
    });
    expect(policy.endpoint).toEqual({ baseURL: 'https://ai.zorg.nl/v1', model: 'gpt-4o-mini' });
    expect(warnings.map((w) => w.path).sort()).toEqual(['endpoint.authHeader', 'endpoint.timeoutMs']);
  });

  it('drops the organisation’s key when the policy does not also set a valid baseURL', () => {
    const { policy, warnings } = parsePolicy({
      endpoint: { baseURL: 'ftp://ai.zorg.nl', apiKey: 'org-secret', model: 'gpt-4o-mini' },
      transcription: { apiKey: 'org-secret', authHeader: { name: 'X-Org', value: 'v' } },
    });
    expect(policy.endpoint).toEqual({ model: 'gpt-4o-mini' });
    expect(policy.transcription).toBeUndefined();
    expect(warnings.filter((w) => w.code === 'secret-without-endpoint').map((w) => w.path)).toEqual([
      'endpoint.apiKey',
      'transcription.apiKey',
    ]);
  });

  it('reports unknown keys, at any depth, without applying them', () => {
    const { policy, warnings } = parsePolicy({ EnforcePseudonymization: true, features: { chat: true, dictation: false } });
    expect(policy).toEqual({ features: { dictation: false } });
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['EnforcePseudonymization', 'unknown-key'],
      ['features.chat', 'unknown-key'],
    ]);
  });

  it('drops only the bad items of a list', () => {
    const { policy, warnings } = parsePolicy({ ecdSites: ['https://ecd.zorg.nl/*', 'ecd.zorg.nl', 42] });
    expect(policy.ecdSites).toEqual(['https://ecd.zorg.nl/*']);
    expect(warnings.map((w) => w.path)).toEqual(['ecdSites[1]', 'ecdSites[2]']);
  });

  it('never throws, whatever managed storage holds', () => {
    for (const raw of [null, undefined, 'x', 42, [], { endpoint: 'x' }, { lockedSettings: 'endpoint' }]) {
      expect(() => parsePolicy(raw)).not.toThrow();
    }
    expect(parsePolicy([]).warnings[0]!.path).toBe('(root)');
  });

  it('fails closed when allowedEndpointOrigins is present but holds no valid origin', () => {
    const notAList = parsePolicy({ allowedEndpointOrigins: 'https://ai.zorg.nl' });
    expect(notAList.policy.allowedEndpointOrigins).toEqual([]);
    expect(notAList.warnings.map((w) => w.code)).toContain('allowlist-invalid');

    const allBad = parsePolicy({ allowedEndpointOrigins: ['ai.zorg.nl', 'javascript:alert(1)'] });
    expect(allBad.policy.allowedEndpointOrigins).toEqual([]);
    expect(allBad.warnings.map((w) => w.code)).toContain('allowlist-invalid');

    const someGood = parsePolicy({ allowedEndpointOrigins: ['ai.zorg.nl', 'https://ai.zorg.nl'] });
    expect(someGood.policy.allowedEndpointOrigins).toEqual(['https://ai.zorg.nl']);
    expect(someGood.warnings.map((w) => w.code)).not.toContain('allowlist-invalid');
  });

  it('accepts organisation templates as objects or as JSON strings (Chrome)', () => {
    const { policy, warnings } = parsePolicy({
      organisationTemplates: [{ id: 'soep', name: 'SOEP' }, '{"id":"sbar","name":"SBAR"}', '{not json', '[1,2]'],
    });
    expect(policy.organisationTemplates).toEqual([
      { id: 'soep', name: 'SOEP' },
      { id: 'sbar', name: 'SBAR' },
    ]);
    expect(warnings.map((w) => w.path)).toEqual(['organisationTemplates[2]', 'organisationTemplates[3]']);
  });

  it('only accepts lockedSettings paths that exist in settings', () => {
    const { policy, warnings } = parsePolicy({ lockedSettings: ['endpoint', 'features.dictation', 'endpont', 'ecdSites'] });
    expect(policy.lockedSettings).toEqual(['endpoint', 'features.dictation']);
    expect(warnings.map((w) => w.path)).toEqual(['lockedSettings[2]', 'lockedSettings[3]']);
    expect(LOCKABLE_PATHS.has('endpoint.baseURL')).toBe(true);
    expect(LOCKABLE_PATHS.has('endpoint.authHeader.name')).toBe(false);
  });
});
