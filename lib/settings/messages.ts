import type { Translate } from '../i18n';

/**
 * Everything the settings layer can put in front of a user or admin, as a code; the texts are in the
 * catalogue under `settingsMessage.<code>` (lib/i18n/locales), with the placeholders named there.
 */
export const settingsMessageCodes = [
  'locked',
  'endpoint-not-allowed',
  'endpoint-invalid-url',
  'invalid-value',
  'unknown-key',
  'retired-key',
  'allowlist-invalid',
  'secret-without-endpoint',
  'save-invalid',
  'save-failed',
  'browser-policy-hint',
  'managed-badge',
  'recommended-badge',
  'user-id-missing',
  'user-id-ignored',
] as const;
export type SettingsMessageCode = (typeof settingsMessageCodes)[number];

/** A value from policy or from stored user settings that was ignored, for the admin section of the options page. */
export interface SettingsWarning {
  source: 'policy' | 'user';
  /** Dot path, with [i] for list items. */
  path: string;
  code: Extract<
    SettingsMessageCode,
    | 'invalid-value'
    | 'unknown-key'
    | 'retired-key'
    | 'allowlist-invalid'
    | 'endpoint-not-allowed'
    | 'secret-without-endpoint'
    | 'user-id-missing'
    | 'user-id-ignored'
  >;
  /** Technical detail in English (zod's message); for 'endpoint-not-allowed' the refused origin. */
  message: string;
}

/**
 * The text for a settings warning, e.g. in the options page's list for the admin.
 *
 * @example describeWarning(warning, createTranslator('nl'))
 */
export function describeWarning(warning: SettingsWarning, t: Translate): string {
  return t(`settingsMessage.${warning.code}`, { path: warning.path, detail: warning.message, origin: warning.message });
}
