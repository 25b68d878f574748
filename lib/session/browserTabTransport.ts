import { sendMessage } from '../messaging';
import { TabReadError } from './readTab';
import type { TabTransport } from './tabTransport';

/**
 * The real transport: injects the content script into every frame on demand (so it never runs on a site
 * the user did not open Dossierhulp on) and talks to each frame with the typed messages of lib/messaging.
 */
export const browserTabTransport: TabTransport = {
  async frames(tabId) {
    try {
      const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
      return results.map((r) => ({ frameId: r.frameId }));
    } catch {
      throw new TabReadError('no-access');
    }
  },
  agent(tabId, frameId) {
    const to = { tabId, frameId };
    return {
      read: () => sendMessage('readPage', undefined, to),
      fingerprint: () => sendMessage('fingerprint', undefined, to),
      fill: (request) => sendMessage('fillFields', request, to),
      undo: (request) => sendMessage('undoFill', request, to),
      locate: (target) => sendMessage('locate', target, to),
    };
  },
  async frameUrl(tabId, frameId) {
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: () => location.href });
      return typeof result?.result === 'string' ? result.result : '';
    } catch {
      return '';
    }
  },
};
