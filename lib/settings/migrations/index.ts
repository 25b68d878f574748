import { SETTINGS_VERSION } from '../schema';
import { isPlainObject } from '../settingPaths';
import { migrateToV2 } from './v2-nested-endpoint';
import { migrateToV3 } from './v3-site-patterns';
import { migrateToV4 } from './v4-no-web-speech';

export type SettingsMigration = (old: unknown) => Record<string, unknown>;

/**
 * Numbered migrations of the stored user settings: key N migrates version N-1 to N.
 * Passed to WXT storage (`defineItem(..., { version, migrations })`), which runs the missing ones
 * when the extension updates. Add a file per version and a fixture test for it.
 */
export const settingsMigrations: Record<number, SettingsMigration> = {
  2: migrateToV2,
  3: migrateToV3,
  4: migrateToV4,
};

/**
 * Brings a settings object of any earlier version to the current one, e.g. an exported settings
 * file being imported. The version is read from `schemaVersion` (absent means 1).
 *
 * @example migrateUserSettings({ baseUrl: 'http://localhost:11434/v1' }).endpoint // { baseURL: … }
 */
export function migrateUserSettings(raw: unknown, fromVersion?: number): Record<string, unknown> {
  const stated = isPlainObject(raw) && typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1;
  let version = fromVersion ?? stated;
  let value: Record<string, unknown> = isPlainObject(raw) ? raw : {};
  while (version < SETTINGS_VERSION) {
    version += 1;
    const migrate = settingsMigrations[version];
    if (migrate) value = migrate(value);
  }
  return value;
}
