import { OVERLAY_ATTRIBUTE } from './highlight';

export type PageChangeReason = 'navigation' | 'dom';

export interface WatchOptions {
  /** Quiet time before a DOM change is reported (default 400 ms). */
  debounceMs?: number;
  /** How often location.href is compared (default 500 ms). */
  pollMs?: number;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${OVERLAY_ATTRIBUTE}]`);
}

function meaningful(record: MutationRecord): boolean {
  if (isOurs(record.target)) return false;
  if (record.type !== 'childList') return true;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.some((n) => !(n.nodeType === 1 && (n as Element).hasAttribute(OVERLAY_ATTRIBUTE)));
}

/**
 * Tells the caller when the page is no longer the page it read: SPA navigation (pushState/replaceState,
 * popstate, hashchange, the Navigation API, and a cheap poll of location.href, because an isolated content
 * script cannot see the page's own history calls) and meaningful DOM changes (debounced; our overlays are
 * ignored). Returns a disposer that stops watching.
 *
 * @example const stop = watchPageChanges(document, (reason) => console.log(reason)); // later: stop()
 */
export function watchPageChanges(doc: Document, onChange: (reason: PageChangeReason) => void, options: WatchOptions = {}): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const debounceMs = options.debounceMs ?? 400;
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const checkUrl = (): boolean => {
    const href = win.location.href;
    if (href === lastUrl) return false;
    lastUrl = href;
    onChange('navigation');
    return true;
  };
  const soon = () => setTimeout(checkUrl, 0);

  win.addEventListener('popstate', soon);
  win.addEventListener('hashchange', soon);
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', soon);

  // Effective in the page's own world (and tests); in an isolated world the poll below covers it.
  const history = win.history;
  const patched: { name: 'pushState' | 'replaceState'; original: History['pushState']; wrapper: History['pushState'] }[] = [];
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    if (typeof original !== 'function') continue;
    const wrapper: History['pushState'] = function (this: History, ...args) {
      const result = original.apply(this, args);
      soon();
      return result;
    };
    try {
      history[name] = wrapper;
      patched.push({ name, original, wrapper });
    } catch {
      /* read-only history */
    }
  }
  const poll = setInterval(checkUrl, options.pollMs ?? 500);

  const Observer = win.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
        if (!records.some(meaningful)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (!checkUrl()) onChange('dom');
        }, debounceMs);
      })
    : null;
  observer?.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open', 'disabled'],
  });

  return () => {
    observer?.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    win.removeEventListener('popstate', soon);
    win.removeEventListener('hashchange', soon);
    navigation?.removeEventListener?.('currententrychange', soon);
    for (const p of patched) if (history[p.name] === p.wrapper) history[p.name] = p.original;
  };
}
