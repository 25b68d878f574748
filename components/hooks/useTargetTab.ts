import { useEffect, useState } from 'react';
import { onMessage } from '@/lib/messaging';

/**
 * The tab the panel works on. Tests and the demo pass `?tabId=`; the real side panel follows the
 * active tab. `stale` turns on when that tab navigates or its content changes after a read.
 */
export function useTargetTab(): { tabId: number | null; stale: boolean; markFresh(): void } {
  const fixed = Number(new URLSearchParams(location.search).get('tabId')) || null;
  const [tabId, setTabId] = useState<number | null>(fixed);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (fixed !== null) return;
    const pick = () =>
      void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
        setTabId(tab?.id ?? null);
        setStale(true);
      });
    pick();
    const onActivated = () => pick();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);

  useEffect(() => {
    const stop = onMessage('pageChanged', ({ sender }) => {
      if (sender.tab?.id === tabId) setStale(true);
    });
    return stop;
  }, [tabId]);

  return { tabId, stale, markFresh: () => setStale(false) };
}
