import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { PageModel } from './pageModel';

/** Readability clones and scores the whole page; beyond this size a dossier is lists, not prose. */
const MAX_NODES = 5000;

function markClone(model: PageModel, original: Element, copy: Element): void {
  const originals = Array.from(original.children);
  const copies = Array.from(copy.children);
  originals.forEach((o, k) => {
    const c = copies[k];
    if (!c) return;
    const index = model.indexOf(o);
    // Not in the model means hidden or chrome: Readability must not see it either.
    if (index === undefined) c.remove();
    else {
      c.setAttribute('data-dh-n', String(index));
      markClone(model, o, c);
    }
  });
}

/**
 * The model nodes inside the main narrative, as Readability extracts it, or null when the page is not
 * reader-like. Readability works on a clone (it rewrites the DOM) from which hidden elements and chrome have
 * been removed first, and it only decides which prose is the narrative: tables, fields and short blocks are
 * read structurally elsewhere, because Readability drops them.
 */
export function narrativeNodes(doc: Document, model: PageModel): Set<number> | null {
  const body = doc.body;
  if (!body || model.count === 0 || model.count > MAX_NODES || model.el(0) !== body) return null;
  const readable = isProbablyReaderable(doc, {
    visibilityChecker: (node: Node) => node.nodeType === 1 && model.indexOf(node as Element) !== undefined,
  });
  if (!readable) return null;
  const clone = doc.cloneNode(true) as Document;
  if (!clone.body) return null;
  markClone(model, body, clone.body);
  let content: Node | null | undefined;
  try {
    content = new Readability<Node>(clone, { serializer: (n) => n, charThreshold: 300 }).parse()?.content;
  } catch {
    return null;
  }
  if (!content || content.nodeType !== 1) return null;
  const found = new Set<number>();
  const el = content as Element;
  for (const marked of [el, ...Array.from(el.querySelectorAll('[data-dh-n]'))]) {
    const value = marked.getAttribute('data-dh-n');
    if (value !== null) found.add(Number(value));
  }
  return found;
}
