import { browser } from 'wxt/browser';
import { z } from 'zod';
import { classifyDictationError, type DictationErrorCode } from './errors';

/** Whether this extension may use the microphone; 'unknown' when the browser will not say. */
export const microphonePermissionSchema = z.enum(['granted', 'denied', 'prompt', 'unknown']);
export type MicrophonePermission = z.infer<typeof microphonePermissionSchema>;

/** Path of the page that asks for the microphone (entrypoints/microfoon). */
export const MICROPHONE_PAGE_PATH = '/microfoon.html';

/**
 * Asks the browser whether the extension may use the microphone, without prompting.
 * A side panel cannot show the permission prompt, so the panel checks this first and opens
 * the microphone page ({@link openMicrophonePage}) when the answer is not 'granted'.
 * Falls back to device labels (only visible after a grant) where the Permissions API does not
 * know 'microphone' (older Firefox).
 */
export async function microphonePermissionState(): Promise<MicrophonePermission> {
  const nav = globalThis.navigator;
  try {
    const status = await nav?.permissions?.query({ name: 'microphone' as PermissionName });
    const parsed = microphonePermissionSchema.safeParse(status?.state);
    if (parsed.success) return parsed.data;
  } catch {
    // 'microphone' is not a known permission name here: try the fallback.
  }
  try {
    const devices = (await nav?.mediaDevices?.enumerateDevices()) ?? [];
    if (devices.some((d) => d.kind === 'audioinput' && d.label !== '')) return 'granted';
  } catch {
    // No media devices API at all.
  }
  return 'unknown';
}

/** Opens the microphone permission page in a new tab (from the side panel or options page). */
export async function openMicrophonePage(language: 'nl' | 'en' = 'nl'): Promise<void> {
  const query = language === 'en' ? '?lang=en' : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`${MICROPHONE_PAGE_PATH}${query}`) });
}

/**
 * Calls getUserMedia once so the browser shows its permission prompt in a normal tab, then
 * releases the microphone straight away. Nothing is recorded.
 */
export async function requestMicrophoneAccess(): Promise<{ ok: true } | { ok: false; code: DictationErrorCode }> {
  const media = globalThis.navigator?.mediaDevices;
  if (!media?.getUserMedia) return { ok: false, code: 'no-microphone' };
  try {
    const stream = await media.getUserMedia({ audio: true });
    stream.getTracks().forEach((track) => track.stop());
    return { ok: true };
  } catch (err) {
    return { ok: false, code: classifyDictationError(err) };
  }
}
