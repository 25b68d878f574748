import { shadowRootOf, type OpenShadowRoot } from './flatTree';

/**
 * Stable references to elements: an XPath-like path from the nearest element with a usable id, e.g.
 * `#rapportages/li[3]/div[2]`, or from the root, `/html/body/main/section[2]`. A step `li[3]` is the third
 * `li` child (same-name siblings only, so unrelated siblings do not shift it). Shadow roots are crossed with
 * ` >> `: `#widget >> /div/input`. The same page always yields the same ref.
 */

/**
 * Ids (and radio names) that component libraries generate per render: React useId (`:r1:`, `«r1»`, `_r_1_`),
 * Element Plus `el-id-<random>-<n>`, Angular Material `mat-input-3` / `mat-mdc-checkbox-1-input`, react-select
 * `react-select-3-input`, rc-select `rc_select_0`, Headless UI `headlessui-listbox-button-…`, MUI `mui-12`,
 * Radix, Downshift, PrimeNG `pr_id_4`, Vuetify `input-12`. A counter depends on what rendered before, a
 * random part on nothing at all; neither survives a reload reliably.
 */
const GENERATED_ID =
  /^(?:el-id|mat|mdc|cdk|react-select|rc[_-][a-z]+|headlessui|radix|downshift|mui|pr_id|input-v|input|v|ember|ngb|tippy|floating-ui|sl|base-ui|ariakit|chakra|mantine|rs|vs\d*|ui-id)[-_].*\d/i;
const REACT_USE_ID = /(?:^|[^a-z0-9])_r_[0-9a-z]*_|:r[0-9a-z]*:|«r/i;

/** Ids that frameworks generate per render (useId, library counters, uuids, long counters) do not survive a reload. */
export function isStableId(id: string): boolean {
  return (
    id !== '' &&
    !/[:«»/\s[\]]|>>/.test(id) &&
    !/[0-9a-f]{8,}/i.test(id) &&
    !/\d{6,}/.test(id) &&
    !GENERATED_ID.test(id) &&
    !REACT_USE_ID.test(id)
  );
}

function rootOf(el: Element): Document | ShadowRoot | null {
  const root = el.getRootNode();
  return root.nodeType === 9 || root.nodeType === 11 ? (root as Document | ShadowRoot) : null;
}

function uniqueIdIn(root: Document | ShadowRoot, el: Element): boolean {
  return typeof root.getElementById === 'function' && root.getElementById(el.id) === el;
}

/** A ref function with a cheaper variant for callers that already know an element's sibling position. */
export interface RefBuilder {
  (el: Element): string;
  /**
   * The ref of `el`, which is the `position`-th child with its localName (1-based) of `parent`; its id and
   * localName may be passed when the caller has them already (each DOM read counts in a list of 10,000).
   */
  at(el: Element, position: number, parent: Element | null, id?: string, localName?: string): string;
}

/** Builds refs with a per-read cache of sibling positions and of every ancestor's path, so a list of 10,000 items stays linear. */
export function createRefBuilder(): RefBuilder {
  // Maps, not WeakMaps: the builder lives for one read, and Map lookups are cheaper.
  const positions = new Map<Element, number>();
  const locals = new Map<Element, Local>();

  function position(el: Element): number {
    const pos = positions.get(el);
    if (pos !== undefined) return pos;
    const parent = el.parentNode;
    if (!parent) return 1;
    const counts = new Map<string, number>();
    for (let child = parent.firstElementChild ?? firstElement(parent); child; child = child.nextElementSibling) {
      const n = (counts.get(child.localName) ?? 0) + 1;
      counts.set(child.localName, n);
      positions.set(child, n);
    }
    return positions.get(el) ?? 1;
  }

  function firstElement(node: Node): Element | null {
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) return c as Element;
    return null;
  }

  /** `#id/li[3]` from the nearest element with a usable id, else `/html/body/…` from the root. */
  function local(el: Element, pos: number, parent: Element | null, id: string, name: string): Local {
    const up = parent ? localOf(parent) : null;
    const root = up ? up.root : rootOf(el);
    // Crossing into a shadow root: the host's ref, then ' >> ', then the path inside.
    const prefix = up ? up.prefix : root && root.nodeType === 11 ? `${refOf((root as ShadowRoot).host)} >> ` : '';
    if (id && isStableId(id) && root && uniqueIdIn(root, el)) return { path: `#${id}`, root, prefix };
    const step = pos > 1 ? `${name}[${pos}]` : name;
    return { path: `${up ? up.path : ''}/${step}`, root, prefix };
  }

  /** The cached local path of an ancestor (leaves are asked once per read and are not cached). */
  function localOf(el: Element): Local {
    let found = locals.get(el);
    if (!found) {
      found = local(el, position(el), el.parentElement, el.id, el.localName);
      locals.set(el, found);
    }
    return found;
  }

  /** The ref of an element asked for once (a report, a block): no Local object for it. */
  function leaf(el: Element, pos: number, parent: Element | null, id: string, name: string): string {
    if (!parent) {
      const { path, prefix } = local(el, pos, parent, id, name);
      return prefix + path;
    }
    const up = localOf(parent);
    if (id && isStableId(id) && up.root && uniqueIdIn(up.root, el)) return `${up.prefix}#${id}`;
    return `${up.prefix}${up.path}/${pos > 1 ? `${name}[${pos}]` : name}`;
  }

  const refOf = ((el: Element) => leaf(el, position(el), el.parentElement, el.id, el.localName)) as RefBuilder;
  refOf.at = (el, pos, parent, id = el.id, name = el.localName) => leaf(el, pos, parent, id, name);
  return refOf;
}

interface Local {
  /** Path inside the element's own root (document or shadow root). */
  path: string;
  root: Document | ShadowRoot | null;
  /** '' in the document; the shadow host's ref and ' >> ' in a shadow root. */
  prefix: string;
}

function childByStep(parent: ParentNode, step: string): Element | null {
  const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(step);
  if (!m) return null;
  const name = m[1]!;
  let wanted = m[2] ? Number(m[2]) : 1;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.localName === name && --wanted === 0) return child;
  }
  return null;
}

function resolveLocal(root: Document | ShadowRoot, path: string): Element | null {
  let rest = path;
  let cur: ParentNode | null = root;
  if (rest.startsWith('#')) {
    const slash = rest.indexOf('/');
    const id = slash === -1 ? rest.slice(1) : rest.slice(1, slash);
    cur = root.getElementById(id);
    rest = slash === -1 ? '' : rest.slice(slash);
  }
  for (const step of rest.split('/').filter(Boolean)) {
    if (!cur) return null;
    cur = childByStep(cur, step);
  }
  return cur && cur !== root ? (cur as Element) : null;
}

/**
 * Finds the element a ref (from readPage or scanFields) points to, or null when the page changed.
 * @example locateRef(document, '#rapportages/li[2]')
 */
export function locateRef(doc: Document, ref: string, openShadowRoot?: OpenShadowRoot): Element | null {
  let root: Document | ShadowRoot = doc;
  let el: Element | null = null;
  for (const part of ref.split(' >> ')) {
    if (el) {
      const shadow = shadowRootOf(el, openShadowRoot);
      if (!shadow) return null;
      root = shadow;
    }
    el = resolveLocal(root, part.trim());
    if (!el) return null;
  }
  return el;
}
