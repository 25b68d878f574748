import { isUnslotted, renderedParent } from './flatTree';

/**
 * Decides what a person can see. Hidden text is a prompt-injection channel, so everything that is not painted
 * is left out: display:none, visibility:hidden, the hidden attribute, aria-hidden=true, opacity 0, clip rect(0…),
 * zero size with overflow hidden, off-screen positioning, transparent or tiny text, and non-rendered elements
 * (script, style, template, noscript…).
 *
 * Cost matters on big dossiers: getComputedStyle is only called for elements that a style sheet rule with a
 * hiding-capable declaration can match, or that have an inline style (found once per read with
 * querySelectorAll per such rule). If a sheet cannot be inspected (cross-origin, nesting) every element is
 * checked. Geometry is used only when the document has layout (jsdom and happy-dom have none: every rect is 0).
 */
export interface Visibility {
  /** True when the document is laid out (a real browser); geometry checks are then applied too. */
  readonly hasLayout: boolean;
  /**
   * The element itself hides everything inside it. Does not look at ancestors.
   * @param inShadowTree whether the element lives in a shadow tree, when the caller knows (saves a lookup)
   */
  hidesSubtree(el: Element, inShadowTree?: boolean): boolean;
  /** Text directly inside the element is painted (visibility, colour, font size; these inherit). */
  showsText(el: Element): boolean;
  /** showsText for a walk that already knows the answer for the parent (no caching, for big pages). */
  showsTextUnder(el: Element, parentShows: boolean, inShadowTree?: boolean): boolean;
  /** Neither the element nor any flat-tree ancestor hides it. */
  isRendered(el: Element): boolean;
  /**
   * Light-DOM elements that some style sheet rule could hide, or null when the sheets could not be analysed
   * (then every element needs its computed style). A walk that knows an element has no inline style and is
   * not in this set can skip every style check of it.
   */
  readonly ruleSuspects: ReadonlySet<Element> | null;
}

/** Elements that are never painted, whatever their style. */
export const NEVER_RENDERED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base',
  'datalist', 'area', 'param', 'source', 'track', 'rp',
]);

/** Properties whose value can make an element or its text invisible. */
function isSuspiciousDeclaration(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  // Themes set colours through custom properties everywhere; a variable colour is not treated as a hiding trick
  // (inline styles, the usual injection route, are always checked in full).
  if (v.includes('var(')) return name !== 'color' && name !== 'background-color';
  const n = Number.parseFloat(v);
  switch (name) {
    case 'display':
      return v === 'none';
    case 'visibility':
      return v === 'hidden' || v === 'collapse';
    case 'content-visibility':
      return v === 'hidden';
    case 'opacity':
      return n <= 0.1;
    case 'color':
      return isTransparent(v);
    case 'font-size':
      return n < 4;
    case 'position':
      return v === 'absolute' || v === 'fixed';
    case 'transform':
    case 'translate':
    case 'scale':
      return v !== 'none';
    case 'clip':
    case 'clip-path':
      return v !== 'auto' && v !== 'none';
    case 'width':
    case 'height':
    case 'max-width':
    case 'max-height':
      return n <= 1;
    case 'filter':
      return v.includes('opacity');
    case 'all':
      return true;
    default:
      if (/^(top|left|right|bottom|inset|margin|text-indent)/.test(name)) return v.startsWith('-');
      return false;
  }
}

function isTransparent(color: string): boolean {
  const c = color.trim().toLowerCase();
  if (c === 'transparent') return true;
  const m = /^(?:rgba?|hsla?)\((.*)\)$/.exec(c);
  if (!m) return false;
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return false;
  const alpha = parts[3]!;
  return Number.parseFloat(alpha) === 0;
}

function styleHasSuspect(style: CSSStyleDeclaration): boolean {
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (isSuspiciousDeclaration(name, style.getPropertyValue(name))) return true;
  }
  return false;
}

/** Splits a selector list on top-level commas and drops pseudo-elements (they never hide the element itself). */
function selectorParts(selectorText: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selectorText.length; i++) {
    const ch = selectorText[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(selectorText.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selectorText.slice(start));
  return parts
    .map((p) => p.replace(/::[\w-]+(\([^)]*\))?|:(before|after|first-line|first-letter)\b/gi, '').trim())
    .filter((p) => p !== '');
}

/** Collects selectors of suspicious rules; false when the sheet cannot be analysed (then check everything). */
function collectSelectors(rules: CSSRuleList, out: string[]): boolean {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CSSRule & { selectorText?: string; style?: CSSStyleDeclaration; cssRules?: CSSRuleList; styleSheet?: CSSStyleSheet | null };
    if (rule.type === 1 && rule.style && rule.selectorText !== undefined) {
      // CSS nesting: a nested selector cannot be resolved with querySelectorAll on its own.
      if (rule.cssRules && rule.cssRules.length > 0) return false;
      if (styleHasSuspect(rule.style)) out.push(...selectorParts(rule.selectorText));
    } else if (rule.type === 3) {
      if (rule.styleSheet && !collectSelectors(rule.styleSheet.cssRules, out)) return false;
    } else if (rule.type !== 7 && rule.cssRules) {
      if (!collectSelectors(rule.cssRules, out)) return false;
    }
  }
  return true;
}

const MAX_SUSPICIOUS_SELECTORS = 400;

/** Elements that some rule could hide, or null when every element must be checked. */
function collectSuspects(doc: Document): Set<Element> | null {
  const sheets: CSSStyleSheet[] = [];
  try {
    for (let i = 0; i < doc.styleSheets.length; i++) sheets.push(doc.styleSheets[i]!);
    const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
    if (adopted) sheets.push(...adopted);
    const selectors: string[] = [];
    for (const sheet of sheets) {
      if (!collectSelectors(sheet.cssRules, selectors)) return null;
      if (selectors.length > MAX_SUSPICIOUS_SELECTORS) return null;
    }
    const suspects = new Set<Element>();
    for (const selector of new Set(selectors)) {
      const matches = doc.querySelectorAll(selector);
      for (let i = 0; i < matches.length; i++) suspects.add(matches[i]!);
    }
    return suspects;
  } catch {
    // Cross-origin sheet (cssRules throws) or a selector querySelectorAll does not understand.
    return null;
  }
}

function detectLayout(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root || typeof root.getBoundingClientRect !== 'function') return false;
  const rect = root.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

const px = (value: string | undefined) => Number.parseFloat(value ?? '');

function clipsAway(style: CSSStyleDeclaration): boolean {
  const clip = /rect\(([^)]*)\)/i.exec(style.clip ?? '');
  if (clip) {
    const [top, right, bottom, left] = clip[1]!.split(/[\s,]+/).map((t) => Number.parseFloat(t));
    if (top !== undefined && bottom !== undefined && bottom - top <= 1) return true;
    if (left !== undefined && right !== undefined && right - left <= 1) return true;
  }
  const clipPath = style.getPropertyValue('clip-path');
  const inset = /inset\(\s*([\d.]+)%/i.exec(clipPath);
  if (inset && Number.parseFloat(inset[1]!) >= 50) return true;
  return /circle\(\s*0(px|%)?\s*[)a]/i.test(clipPath);
}

function transformHides(transform: string): boolean {
  if (!transform || transform === 'none') return false;
  const matrix = /matrix(3d)?\(([^)]*)\)/i.exec(transform);
  if (matrix) {
    const n = matrix[2]!.split(',').map((t) => Number.parseFloat(t));
    const [a, b, c, d] = matrix[1] ? [n[0], n[1], n[4], n[5]] : [n[0], n[1], n[2], n[3]];
    const [tx, ty] = matrix[1] ? [n[12], n[13]] : [n[4], n[5]];
    if ((a === 0 && b === 0) || (c === 0 && d === 0)) return true;
    if ((tx ?? 0) <= -500 || (ty ?? 0) <= -500) return true;
  }
  for (const m of transform.matchAll(/translate(?:x|y|3d)?\(([^)]*)\)/gi)) {
    if (m[1]!.split(',').some((t) => Number.parseFloat(t) <= -500)) return true;
  }
  return /scale(?:x|y)?\(\s*0(?:\.0+)?\s*[,)]/i.test(transform);
}

const isHiddenOverflow = (o: string | undefined) => o === 'hidden' || o === 'clip';

/**
 * The style checks, reading as few properties as possible (each read costs on a page of 100,000 elements):
 * returns 'hidden', or whether the box could still end up off-screen or zero-sized (then geometry decides).
 */
function styleVerdict(style: CSSStyleDeclaration): 'hidden' | 'geometry' | 'visible' {
  if (style.display === 'none') return 'hidden';
  if (px(style.opacity) <= 0.1) return 'hidden';
  let geometry = false;
  const position = style.position;
  if (position === 'absolute' || position === 'fixed') {
    if (px(style.left) <= -500 || px(style.top) <= -500 || px(style.right) <= -500 || px(style.bottom) <= -500) return 'hidden';
    if (clipsAway(style)) return 'hidden';
    geometry = true;
  } else if (position === 'relative' || position === 'sticky') geometry = true;
  const transform = style.transform;
  if (transform && transform !== 'none') {
    if (transformHides(transform)) return 'hidden';
    geometry = true;
  }
  const overflow = isHiddenOverflow(style.overflowX) || isHiddenOverflow(style.overflowY) || isHiddenOverflow(style.overflow);
  if (overflow) {
    if ([style.width, style.height, style.maxWidth, style.maxHeight].some((v) => px(v) <= 1)) return 'hidden';
    geometry = true;
  }
  const indent = px(style.textIndent);
  const marginLeft = px(style.marginLeft);
  const marginTop = px(style.marginTop);
  if (indent <= -500 || marginLeft <= -500 || marginTop <= -500) return 'hidden';
  if (indent < 0 || marginLeft < 0 || marginTop < 0) geometry = true;
  const clipPath = style.getPropertyValue('clip-path');
  if (clipPath && clipPath !== 'none' && clipsAway(style)) return 'hidden';
  if (style.getPropertyValue('content-visibility') === 'hidden') return 'hidden';
  const filter = style.filter;
  if (filter && filter !== 'none' && /opacity\(\s*0(\.0+)?%?\s*\)/.test(filter)) return 'hidden';
  const translate = style.getPropertyValue('translate');
  if (translate && translate !== 'none') {
    if (translate.split(/\s+/).some((t) => px(t) <= -500)) return 'hidden';
    geometry = true;
  }
  const scale = style.getPropertyValue('scale');
  if (scale && scale !== 'none' && /^0(\s|$)/.test(scale.trim())) return 'hidden';
  return geometry ? 'geometry' : 'visible';
}

/**
 * Creates a visibility checker for one read of a document. Results are cached per element, so create a new
 * checker for every read (styles change between reads).
 */
export function createVisibility(doc: Document): Visibility {
  const win = doc.defaultView;
  const hasLayout = win !== null && detectLayout(doc);
  const suspects = win ? collectSuspects(doc) : null;
  // Only elements that need a computed style are cached: Maps with 100,000 keys cost more than the checks.
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  const texts = new Map<Element, boolean>();
  const rendered = new Map<Element, boolean>();

  function computed(el: Element): CSSStyleDeclaration | null {
    if (!win) return (el as HTMLElement).style ?? null;
    try {
      return win.getComputedStyle(el);
    } catch {
      return null;
    }
  }

  /** Computed style when a rule or inline style could hide the element; null when defaults apply. */
  function styleOf(el: Element, inShadowTree?: boolean): CSSStyleDeclaration | null {
    // Shadow trees have style sheets of their own that collectSuspects does not see: always look there.
    const needed =
      suspects === null ||
      suspects.has(el) ||
      (el.hasAttributes() && el.hasAttribute('style')) ||
      (inShadowTree ?? el.getRootNode() !== doc);
    if (!needed) return null;
    let style = styles.get(el);
    if (style === undefined) {
      style = computed(el);
      styles.set(el, style);
    }
    return style;
  }

  function geometryHides(el: Element, style: CSSStyleDeclaration): boolean {
    const rect = el.getBoundingClientRect();
    const overflow = isHiddenOverflow(style.overflowX) || isHiddenOverflow(style.overflowY) || isHiddenOverflow(style.overflow);
    if (overflow && (rect.width <= 1 || rect.height <= 1)) return true;
    if (rect.width <= 0 || rect.height <= 0) return false;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    return rect.right + sx <= 0 || rect.bottom + sy <= 0;
  }

  function selfHides(el: Element, inShadowTree?: boolean): boolean {
    const name = el.localName;
    if (NEVER_RENDERED.has(name)) return true;
    const attributes = el.hasAttributes();
    if (attributes && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) return true;
    if (name === 'input' && (el as HTMLInputElement).type === 'hidden') return true;
    if (name === 'dialog' && !el.hasAttribute('open')) return true;
    const parent = el.parentElement;
    if (parent?.localName === 'details' && !parent.hasAttribute('open')) {
      const summary = Array.from(parent.children).find((c) => c.localName === 'summary');
      if (summary !== el) return true;
    }
    if (isUnslotted(el)) return true;
    const style = styleOf(el, inShadowTree);
    if (!style) return false;
    const verdict = styleVerdict(style);
    if (verdict !== 'geometry') return verdict === 'hidden';
    return hasLayout && geometryHides(el, style);
  }

  function textVisibleIn(style: CSSStyleDeclaration): boolean {
    const visibility = style.visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
    if (isTransparent(style.color ?? '')) return false;
    return !(px(style.fontSize) < 4);
  }

  // Inherited properties: without a rule of its own the element shows text like its parent, unless the
  // parent hides it (then the element may override, so look at its real style).
  function textVisibleGiven(el: Element, parentShows: boolean, inShadowTree?: boolean): boolean {
    const style = styleOf(el, inShadowTree);
    if (style) return textVisibleIn(style);
    if (parentShows) return true;
    const real = computed(el);
    return real ? textVisibleIn(real) : false;
  }

  const visibility: Visibility = {
    hasLayout,
    hidesSubtree: selfHides,
    ruleSuspects: suspects,
    showsTextUnder: textVisibleGiven,
    showsText(el) {
      let result = texts.get(el);
      if (result !== undefined) return result;
      const parent = renderedParent(el);
      result = textVisibleGiven(el, parent ? visibility.showsText(parent) : true);
      texts.set(el, result);
      return result;
    },
    isRendered(el) {
      let result = rendered.get(el);
      if (result !== undefined) return result;
      const parent = renderedParent(el);
      result = !visibility.hidesSubtree(el) && (parent ? visibility.isRendered(parent) : true);
      rendered.set(el, result);
      return result;
    },
  };
  return visibility;
}
