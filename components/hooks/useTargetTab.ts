import { useEffect, useState } from 'react';
import { onMessage } from '@/lib/messaging';

/**
 * The tab the panel works on. Tests and the demo pass `?tabId=`; the real side panel follows the active
 * tab of its own window. `stale` turns on when that tab loads a new page, navigates inside an SPA or its
 * content changes after a read.
 */
export function useTargetTab(): { tabId: number | null; stale: boolean; markFresh(): void } {
  const fixed = Number(new URLSearchParams(location.search).get('tabId')) || null;
  const [tabId, setTabId] = useState<number | null>(fixed);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (fixed !== null) return;
    let windowId: number | undefined;
    let live = true;
    void browser.windows.getCurrent().then(async (win) => {
      windowId = win.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      if (live) setTabId(tab?.id ?? null);
    });
    // Only tabs of this panel's window: a panel in window 1 must not follow a click in window 2.
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);

  useEffect(() => {
    setStale(false);
    const stop = onMessage('pageChanged', ({ sender }) => {
      if (sender.tab?.id === tabId) setStale(true);
    });
    // A full page load takes the content script with it, so it cannot say so itself.
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'loading') setStale(true);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stop();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { tabId, stale, markFresh: () => setStale(false) };
}
