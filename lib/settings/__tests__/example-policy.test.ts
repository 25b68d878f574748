import { describe, expect, it } from 'vitest';
import example from '../../../tests/policy/example-policy.json';
import { EXTENSION_ID } from '../extension-key';
import { resolveSettings } from '../resolve';
import { defaultSettings } from '../schema';
import { policyProblems } from './support/policyExamples';

describe('tests/policy/example-policy.json', () => {
  const extensions = example['3rdparty'].extensions as Record<string, unknown>;

  it('is keyed on the extension ID, in the layout of /etc/chromium/policies/managed', () => {
    expect(Object.keys(example)).toEqual(['3rdparty']);
    expect(Object.keys(extensions)).toEqual([EXTENSION_ID]);
  });

  it('is accepted whole by Chrome’s schema, by parsePolicy and by lib/templates', () => {
    expect(policyProblems(extensions[EXTENSION_ID], { chrome: true })).toEqual([]);
  });

  it('resolves to managed, locked settings', () => {
    const { settings, locked, warnings } = resolveSettings(defaultSettings(), {}, extensions[EXTENSION_ID]);
    expect(warnings).toEqual([]);
    expect(settings.organisationTemplates).toHaveLength(1);
    expect(settings.ecdSites.length).toBeGreaterThan(0);
    expect(locked).toEqual(expect.arrayContaining(['endpoint.baseURL', 'pseudonymize', 'language']));
  });
});
