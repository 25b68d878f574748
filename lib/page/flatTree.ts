/**
 * The tree as it is rendered (the "flat tree"): an open shadow root replaces its host's light children and a
 * slot shows the nodes assigned to it. Closed shadow roots are only reachable through `openShadowRoot`
 * (the extension passes chrome.dom.openOrClosedShadowRoot).
 */
export type OpenShadowRoot = (el: Element) => ShadowRoot | null;

/** The shadow root of a host, open or (when the caller can reach it) closed. */
export function shadowRootOf(el: Element, openShadowRoot?: OpenShadowRoot): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  if (!openShadowRoot) return null;
  try {
    return openShadowRoot(el) ?? null;
  } catch {
    return null;
  }
}

/** Children in rendering order: shadow tree for hosts, assigned nodes (or fallback content) for slots. */
export function renderedChildren(node: Node, openShadowRoot?: OpenShadowRoot): ArrayLike<Node> {
  if (node.nodeType === 1) {
    const el = node as Element;
    const root = shadowRootOf(el, openShadowRoot);
    if (root) return root.childNodes;
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/** The element this one is rendered in: its slot, its parent, or the host of its shadow root. */
export function renderedParent(el: Element): Element | null {
  const slot = (el as HTMLElement).assignedSlot;
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 && (parent as ShadowRoot).host ? (parent as ShadowRoot).host : null;
}

/** True when the element is a light child of an open shadow host but assigned to no slot, so never rendered. */
export function isUnslotted(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent?.shadowRoot || !('assignedSlot' in el)) return false;
  return (el as HTMLElement).assignedSlot === null;
}

/** True when `ancestor` contains `node` in the flat tree (crossing shadow boundaries). */
export function containsRendered(ancestor: Element, node: Node): boolean {
  let cur: Node | null = node;
  while (cur) {
    if (cur === ancestor) return true;
    if (cur.nodeType === 1) cur = renderedParent(cur as Element) ?? cur.parentNode;
    else cur = cur.parentNode;
  }
  return false;
}
