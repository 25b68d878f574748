import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator } from '../../i18n';
import { defineSettingsItem, loadSettings, readPolicy, saveUserSettings, settingsItem, watchSettings } from '../store';
import { SETTINGS_VERSION } from '../schema';
import v1 from './fixtures/settings-v1.json';

const t = createTranslator('nl');
const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads defaults when nothing is stored and there is no policy', async () => {
    const resolved = await loadSettings();
    expect(resolved.settings.language).toBe('nl');
    expect(resolved.policyActive).toBe(false);
  });

  it('reads policy from managed storage as top-level keys', async () => {
    await setPolicy({ userId: 'm.jansen', enforcePseudonymization: true });
    expect(await readPolicy()).toEqual({ userId: 'm.jansen', enforcePseudonymization: true });
    const resolved = await loadSettings();
    expect(resolved.settings.userId).toBe('m.jansen');
    expect(resolved.policyActive).toBe(true);
  });

  it('treats a browser without managed storage as "no policy"', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual({});
    expect((await loadSettings()).settings.pseudonymize).toBe(true);
    spy.mockRestore();
  });

  it('stores only what the user changed, with the schema version', async () => {
    const current = await loadSettings();
    const result = await saveUserSettings({ ...current.settings, endpoint: { ...current.settings.endpoint, model: 'qwen2.5:7b' } });
    expect(result.ok).toBe(true);
    expect(await settingsItem.getValue()).toEqual({ endpoint: { model: 'qwen2.5:7b' }, schemaVersion: SETTINGS_VERSION });
    expect((await loadSettings()).settings.endpoint.model).toBe('qwen2.5:7b');
  });

  it('resets a value to the default when the patch sets it to undefined', async () => {
    await saveUserSettings({ language: 'en', previewBeforeSend: true });
    await saveUserSettings({ language: undefined });
    const { settings } = await loadSettings();
    expect(settings.language).toBe('nl');
    expect(settings.previewBeforeSend).toBe(true);
  });

  it('keeps record keys that contain dots intact', async () => {
    await saveUserSettings({ pseudonymizeByEndpoint: { 'https://ai.zorg.nl': false } });
    expect((await loadSettings()).settings.pseudonymizeByEndpoint).toEqual({ 'https://ai.zorg.nl': false });
  });

  it('refuses a change to a locked path and saves nothing of that patch', async () => {
    await setPolicy({ endpoint: { baseURL: 'https://ai.zorg.nl/v1' }, lockedSettings: ['language'] });
    const result = await saveUserSettings({ language: 'en', endpoint: { baseURL: 'http://localhost:11434/v1' } });
    expect(result).toMatchObject({ ok: false, code: 'locked' });
    if (result.ok) return;
    expect(result.paths.sort()).toEqual(['endpoint.baseURL', 'language']);
    expect(t(`settingsMessage.${result.code}`, result.vars)).toContain('beheerd door uw organisatie');
    expect(await settingsItem.getValue()).toEqual({});
  });

  it('accepts a whole settings object back when only unlocked values changed', async () => {
    await setPolicy({ endpoint: { baseURL: 'https://ai.zorg.nl/v1' } });
    const { settings } = await loadSettings();
    const result = await saveUserSettings({ ...settings, endpoint: { ...settings.endpoint, model: 'gpt-4o-mini' } });
    expect(result.ok).toBe(true);
    expect(await settingsItem.getValue()).toEqual({ endpoint: { model: 'gpt-4o-mini' }, schemaVersion: SETTINGS_VERSION });
  });

  it('refuses an endpoint outside the allowlist, with the origin in the message', async () => {
    await setPolicy({ allowedEndpointOrigins: ['https://ai.zorg.nl'] });
    const result = await saveUserSettings({ endpoint: { baseURL: 'https://api.openai.com/v1' } });
    expect(result).toMatchObject({ ok: false, code: 'endpoint-not-allowed', paths: ['endpoint.baseURL'] });
    if (result.ok) return;
    expect(t(`settingsMessage.${result.code}`, result.vars)).toContain('https://api.openai.com');
    expect((await saveUserSettings({ endpoint: { baseURL: 'https://ai.zorg.nl/v1' } })).ok).toBe(true);
  });

  it('refuses an invalid URL and an invalid value', async () => {
    expect(await saveUserSettings({ endpoint: { baseURL: 'localhost:11434' } })).toMatchObject({
      ok: false,
      code: 'endpoint-invalid-url',
    });
    const invalid = await saveUserSettings({ auditRetentionDays: 0 });
    expect(invalid).toMatchObject({ ok: false, code: 'save-invalid', paths: ['auditRetentionDays'] });
    expect(await settingsItem.getValue()).toEqual({});
  });

  it('runs the numbered migrations on a stored v1 value', async () => {
    await fakeBrowser.storage.local.set({ settings: structuredClone(v1) });
    const item = defineSettingsItem();
    const value = await item.getValue();
    expect(value.endpoint).toMatchObject({ baseURL: 'https://ai.zorg-noord.nl/v1' });
    expect(value).not.toHaveProperty('baseUrl');
    expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('notifies on user changes and on live policy changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((resolved) => seen.push(resolved.settings.endpoint.baseURL));
    await setPolicy({ endpoint: { baseURL: 'https://ai.zorg.nl/v1' } });
    await vi.waitFor(() => expect(seen).toEqual(['https://ai.zorg.nl/v1']));
    await fakeBrowser.storage.managed.remove('endpoint');
    await vi.waitFor(() => expect(seen).toEqual(['https://ai.zorg.nl/v1', 'http://localhost:11434/v1']));
    await saveUserSettings({ endpoint: { baseURL: 'http://127.0.0.1:11434/v1' } });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('http://127.0.0.1:11434/v1'));
    stop();
    const count = seen.length;
    await setPolicy({ endpoint: { baseURL: 'https://other.zorg.nl/v1' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBe(count);
  });

  it('ignores unrelated storage changes', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((resolved) => seen.push(resolved));
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await fakeBrowser.storage.session.set({ settings: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    stop();
  });
});

describe('the test build policy layer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not exist outside the test build: storage.local never acts as policy', async () => {
    expect(import.meta.env.DOSSIERHULP_TEST_BUILD).toBeFalsy();
    await fakeBrowser.storage.local.set({ testPolicy: { auditForwarding: { url: 'https://logs.zorg.example/' }, userId: 'x' } });
    expect(await readPolicy()).toEqual({});
    const { settings } = await loadSettings();
    expect(settings.auditForwarding).toBeNull();
    expect(settings.userId).toBe('');
  });
});
