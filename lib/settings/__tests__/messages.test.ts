import { describe, expect, it } from 'vitest';
import { describeWarning, settingsMessage, settingsMessages, type SettingsMessageCode } from '../messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('settings messages', () => {
  it('has Dutch and English text with the same placeholders for every code', () => {
    for (const [code, texts] of Object.entries(settingsMessages)) {
      expect(texts.nl.trim(), code).not.toBe('');
      expect(texts.en.trim(), code).not.toBe('');
      expect(texts.nl, code).not.toBe(texts.en);
      expect(placeholders(texts.nl), code).toEqual(placeholders(texts.en));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(settingsMessage('endpoint-not-allowed', 'nl', { origin: 'https://api.openai.com' })).toContain(
      'Het adres https://api.openai.com staat niet',
    );
    expect(settingsMessage('invalid-value' as SettingsMessageCode, 'en', { path: 'logPayloads' })).toContain('{detail}');
  });

  it('describes a warning for the admin', () => {
    const text = describeWarning(
      { source: 'policy', path: 'auditRetentionDays', code: 'invalid-value', message: 'Too small: expected number to be >=1' },
      'nl',
    );
    expect(text).toBe('De waarde van auditRetentionDays is ongeldig en wordt genegeerd (Too small: expected number to be >=1).');
  });
});
