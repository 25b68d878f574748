import { sendMessage } from '../messaging';
import { mergeFrames } from './mergeFrames';
import type { TabFrame, TabRead } from './types';

export class TabReadError extends Error {
  constructor(readonly code: 'no-access' | 'no-content') {
    super(code);
  }
}

/**
 * Makes sure the content script runs in every frame of the tab (injecting it on demand, so it never runs
 * on a site the user did not open Dossierhulp on) and returns the frame ids it runs in.
 */
export async function injectContentScript(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: ['/content-scripts/content.js'],
    });
    return results.map((r) => r.frameId);
  } catch {
    throw new TabReadError('no-access');
  }
}

/** Reads every reachable frame of the tab and merges the result. Frames that do not answer are skipped. */
export async function readTab(tabId: number): Promise<TabRead> {
  const frameIds = await injectContentScript(tabId);
  const reads = await Promise.allSettled(
    frameIds.map(async (frameId): Promise<TabFrame> => ({ frameId, ...(await sendMessage('readPage', undefined, { tabId, frameId })) })),
  );
  const frames = reads.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (frames.length === 0) throw new TabReadError('no-content');
  return mergeFrames(tabId, frames);
}
