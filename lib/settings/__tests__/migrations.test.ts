import { describe, expect, it } from 'vitest';
import { migrateUserSettings, settingsMigrations } from '../migrations';
import { migrateToV2 } from '../migrations/v2-nested-endpoint';
import { migrateToV3 } from '../migrations/v3-site-patterns';
import { migrateToV4 } from '../migrations/v4-no-web-speech';
import { resolveSettings } from '../resolve';
import { defaultSettings, SETTINGS_VERSION } from '../schema';
import v1 from './fixtures/settings-v1.json';
import v2 from './fixtures/settings-v2.json';
import v3 from './fixtures/settings-v3.json';

describe('settings migrations', () => {
  it('has one migration for every version after 1', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) {
      expect(settingsMigrations[version], `migration to v${version}`).toBeTypeOf('function');
    }
    expect(Object.keys(settingsMigrations).map(Number).sort()).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('v1 → v2 nests the flat connection fields under endpoint', () => {
    const migrated = migrateToV2(structuredClone(v1));
    expect(migrated.endpoint).toEqual({
      baseURL: 'https://ai.zorg-noord.nl/v1',
      apiKey: 'sk-test-123',
      model: 'llama3.1:8b-instruct',
      provider: 'openai-compatible',
    });
    expect(migrated).not.toHaveProperty('baseUrl');
    expect(migrated).not.toHaveProperty('apiKey');
    expect(migrated.previewBeforeSend).toBe(true);
    expect(migrated.schemaVersion).toBe(2);
  });

  it('v1 → v2 is idempotent and lets an already nested endpoint win', () => {
    const once = migrateToV2({ baseUrl: 'http://a.test/v1', endpoint: { baseURL: 'http://b.test/v1' } });
    expect(once.endpoint).toEqual({ baseURL: 'http://b.test/v1' });
    expect(migrateToV2(once)).toEqual(once);
    expect(migrateToV2('garbage')).toEqual({ schemaVersion: 2 });
  });

  it('v2 → v3 turns host names into match patterns and drops what is not a site', () => {
    const migrated = migrateToV3(structuredClone(v2));
    expect(migrated.enabledSites).toEqual([
      'https://localhost/*',
      'http://127.0.0.1/*',
      'https://ecd.example.nl/*',
    ]);
    expect(migrated.features).toEqual({ dictation: false });
    expect(migrated.schemaVersion).toBe(3);
  });

  it('v3 → v4 drops the unused allowWebSpeech switch and keeps the rest of transcription', () => {
    const migrated = migrateToV4(structuredClone(v3));
    expect(migrated.transcription).toEqual({ baseURL: 'http://localhost:8000/v1' });
    expect(migrated.endpoint).toEqual(v3.endpoint);
    expect(migrated.schemaVersion).toBe(4);
    expect(migrateToV4({ schemaVersion: 3, transcription: { allowWebSpeech: false } })).toEqual({ schemaVersion: 4 });
    expect(migrateToV4(migrated)).toEqual(migrated);
    expect(migrateToV4('garbage')).toEqual({ schemaVersion: 4 });
    const { warnings } = resolveSettings(defaultSettings(), migrateUserSettings(structuredClone(v3)), {});
    expect(warnings).toEqual([]);
  });

  it('migrates the v1 fixture all the way into settings that resolve without warnings', () => {
    const migrated = migrateUserSettings(structuredClone(v1));
    expect(migrated.schemaVersion).toBe(SETTINGS_VERSION);
    expect(migrated.enabledSites).toEqual([
      'https://ecd.zorg-noord.nl/*',
      'https://oud-ecd.zorg-noord.nl/*',
      'https://*.zorg-zuid.nl/*',
    ]);
    const { settings, warnings } = resolveSettings(defaultSettings(), migrated, {});
    expect(warnings).toEqual([]);
    expect(settings.endpoint.baseURL).toBe('https://ai.zorg-noord.nl/v1');
    expect(settings.endpoint.apiKey).toBe('sk-test-123');
    expect(settings.endpoint.timeoutMs).toBe(120_000);
    expect(settings.previewBeforeSend).toBe(true);
  });

  it('starts from the stated schemaVersion and leaves current settings alone', () => {
    const fromV2 = migrateUserSettings(structuredClone(v2));
    expect(fromV2.endpoint).toEqual(v2.endpoint);
    expect(fromV2.enabledSites).toContain('https://localhost/*');
    const current = { schemaVersion: SETTINGS_VERSION, enabledSites: ['ecd.example.nl'] };
    expect(migrateUserSettings(current)).toEqual(current);
  });
});
