import { describe, expect, it } from 'vitest';
import { catalogues, createTranslator } from '../../i18n';
import { describeWarning, settingsMessageCodes } from '../messages';

describe('settings messages', () => {
  it('every code has a text in the catalogue, in Dutch and English', () => {
    for (const code of settingsMessageCodes) {
      expect(catalogues.nl.settingsMessage[code], code).toBeTruthy();
      expect(catalogues.en.settingsMessage[code], code).toBeTruthy();
    }
    expect(Object.keys(catalogues.nl.settingsMessage).sort()).toEqual([...settingsMessageCodes].sort());
  });

  it('fills the named placeholders', () => {
    const t = createTranslator('nl');
    expect(t('settingsMessage.endpoint-not-allowed', { origin: 'https://api.openai.com' })).toContain('Het adres https://api.openai.com staat niet');
  });

  it('describes a warning for the admin', () => {
    const text = describeWarning(
      { source: 'policy', path: 'auditRetentionDays', code: 'invalid-value', message: 'Too small: expected number to be >=1' },
      createTranslator('nl'),
    );
    expect(text).toBe('De waarde van auditRetentionDays is ongeldig en wordt genegeerd (Too small: expected number to be >=1).');
  });
});
