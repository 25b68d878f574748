import { onMessage } from '../messaging';
import type { FillSession } from './fillSession';

/**
 * Keeps the session on the tab the panel works on. Tests and the demo fix it with `?tabId=`; the real
 * side panel follows the active tab of its own window (never a click in another window). The snapshot
 * goes stale when the content script reports a change that matters, or the tab loads a new page (which
 * takes the content script, and with it every undo, along).
 *
 * @example useEffect(() => watchTargetTab(session, { fixedTabId }), [session]);
 */
export function watchTargetTab(session: FillSession, options: { fixedTabId: number | null }): () => void {
  let live = true;
  let windowId: number | undefined;
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) session.setTab(info.tabId);
  };
  if (options.fixedTabId !== null) session.setTab(options.fixedTabId);
  else {
    void browser.windows.getCurrent().then(async (win) => {
      windowId = win.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      if (live) session.setTab(tab?.id ?? null);
    });
    browser.tabs.onActivated.addListener(onActivated);
  }
  const stopMessages = onMessage('pageChanged', ({ sender, data }) => {
    if (sender.tab?.id === session.getState().tabId) session.markStale(data.reason);
  });
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === session.getState().tabId && change.status === 'loading') session.pageReloaded();
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    live = false;
    stopMessages();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
