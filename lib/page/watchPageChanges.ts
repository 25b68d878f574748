import { OVERLAY_ATTRIBUTE } from './highlight';
import type { MeaningChange } from './pageMeaning';

export type PageChangeReason = 'navigation' | MeaningChange;

export interface WatchOptions {
  /** Quiet time before a DOM change is looked at (default 400 ms). */
  debounceMs?: number;
  /** How often location.href is compared (default 500 ms). */
  pollMs?: number;
  /**
   * Decides what a DOM change means for the last read, or null when it means nothing (a ticking timer, a
   * toast, a badge, a style change). Without it every DOM change counts as 'content'. A slow check is run
   * less often: never more than a tenth of the time.
   */
  classify?: () => MeaningChange | null;
}

const INERT = new Set(['style', 'link', 'script', 'meta', 'title', 'noscript', 'template']);

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`[${OVERLAY_ATTRIBUTE}]`);
}

/** A node whose coming or going cannot change what a person reads: style sheets, scripts, head metadata. */
function isInert(node: Node): boolean {
  if (node.nodeType === 8) return true; // comment
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (INERT.has(el.localName) || !!el.closest('head'));
}

function worthLooking(record: MutationRecord): boolean {
  if (isOurs(record.target) || isInert(record.target)) return false;
  if (record.type !== 'childList') return true;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.some((n) => !isInert(n) && !(n.nodeType === 1 && (n as Element).hasAttribute(OVERLAY_ATTRIBUTE)));
}

/**
 * Tells the caller when the page is no longer the page it read: SPA navigation (pushState/replaceState,
 * popstate, hashchange, the Navigation API, and a cheap poll of location.href, because an isolated content
 * script cannot see the page's own history calls) and DOM changes that change what the read depends on
 * (debounced, judged by `options.classify`; our overlays, style sheets and scripts are ignored). Returns a
 * disposer that stops watching.
 *
 * @example const stop = watchPageChanges(document, (reason) => console.log(reason), { classify }); // later: stop()
 */
export function watchPageChanges(doc: Document, onChange: (reason: PageChangeReason) => void, options: WatchOptions = {}): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const debounceMs = options.debounceMs ?? 400;
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let notBefore = 0;
  // A page that never falls quiet (an animation) is still looked at, at least every few seconds.
  let pendingSince = 0;
  const MAX_WAIT_MS = 3000;

  const checkUrl = (): boolean => {
    const href = win.location.href;
    if (href === lastUrl) return false;
    lastUrl = href;
    onChange('navigation');
    return true;
  };
  const soon = () => setTimeout(checkUrl, 0);

  const judge = () => {
    timer = undefined;
    pendingSince = 0;
    if (checkUrl()) return;
    const wait = notBefore - Date.now();
    if (wait > 0) {
      timer = setTimeout(judge, wait);
      return;
    }
    const started = Date.now();
    const reason = options.classify ? options.classify() : 'content';
    // A check that costs 100 ms on a 10,000-report page runs at most once a second.
    notBefore = Date.now() + (Date.now() - started) * 9;
    if (reason) onChange(reason);
  };

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

  const schedule = () => {
    const now = Date.now();
    pendingSince ||= now;
    clearTimeout(timer);
    timer = setTimeout(judge, Math.max(0, Math.min(debounceMs, pendingSince + MAX_WAIT_MS - now)));
  };
  // Typing changes a field's value without touching the DOM; only a person's input counts (ours is synthetic).
  const onInput = (event: Event) => {
    if (event.isTrusted) schedule();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);

  const Observer = win.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const observer = Observer
    ? new Observer((records) => {
        if (records.some(worthLooking)) schedule();
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
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('change', onInput, true);
    clearTimeout(timer);
    clearInterval(poll);
    win.removeEventListener('popstate', soon);
    win.removeEventListener('hashchange', soon);
    navigation?.removeEventListener?.('currententrychange', soon);
    for (const p of patched) if (history[p.name] === p.wrapper) history[p.name] = p.original;
  };
}
