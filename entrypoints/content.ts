import { onMessage, sendMessage } from '@/lib/messaging';
// Straight from the modules: the content script runs in every frame of the ECD, so it takes only what it uses.
import { fieldsFingerprint } from '@/lib/page/fieldsFingerprint';
import { fillFields } from '@/lib/page/fillFields';
import { refuseChanged } from '@/lib/page/refuseChanged';
import { highlightElement, highlightRange, markFilled } from '@/lib/page/highlight';
import { locateQuote } from '@/lib/page/locateQuote';
import { readPage } from '@/lib/page/readPage';
import { locateRef } from '@/lib/page/refs';
import { findFieldElement, scanFields } from '@/lib/page/scanFields';
import { watchPageChanges } from '@/lib/page/watchPageChanges';

// Injected on demand into every frame of the tab the user works in (activeTab, an enabled ECD site or
// the local sandbox). It holds no storage: everything it reads goes straight back to the panel.
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
    const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } })
      .chrome?.dom;
    const scanOptions = dom?.openOrClosedShadowRoot
      ? { openShadowRoot: (el: Element) => dom.openOrClosedShadowRoot!(el) ?? null }
      : undefined;

    onMessage('ping', () => 'pong');
    onMessage('fingerprint', () => fieldsFingerprint(document, scanOptions));
    onMessage('readPage', () => ({
      url: location.href,
      isTop: window === window.top,
      snapshot: readPage(document),
      fields: scanFields(document, scanOptions),
      fieldsFingerprint: fieldsFingerprint(document, scanOptions),
    }));
    onMessage('fillFields', async ({ data }) => {
      const { pass, refused } = refuseChanged(document, data.entries, scanOptions);
      const entries = pass.map(({ key, value }) => ({ key, value }));
      const results = [...refused, ...(await fillFields(document, entries, { ...scanOptions, expectedFingerprint: data.expectedFingerprint }))];
      for (const result of results) {
        const el = result.ok ? findFieldElement(document, result.key, scanOptions) : null;
        if (el) markFilled(el);
      }
      return results;
    });
    onMessage('undoFill', async ({ data }) => {
      // A value the nurse corrected by hand after the fill stays; so does everything on another form.
      const filled = data.results.filter((r) => r.ok).map((r) => ({ key: r.key, value: r.previous, expected: r.value }));
      const { pass, refused } = refuseChanged(document, filled, scanOptions);
      const entries = pass.map(({ key, value }) => ({ key, value }));
      return [...refused, ...(await fillFields(document, entries, { ...scanOptions, expectedFingerprint: data.expectedFingerprint }))];
    });
    onMessage('locate', ({ data }) => {
      if (data.fieldKey) {
        const el = findFieldElement(document, data.fieldKey, scanOptions);
        if (el) highlightElement(el);
        return el !== null;
      }
      if (data.quote) {
        const range = locateQuote(document, data.quote, data.ref);
        if (range) {
          highlightRange(range);
          return true;
        }
      }
      const el = data.ref ? locateRef(document, data.ref) : null;
      if (el) highlightElement(el);
      return el !== null;
    });

    watchPageChanges(document, (reason) => {
      // No panel listening is normal; the next read picks the change up.
      sendMessage('pageChanged', { reason, url: location.href }).catch(() => undefined);
    });
  },
});
