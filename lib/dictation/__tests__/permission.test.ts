import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { microphonePermissionState, openMicrophonePage, requestMicrophoneAccess } from '../permission';

const audioInput = (label: string) => ({ kind: 'audioinput', label, deviceId: 'x', groupId: 'y' });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('microphonePermissionState', () => {
  it.each(['granted', 'denied', 'prompt'] as const)('returns the Permissions API answer (%s)', async (state) => {
    const query = vi.fn(async () => ({ state }));
    vi.stubGlobal('navigator', { permissions: { query } });
    expect(await microphonePermissionState()).toBe(state);
    expect(query).toHaveBeenCalledWith({ name: 'microphone' });
  });

  it('falls back to device labels where the browser does not know the microphone permission', async () => {
    const query = async () => Promise.reject(new TypeError("'microphone' is not a valid PermissionName"));
    vi.stubGlobal('navigator', { permissions: { query }, mediaDevices: { enumerateDevices: async () => [audioInput('USB-microfoon')] } });
    expect(await microphonePermissionState()).toBe('granted');
    vi.stubGlobal('navigator', { permissions: { query }, mediaDevices: { enumerateDevices: async () => [audioInput('')] } });
    expect(await microphonePermissionState()).toBe('unknown');
  });

  it('says unknown when there is no API at all', async () => {
    vi.stubGlobal('navigator', {});
    expect(await microphonePermissionState()).toBe('unknown');
  });
});

describe('requestMicrophoneAccess', () => {
  it('asks once and releases the microphone straight away', async () => {
    const stop = vi.fn();
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [{ stop }, { stop }] }));
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
    expect(await requestMicrophoneAccess()).toEqual({ ok: true });
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(stop).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['NotFoundError', 'no-microphone'],
  ])('returns the error code when the browser refuses (%s)', async (name, code) => {
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => Promise.reject(new DOMException('', name)) } });
    expect(await requestMicrophoneAccess()).toEqual({ ok: false, code });
  });

  it('reports no-microphone without a media devices API', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestMicrophoneAccess()).toEqual({ ok: false, code: 'no-microphone' });
  });
});

describe('openMicrophonePage', () => {
  it('opens the extension page in a tab, in Dutch by default or English on request', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await openMicrophonePage();
    await openMicrophonePage('en');
    const urls = create.mock.calls.map(([props]) => props.url);
    expect(urls).toEqual([browser.runtime.getURL('/microfoon.html'), browser.runtime.getURL('/microfoon.html?lang=en')]);
    expect(urls[0]).toMatch(/^chrome-extension:\/\/.+\/microfoon\.html$/);
  });
});
