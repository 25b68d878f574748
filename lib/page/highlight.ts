/**
 * Pointing at things on the page without touching the page's own elements: a fixed-position overlay box,
 * appended to the document and removed again after a moment. Overlays carry data-dossierhulp-overlay and
 * aria-hidden, so readPage, scanFields and watchPageChanges ignore them.
 */
export const OVERLAY_ATTRIBUTE = 'data-dossierhulp-overlay';

export interface HighlightOptions {
  /** How long the mark stays, in ms (default 2000). */
  durationMs?: number;
  /** CSS colour of the mark. */
  color?: string;
  /** Scroll the target into view first (default true). */
  scroll?: boolean;
}

const QUOTE_COLOR = '#f5b400';
const FIELD_COLOR = '#1a7f37';

function box(doc: Document, color: string): HTMLElement {
  const el = doc.createElement('div');
  el.setAttribute(OVERLAY_ATTRIBUTE, '');
  el.setAttribute('aria-hidden', 'true');
  el.style.cssText = [
    'position:fixed', 'pointer-events:none', 'z-index:2147483647', 'box-sizing:border-box', 'border-radius:4px',
    `border:3px solid ${color}`, `background:${color}33`, 'transition:opacity .3s', 'margin:0', 'padding:0',
  ].join(';');
  return el;
}

function place(el: HTMLElement, rect: DOMRect, pad: number): void {
  el.style.left = `${rect.left - pad}px`;
  el.style.top = `${rect.top - pad}px`;
  el.style.width = `${rect.width + pad * 2}px`;
  el.style.height = `${rect.height + pad * 2}px`;
}

function scrollTo(el: Element | null): void {
  if (el && typeof (el as HTMLElement).scrollIntoView === 'function') {
    (el as HTMLElement).scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
  }
}

/** Shows overlay boxes that follow `rects()` (scrolling, smooth scroll) until removed; returns the remover. */
function showOverlay(doc: Document, rects: () => DOMRect[], color: string, durationMs: number, pad: number): () => void {
  const host = doc.body ?? doc.documentElement;
  const win = doc.defaultView;
  let boxes: HTMLElement[] = [];
  let alive = true;
  const update = () => {
    const list = rects().filter((r) => r.width > 0 || r.height > 0).slice(0, 40);
    while (boxes.length < list.length) {
      const b = box(doc, color);
      host.appendChild(b);
      boxes.push(b);
    }
    boxes.splice(list.length).forEach((b) => b.remove());
    list.forEach((r, k) => place(boxes[k]!, r, pad));
  };
  update();
  const follow = () => {
    if (!alive) return;
    update();
    win?.requestAnimationFrame?.(follow);
  };
  win?.requestAnimationFrame?.(follow);
  const remove = () => {
    if (!alive) return;
    alive = false;
    boxes.forEach((b) => b.remove());
    boxes = [];
  };
  setTimeout(remove, durationMs);
  return remove;
}

/**
 * Scrolls an element into view and outlines it briefly (~2 s). Returns a function that removes the mark early.
 * @example highlightElement(findFieldElement(document, key)!)
 */
export function highlightElement(el: Element, options: HighlightOptions = {}): () => void {
  if (options.scroll !== false) scrollTo(el);
  return showOverlay(el.ownerDocument, () => [el.getBoundingClientRect()], options.color ?? QUOTE_COLOR, options.durationMs ?? 2000, 4);
}

/** Scrolls a quote (from locateQuote) into view and marks its lines briefly. */
export function highlightRange(range: Range, options: HighlightOptions = {}): () => void {
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (options.scroll !== false) scrollTo(el);
  const doc = start.ownerDocument ?? (start as Document);
  return showOverlay(doc, () => Array.from(range.getClientRects?.() ?? []), options.color ?? QUOTE_COLOR, options.durationMs ?? 2000, 1);
}

/** Briefly marks a field that was just filled (green), without scrolling. */
export function markFilled(el: Element, options: HighlightOptions = {}): () => void {
  return highlightElement(el, { scroll: false, color: FIELD_COLOR, durationMs: 1500, ...options });
}
