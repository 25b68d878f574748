import { DATE_MENTION } from '../dutch';
import { renderedChildren } from './flatTree';
import { cleanLines } from './normalizeText';
import { createVisibility, NEVER_RENDERED, type Visibility } from './visibility';

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
export interface PageModel {
  readonly visibility: Visibility;
  /**
   * Number of nodes (visible content elements). Nodes are numbered in document (pre-)order, so node i's
   * subtree is the range (i, after(i)) and a parent always comes before its children. Node 0 is the root.
   * The nodes live in typed arrays, not objects: a dossier has 100,000 of them.
   */
  readonly count: number;
  /** The element of node i. */
  el(i: number): Element;
  /** The element's localName (read once: DOM calls are what a 100,000-element page costs). */
  tag(i: number): string;
  /** Parent node, -1 for the root. */
  parent(i: number): number;
  /** Run range [start, end) of the text inside node i. */
  start(i: number): number;
  end(i: number): number;
  /** Index just past the last descendant: the subtree is nodes (i, after). */
  after(i: number): number;
  /** First child node, or -1. Iterate with nextSibling. */
  firstChild(i: number): number;
  /** Next node with the same parent, or -1. */
  nextSibling(i: number): number;
  childCount(i: number): number;
  /** The child nodes of node i (a new array). */
  children(i: number): number[];
  /** Block-level by tag (a line break before and after it). */
  isBlock(i: number): boolean;
  /** Has a non-blank text node as a direct child. */
  hasDirectText(i: number): boolean;
  /** Some descendant is block-level. */
  hasBlockInside(i: number): boolean;
  /** Lives in a shadow tree (document-wide queries do not reach it). */
  inShadowTree(i: number): boolean;
  /** The class attribute ('' without one; cached with names). */
  className(i: number): string;
  /** Visible text pieces in reading order; '\n' marks a block boundary. */
  readonly runs: string[];
  /** The text node of each run (null for boundaries and separators); empty unless options.textNodes. */
  readonly runNodes: (Text | null)[];
  /** The node whose direct text each run is (-1 for boundaries). */
  readonly runOwner: Int32Array;
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
  /** Joins runs [from, to) on one line (whitespace collapsed, trimmed). */
  lineOf(from: number, to: number): string;
  /** Joins runs [from, to) as they are (no cleaning). */
  raw(from: number, to: number): string;
  /** An attribute of node i; null when absent (cheap for the many nodes that cannot have it). */
  attr(i: number, name: ModelAttribute): string | null;
  /** The first token of node i's role, lower case, or ''. */
  role(i: number): string;
  /**
   * Whether names(i) matches `pattern` (a naming convention such as /alert|allerg/i). Answers are cached per
   * names string: a list of 10,000 reports repeats the same few class names.
   */
  namesMatch(i: number, pattern: RegExp): boolean;
  /** The element's id ('' without one; cached with names). */
  id(i: number): string;
  /** class, id and test id of node i in one string, for naming conventions such as "alert-allergie" (cached). */
  names(i: number): string;
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

/**
 * Attributes that can hide an element or make it chrome. One query per read finds the light-DOM elements
 * carrying any of them; every other element is known not to have them, so the walk skips its attribute and
 * style checks (a big dossier has 100,000 elements and most are plain `<span class>`).
 */
const LOOK_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'role', 'contenteditable', 'data-dossierhulp-overlay'] as const;
const LOOK_SELECTOR = LOOK_ATTRIBUTES.map((a) => `[${a}]`).join(',');
const IS_LOOK_ATTRIBUTE = new Set<string>(LOOK_ATTRIBUTES);
/** Attributes the readers look for (alerts, authors, names); found with a query of their own, when first asked. */
const READER_ATTRIBUTES = ['aria-label', 'rel', 'itemprop', 'data-testid'] as const;
const READER_SELECTOR = READER_ATTRIBUTES.map((a) => `[${a}]`).join(',');
/** Attributes the readers ask for through `attr`. */
export type ModelAttribute = (typeof LOOK_ATTRIBUTES)[number] | (typeof READER_ATTRIBUTES)[number];

/**
 * Light-DOM elements with a hiding or chrome attribute, or that a style rule could hide: every other
 * light-DOM element needs no attribute or style check. Null when that cannot be known (then every element is
 * looked at).
 */
function lookElements(doc: Document, visibility: Visibility): Set<Element> | null {
  const suspects = visibility.ruleSuspects;
  if (suspects === null || typeof doc.querySelectorAll !== 'function') return null;
  try {
    const look = new Set(doc.querySelectorAll(LOOK_SELECTOR));
    for (const el of suspects) look.add(el);
    for (const el of visibility.covered) look.add(el);
    return look;
  } catch {
    return null;
  }
}

const NEVER = 1;
const BLOCK = 2;
const CHROME = 4;
/** Tags whose hiding or chrome check depends on more than the tag and marked attributes. */
const LOOK = 8;
const TAG_FLAGS = new Map<string, number>();
for (const name of NEVER_RENDERED) TAG_FLAGS.set(name, NEVER);
for (const name of BLOCK_TAGS) TAG_FLAGS.set(name, (TAG_FLAGS.get(name) ?? 0) | BLOCK);
for (const name of CHROME_TAGS) TAG_FLAGS.set(name, (TAG_FLAGS.get(name) ?? 0) | CHROME);
for (const name of ['input', 'dialog', 'label', 'legend']) TAG_FLAGS.set(name, (TAG_FLAGS.get(name) ?? 0) | LOOK);

const NON_SPACE = /\S/;
/** Whitespace that collapsing would change (as in collapseWhitespace). */
const NEEDS_COLLAPSE = /[^\S ]|\s\s|^\s|\s$/;
/** Whitespace inside a trimmed text that collapsing would change. */
const INNER_SPACE = /[^\S ]|\s\s/;
const DIGIT = /\d/;

/** Whether a string ends with whitespace (as /\s$/ would say), without a regex per call. */
function endsWithSpace(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const F_BLOCK = 1;
const F_DIRECT_TEXT = 2;
const F_BLOCK_INSIDE = 4;
/**
 * May carry a hiding or chrome attribute (role, style, hidden…), be hidden by a style rule, or live in a shadow
 * tree. Unset is a promise that it has none of those attributes and no rule can hide it.
 */
const F_LOOK = 8;
/** Lives in a shadow tree (document-wide queries do not reach it). */
const F_SHADOW = 16;

function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/** Elements that can host a shadow root (besides custom elements): others need no shadowRoot lookup. */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p',
  'section', 'span',
]);

export interface ModelOptions {
  /** Keep the Text node of every run in `runNodes` (locateQuote needs them; readPage does not). Default true. */
  textNodes?: boolean;
}

/** Builds the model of the visible content under `root` (default: the body). */
export function buildPageModel(doc: Document, root?: Element, visibility = createVisibility(doc), options: ModelOptions = {}): PageModel {
  const keepTextNodes = options.textNodes ?? true;
  const top = root ?? doc.body ?? doc.documentElement;
  // Nodes as columns: objects for 100,000 elements cost more in allocation and GC than the walk itself. The
  // element count (a cached native collection) sizes them; shadow trees may still make them grow.
  let capacity = Math.max(1024, (top?.getElementsByTagName('*').length ?? 0) + 64);
  // Sized up front like the columns: growing by push copies 100,000 pointers several times.
  const els: Element[] = new Array<Element>(capacity);
  const tags: string[] = new Array<string>(capacity);
  let parents = new Int32Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let afters = new Int32Array(capacity);
  let firstChildren = new Int32Array(capacity);
  let lastChildren = new Int32Array(capacity);
  let nextSiblings = new Int32Array(capacity);
  let childCounts = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;

  const runs: string[] = [];
  const runNodes: (Text | null)[] = [];
  let runOwner = new Int32Array(capacity * 2);
  const dateRunList: number[] = [];
  const look = lookElements(doc, visibility);
  const covered = visibility.covered;
  /** runs[runs.length - 1], kept in a variable (the walk asks for it at every boundary). */
  let lastRun: string | undefined;

  function pushRun(text: string, node: Text | null, owner: number) {
    const r = runs.length;
    if (r === runOwner.length) runOwner = grown(runOwner, r * 2);
    runOwner[r] = owner;
    runs.push(text);
    if (keepTextNodes) runNodes.push(node);
    lastRun = text;
  }
  function pushBreak() {
    if (lastRun !== undefined && lastRun !== '\n') pushRun('\n', null, -1);
  }
  function pushSpace() {
    if (lastRun !== undefined && lastRun !== '\n' && !endsWithSpace(lastRun)) pushRun(' ', null, -1);
  }

  function addNode(el: Element, name: string, parent: number, flag: number): number {
    const idx = count++;
    if (idx === capacity) {
      capacity *= 2;
      parents = grown(parents, capacity);
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
      afters = grown(afters, capacity);
      firstChildren = grown(firstChildren, capacity);
      lastChildren = grown(lastChildren, capacity);
      nextSiblings = grown(nextSiblings, capacity);
      childCounts = grown(childCounts, capacity);
      flags = grown(flags, capacity);
    }
    els[idx] = el;
    tags[idx] = name;
    parents[idx] = parent;
    starts[idx] = ends[idx] = runs.length;
    afters[idx] = idx + 1;
    firstChildren[idx] = lastChildren[idx] = nextSiblings[idx] = -1;
    childCounts[idx] = 0;
    flags[idx] = flag;
    if (parent >= 0) {
      if (firstChildren[parent] === -1) firstChildren[parent] = idx;
      else nextSiblings[lastChildren[parent]!] = idx;
      lastChildren[parent] = idx;
      childCounts[parent]!++;
    }
    return idx;
  }

  /**
   * Adds one child to the model; returns whether it was an element (for spacing between inline elements).
   * @param inDetails the child's parent is a details element (only its summary shows while closed)
   */
  function visitChild(child: Node, owner: number, inTime: boolean, shows: boolean, shadow: boolean, afterElement: boolean, inDetails: boolean): boolean {
    const type = child.nodeType;
    if (type === 3) {
      const data = (child as Text).data;
      if (!data) return afterElement;
      if (!NON_SPACE.test(data)) {
        pushSpace();
        return false;
      }
      if (!shows) return false;
      if (inTime || (DIGIT.test(data) && DATE_MENTION.test(data))) dateRunList.push(runs.length);
      pushRun(data, child as Text, owner);
      flags[owner]! |= F_DIRECT_TEXT;
      return false;
    }
    if (type !== 1) return afterElement;
    const el = child as Element;
    const name = el.localName;
    const tag = TAG_FLAGS.get(name) ?? 0;
    const isLook = look === null || shadow || look.has(el);
    // Nothing on this element can hide it or make it chrome except its tag: skip the attribute and style checks.
    const plain = !isLook && !inDetails && (tag & LOOK) === 0;
    let chrome: boolean;
    if (plain) {
      if (tag & NEVER) return afterElement;
      chrome = (tag & CHROME) !== 0;
    } else {
      // Text painted over by another element is as hidden as text that is not painted at all.
      if (visibility.hidesSubtree(el, shadow) || covered.has(el)) return afterElement;
      chrome = isChrome(el);
    }
    const block = (tag & BLOCK) !== 0;
    if (chrome) {
      if (block) pushBreak();
      else pushSpace();
      return true;
    }
    if (block) pushBreak();
    // Two inline elements side by side (badges, spans in a flex row) read as separate words.
    else if (afterElement) pushSpace();
    const idx = addNode(el, name, owner, (block ? F_BLOCK : 0) | (isLook ? F_LOOK : 0) | (shadow ? F_SHADOW : 0));
    if (name === 'br' || name === 'hr') pushBreak();
    else {
      // Text visibility inherits: a plain element shows text exactly when its parent does, unless the parent
      // hides it (then the element may override that, so its real style decides).
      const textShows = plain ? shows || visibility.showsTextUnder(el, false, false) : visibility.showsTextUnder(el, shows, shadow);
      walk(el, name, idx, inTime || name === 'time', textShows, shadow);
    }
    if (block) pushBreak();
    ends[idx] = runs.length;
    afters[idx] = count;
    return true;
  }

  /** @param shadow whether `node` lives in a shadow tree (its plain children do too) */
  function walk(node: Element, name: string, owner: number, inTime: boolean, shows: boolean, shadow: boolean) {
    const hasShadow = (SHADOW_HOSTS.has(name) || name.includes('-')) && node.shadowRoot !== null;
    let afterElement = false;
    if (!hasShadow && name !== 'slot') {
      const inDetails = name === 'details';
      for (let child = node.firstChild; child; child = child.nextSibling) {
        afterElement = visitChild(child, owner, inTime, shows, shadow, afterElement, inDetails);
      }
      return;
    }
    const kids = renderedChildren(node);
    for (let k = 0; k < kids.length; k++) {
      const kid = kids[k]!;
      // Shadow children are in a shadow tree; a slot's assigned nodes live wherever their host lives.
      const inShadow = hasShadow || (kid.nodeType === 1 ? (kid as Element).getRootNode() !== doc : shadow);
      afterElement = visitChild(kid, owner, inTime, shows, inShadow, afterElement, false);
    }
  }

  if (top && visibility.isRendered(top)) {
    const name = top.localName;
    const shadow = top.getRootNode() !== doc;
    addNode(top, name, -1, F_BLOCK | F_LOOK | (shadow ? F_SHADOW : 0));
    walk(top, name, 0, name === 'time', visibility.showsText(top), shadow);
    ends[0] = runs.length;
    afters[0] = count;
  }

  for (let i = count - 1; i > 0; i--) {
    if (flags[i]! & (F_BLOCK | F_BLOCK_INSIDE)) flags[parents[i]!]! |= F_BLOCK_INSIDE;
  }

  const charsBefore = new Int32Array(runs.length + 1);
  for (let r = 0; r < runs.length; r++) charsBefore[r + 1] = charsBefore[r]! + runs[r]!.length;
  const nextDate = new Int32Array(runs.length + 1);
  for (let r = runs.length, d = dateRunList.length - 1, next = runs.length; r >= 0; r--) {
    if (d >= 0 && dateRunList[d] === r) {
      next = r;
      d--;
    }
    nextDate[r] = next;
  }

  /** Joins runs [from, to): concatenation builds a rope, flattened once by the cleaning that follows. */
  const raw = (from: number, to: number) => {
    if (to - from === 1) return runs[from]!;
    let text = '';
    for (let r = from; r < to; r++) text += runs[r]!;
    return text;
  };
  const slice = (from: number, to: number) => cleanLines(raw(from, to));
  /** collapseWhitespace(raw(from, to)) without building and rescanning the whole string: most runs are clean. */
  const lineOf = (from: number, to: number) => {
    // One clean text node (a date, a name, a cell): the run itself, no new string.
    if (to - from === 1 && runOwner[from] !== -1 && !NEEDS_COLLAPSE.test(runs[from]!)) return runs[from]!;
    let out = '';
    let gap = false;
    for (let r = from; r < to; r++) {
      const run = runs[r]!;
      // Separators (' ', '\n', owned by no node) only ever mean a space between words.
      if (runOwner[r] === -1) {
        gap = true;
        continue;
      }
      let core = run.trim();
      if (core.length !== run.length && endsWithSpace(run.charAt(0))) gap = true;
      if (core === '') continue;
      if (INNER_SPACE.test(core)) core = core.replace(/\s+/g, ' ');
      out = out === '' ? core : gap ? `${out} ${core}` : out + core;
      gap = endsWithSpace(run);
    }
    return out;
  };
  let index: Map<Element, number> | null = null;
  const indexOf = (el: Element) => {
    if (!index) {
      index = new Map();
      for (let i = 0; i < count; i++) index.set(els[i]!, i);
    }
    return index.get(el);
  };
  const names: (string | undefined)[] = new Array(count);
  const ids: string[] = new Array(count);
  const classNames: string[] = new Array(count);
  const namesOf = (i: number) => {
    let value = names[i];
    if (value === undefined) {
      const el = els[i]!;
      // className and id are plain properties (no attribute lookup by name); SVG's className is an object.
      const className = (el as HTMLElement).className;
      const cls = typeof className === 'string' ? className : (el.getAttribute('class') ?? '');
      const id = el.id;
      ids[i] = id;
      classNames[i] = cls;
      const testId = mayHaveReaderAttribute(i) ? el.getAttribute('data-testid') : null;
      value = id || testId ? `${cls} ${id} ${testId ?? ''}` : cls;
      names[i] = value;
    }
    return value;
  };
  // One query answers "might it have one?" for every node: far cheaper than asking each element (a
  // getAttribute costs about as much as a step of the walk).
  let readers: Set<Element> | null | undefined;
  /** Per node: 0 not asked yet, 1 has none of the reader attributes, 2 may have one. */
  const readerKnown = new Uint8Array(count);
  const mayHaveReaderAttribute = (i: number) => {
    const known = readerKnown[i]!;
    if (known !== 0) return known === 2;
    if (readers === undefined) {
      try {
        readers = typeof doc.querySelectorAll === 'function' ? new Set(doc.querySelectorAll(READER_SELECTOR)) : null;
      } catch {
        readers = null;
      }
    }
    const may = (flags[i]! & F_LOOK) !== 0 || readers === null || readers.has(els[i]!);
    readerKnown[i] = may ? 2 : 1;
    return may;
  };
  const answers = new Map<RegExp, Map<string, boolean>>();
  const namesMatch = (i: number, pattern: RegExp) => {
    const value = namesOf(i);
    if (value === '') return false;
    let known = answers.get(pattern);
    if (!known) answers.set(pattern, (known = new Map()));
    let answer = known.get(value);
    if (answer === undefined) {
      answer = pattern.test(value);
      known.set(value, answer);
    }
    return answer;
  };
  const attr = (i: number, name: ModelAttribute) =>
    (IS_LOOK_ATTRIBUTE.has(name) ? (flags[i]! & F_LOOK) !== 0 : mayHaveReaderAttribute(i)) ? els[i]!.getAttribute(name) : null;
  return {
    visibility,
    count,
    el: (i) => els[i]!,
    tag: (i) => tags[i]!,
    parent: (i) => parents[i]!,
    start: (i) => starts[i]!,
    end: (i) => ends[i]!,
    after: (i) => afters[i]!,
    firstChild: (i) => firstChildren[i]!,
    nextSibling: (i) => nextSiblings[i]!,
    childCount: (i) => childCounts[i]!,
    children(i) {
      const list: number[] = [];
      for (let c = firstChildren[i]!; c >= 0; c = nextSiblings[c]!) list.push(c);
      return list;
    },
    isBlock: (i) => (flags[i]! & F_BLOCK) !== 0,
    hasDirectText: (i) => (flags[i]! & F_DIRECT_TEXT) !== 0,
    hasBlockInside: (i) => (flags[i]! & F_BLOCK_INSIDE) !== 0,
    inShadowTree: (i) => (flags[i]! & F_SHADOW) !== 0,
    className(i) {
      if (names[i] === undefined) namesOf(i);
      return classNames[i]!;
    },
    runs,
    runNodes,
    runOwner: runOwner.subarray(0, runs.length),
    indexOf,
    slice,
    raw,
    attr,
    role(i) {
      const role = attr(i, 'role');
      return role ? role.trim().split(/\s+/)[0]!.toLowerCase() : '';
    },
    names: namesOf,
    id(i) {
      if (names[i] === undefined) namesOf(i);
      return ids[i]!;
    },
    namesMatch,
    text: (i) => slice(starts[i]!, ends[i]!),
    line: (i) => lineOf(starts[i]!, ends[i]!),
    lineOf,
    length: (i) => charsBefore[ends[i]!]! - charsBefore[starts[i]!]!,
    nextDateRun: (run) => nextDate[Math.min(run, runs.length)]!,
    dateOffset(i) {
      const r = nextDate[starts[i]!]!;
      return r < ends[i]! ? charsBefore[r]! - charsBefore[starts[i]!]! : -1;
    },
  };
}
