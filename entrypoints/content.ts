import { onMessage, sendMessage } from '@/lib/messaging';
import { watchPageChanges } from '@/lib/page/watchPageChanges';
import { createFrameAgent } from '@/lib/session/frameAgent';

// Injected on demand into every frame of the tab the user works in (activeTab, an enabled ECD site or
// the local sandbox). It holds no storage: everything it reads goes straight back to the panel. The
// handlers live in lib/session/frameAgent.ts; this file only wires them to messages.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  registration: 'runtime',
  allFrames: true,
  main() {
    const marker = '__dossierhulpContentScript';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[marker]) return; // the panel injects again after navigation; never listen twice
    scope[marker] = true;

    // Chrome lets extensions reach closed shadow roots; pages cannot.
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
    const agent = createFrameAgent(document, {
      openShadowRoot: dom?.openOrClosedShadowRoot ? (el: Element) => dom.openOrClosedShadowRoot!(el) ?? null : undefined,
      isTop: () => window === window.top,
      // A framework's own setter lives in the page's world: the background runs it there for the marked element.
      clearInPageWorld: (el, shown) => {
        // Only tells the background which element; not a secret (the page sees the attribute anyway).
        const marker = Math.random().toString(36).slice(2);
        el.setAttribute('data-dossierhulp-clear', marker);
        return sendMessage('clearInPageWorld', { marker, shown })
          .catch(() => false)
          .finally(() => el.removeAttribute('data-dossierhulp-clear'));
      },
    });

    onMessage('ping', () => 'pong');
    onMessage('readPage', () => agent.read());
    onMessage('fingerprint', () => agent.fingerprint());
    onMessage('fillFields', ({ data }) => agent.fill(data));
    onMessage('undoFill', ({ data }) => agent.undo(data));
    onMessage('locate', ({ data }) => agent.locate(data));

    // Only what the read depends on counts: a ticking session timer or a toast does not lock the panel.
    watchPageChanges(
      document,
      (reason) => {
        // No panel listening is normal; the next read picks the change up.
        sendMessage('pageChanged', { reason, url: location.href }).catch(() => undefined);
      },
      { classify: () => agent.changeSinceRead() },
    );
  },
});
