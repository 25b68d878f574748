import { DATE_RE } from './dutchDates';
import { renderedChildren } from './flatTree';
import { cleanLines, collapseWhitespace } from './normalizeText';
import { createVisibility, type Visibility } from './visibility';

/**
 * One linear pass over the rendered (flat) tree that keeps only what a person sees as content. Everything
 * later (header, alerts, reports, pairs, tables, quotes) works on this model, so hidden text can never leak in
 * and every question about an element's text is answered from prefix sums instead of a new DOM walk.
 *
 * Form controls and navigation chrome (buttons, option lists, menus, tabs, editors) are left out: fields are
 * reported by scanFields, and chrome is not a fact about the client.
 *
 * Iframes are not entered: the extension runs a content script in every frame and each reads its own document.
 */
export interface ModelNode {
  el: Element;
  parent: number;
  children: number[];
  /** Run range [start, end) of the text inside this element. */
  start: number;
  end: number;
  /** Block-level by tag (a line break before and after it). */
  block: boolean;
  /** Has a non-blank text node as a direct child. */
  directText: boolean;
  /** Some descendant is block-level. */
  blockInside: boolean;
  /** Index just past the last descendant: the subtree is nodes (index, after). */
  after: number;
}

export interface PageModel {
  readonly visibility: Visibility;
  readonly nodes: ModelNode[];
  /** Visible text pieces in reading order; '\n' marks a block boundary. */
  readonly runs: string[];
  /** The text node of each run (null for boundaries and separators). */
  readonly runNodes: (Text | null)[];
  /** The node whose direct text each run is (-1 for boundaries). */
  readonly runOwner: number[];
  /** Model index of an element, or undefined when it is not part of the visible content. */
  indexOf(el: Element): number | undefined;
  /** Cleaned text (line breaks between blocks) of a node. */
  text(i: number): string;
  /** The same text on one line. */
  line(i: number): string;
  /** Raw character count of a node's text (cheap, for thresholds). */
  length(i: number): number;
  /** Index of the first run at or after `run` that holds a date, or runs.length. */
  nextDateRun(run: number): number;
  /** Number of characters from the start of node i to its first date, or -1 without a date. */
  dateOffset(i: number): number;
  /** Joins runs [from, to) as cleaned text. */
  slice(from: number, to: number): string;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const CHROME_TAGS = new Set([
  'button', 'input', 'select', 'textarea', 'option', 'optgroup', 'svg', 'math', 'canvas', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'img', 'picture', 'video', 'audio', 'map', 'nav', 'progress', 'meter',
]);

const CHROME_ROLES = new Set([
  'button', 'navigation', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'toolbar',
  'tablist', 'tab', 'search', 'searchbox', 'tooltip', 'combobox', 'listbox', 'option', 'slider', 'spinbutton',
  'switch', 'checkbox', 'radio', 'textbox', 'scrollbar', 'progressbar',
]);

/** True for form controls, their labels, editors, navigation and our own overlays. */
export function isChrome(el: Element): boolean {
  const name = el.localName;
  if (CHROME_TAGS.has(name)) return true;
  if (!el.hasAttributes()) {
    if (name === 'label') return !!(el as HTMLLabelElement).control;
    if (name !== 'legend') return false;
  }
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().split(/\s+/)[0]!)) return true;
  if (name === 'label' && (el.hasAttribute('for') || (el as HTMLLabelElement).control)) return true;
  // The legend of a group of fields is their label, like a <label>.
  if (name === 'legend' && el.parentElement?.querySelector('input:not([type=hidden]), select, textarea')) return true;
  if (el.hasAttribute('data-dossierhulp-overlay')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isBlockTag(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** Builds the model of the visible content under `root` (default: the body). */
export function buildPageModel(doc: Document, root?: Element, visibility = createVisibility(doc)): PageModel {
  const nodes: ModelNode[] = [];
  const runs: string[] = [];
  const runNodes: (Text | null)[] = [];
  const runOwner: number[] = [];
  const dateRuns: boolean[] = [];

  const last = () => runs[runs.length - 1];
  function pushBreak() {
    if (runs.length && last() !== '\n') {
      runs.push('\n');
      runNodes.push(null);
      runOwner.push(-1);
      dateRuns.push(false);
    }
  }
  function pushSpace() {
    const prev = last();
    if (prev !== undefined && prev !== '\n' && !/\s$/.test(prev)) {
      runs.push(' ');
      runNodes.push(null);
      runOwner.push(-1);
      dateRuns.push(false);
    }
  }

  /** Adds one child to the model; returns whether it was an element (for spacing between inline elements). */
  function visitChild(child: Node, owner: number, inTime: boolean, shows: boolean, shadow: boolean, afterElement: boolean): boolean {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (!data) return afterElement;
      if (!/\S/.test(data)) {
        pushSpace();
        return false;
      }
      if (!shows) return false;
      runs.push(data);
      runNodes.push(child as Text);
      runOwner.push(owner);
      dateRuns.push(inTime || (/\d/.test(data) && DATE_RE.test(data)));
      nodes[owner]!.directText = true;
      return false;
    }
    if (child.nodeType !== 1) return afterElement;
    const el = child as Element;
    if (visibility.hidesSubtree(el, shadow)) return afterElement;
    const name = el.localName;
    const block = BLOCK_TAGS.has(name);
    if (isChrome(el)) {
      if (block) pushBreak();
      else pushSpace();
      return true;
    }
    if (block) pushBreak();
    // Two inline elements side by side (badges, spans in a flex row) read as separate words.
    else if (afterElement) pushSpace();
    const idx = addNode(el, owner, block);
    if (name === 'br' || name === 'hr') pushBreak();
    else walk(el, idx, inTime || name === 'time', visibility.showsTextUnder(el, shows, shadow), shadow);
    if (block) pushBreak();
    const n = nodes[idx]!;
    n.end = runs.length;
    n.after = nodes.length;
    return true;
  }

  /** @param shadow whether `node` lives in a shadow tree (its plain children do too) */
  function walk(node: Element, owner: number, inTime: boolean, shows: boolean, shadow: boolean) {
    const hasShadow = node.shadowRoot !== null;
    let afterElement = false;
    if (!hasShadow && node.localName !== 'slot') {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        afterElement = visitChild(child, owner, inTime, shows, shadow, afterElement);
      }
      return;
    }
    const kids = renderedChildren(node);
    for (let k = 0; k < kids.length; k++) {
      const kid = kids[k]!;
      // Shadow children are in a shadow tree; a slot's assigned nodes live wherever their host lives.
      const inShadow = hasShadow || (kid.nodeType === 1 ? (kid as Element).getRootNode() !== doc : shadow);
      afterElement = visitChild(kid, owner, inTime, shows, inShadow, afterElement);
    }
  }

  function addNode(el: Element, parent: number, block: boolean): number {
    const idx = nodes.length;
    nodes.push({
      el, parent, children: [], start: runs.length, end: runs.length, block, directText: false, blockInside: false, after: idx + 1,
    });
    if (parent >= 0) nodes[parent]!.children.push(idx);
    return idx;
  }

  const top = root ?? doc.body ?? doc.documentElement;
  if (top && visibility.isRendered(top)) {
    addNode(top, -1, true);
    walk(top, 0, top.localName === 'time', visibility.showsText(top), top.getRootNode() !== doc);
    nodes[0]!.end = runs.length;
    nodes[0]!.after = nodes.length;
  }

  for (let i = nodes.length - 1; i > 0; i--) {
    const n = nodes[i]!;
    if (n.block || n.blockInside) nodes[n.parent]!.blockInside = true;
  }

  const charsBefore = new Array<number>(runs.length + 1);
  charsBefore[0] = 0;
  for (let r = 0; r < runs.length; r++) charsBefore[r + 1] = charsBefore[r]! + runs[r]!.length;
  const nextDate = new Array<number>(runs.length + 1);
  nextDate[runs.length] = runs.length;
  for (let r = runs.length - 1; r >= 0; r--) nextDate[r] = dateRuns[r] ? r : nextDate[r + 1]!;

  const slice = (from: number, to: number) => cleanLines(runs.slice(from, to).join(''));
  let index: Map<Element, number> | null = null;
  const indexOf = (el: Element) => {
    if (!index) {
      index = new Map();
      nodes.forEach((n, i) => index!.set(n.el, i));
    }
    return index.get(el);
  };
  return {
    visibility,
    nodes,
    runs,
    runNodes,
    runOwner,
    indexOf,
    slice,
    text: (i) => slice(nodes[i]!.start, nodes[i]!.end),
    line: (i) => collapseWhitespace(runs.slice(nodes[i]!.start, nodes[i]!.end).join('')),
    length: (i) => charsBefore[nodes[i]!.end]! - charsBefore[nodes[i]!.start]!,
    nextDateRun: (run) => nextDate[Math.min(run, runs.length)]!,
    dateOffset(i) {
      const n = nodes[i]!;
      const r = nextDate[n.start]!;
      return r < n.end ? charsBefore[r]! - charsBefore[n.start]! : -1;
    },
  };
}
