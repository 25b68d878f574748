import { isBlockTag } from './pageModel';
import { cleanLines } from './normalizeText';
import type { Visibility } from './visibility';

const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'select', 'option', 'datalist', 'textarea', 'input', 'button']);

/**
 * The visible text inside one element (small subtrees: labels, cells, editors), with line breaks between
 * blocks. Controls and their option lists are skipped; `skip` can leave out more (e.g. a popup listbox).
 */
export function elementText(el: Element, visibility?: Visibility, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    const children = childrenOf(node);
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c.nodeType === 3) parts.push((c as Text).data);
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (NO_TEXT.has(e.localName) || skip?.(e) || (visibility && visibility.hidesSubtree(e))) continue;
        if (e.localName === 'br') {
          parts.push('\n');
          continue;
        }
        const block = isBlockTag(e);
        if (block) parts.push('\n');
        walk(e.shadowRoot ?? e);
        if (block) parts.push('\n');
      }
    }
  };
  walk(el.shadowRoot ?? el);
  return cleanLines(parts.join(''));
}

/** Children as rendered: a slot shows the nodes assigned to it (an <sl-option>'s text), else its fallback. */
function childrenOf(node: Node): ArrayLike<Node> {
  if (node.nodeType === 1 && (node as Element).localName === 'slot') {
    const assigned = typeof (node as HTMLSlotElement).assignedNodes === 'function' ? (node as HTMLSlotElement).assignedNodes() : [];
    if (assigned.length > 0) return assigned;
  }
  return node.childNodes;
}
