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
  /** The element itself hides everything inside it. Does not look at ancestors. */
  hidesSubtree(el: Element): boolean;
  /** Text directly inside the element is painted (visibility, colour, font size; these inherit). */
  showsText(el: Element): boolean;
  /** Neither the element nor any flat-tree ancestor hides it. */
  isRendered(el: Element): boolean;
}

const NEVER_RENDERED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base',
  'datalist', 'area', 'param', 'source', 'track', 'rp',
]);

/** Properties whose value can make an element or its text invisible. */
function isSuspiciousDeclaration(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v.includes('var(')) return true;
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

function offscreenByStyle(style: CSSStyleDeclaration): boolean {
  if (style.position === 'absolute' || style.position === 'fixed') {
    if ([style.left, style.top, style.right, style.bottom].some((v) => px(v) <= -500)) return true;
  }
  if (px(style.textIndent) <= -500 || px(style.marginLeft) <= -500 || px(style.marginTop) <= -500) return true;
  if (transformHides(style.transform)) return true;
  const translate = style.getPropertyValue('translate');
  if (translate && translate !== 'none' && translate.split(/\s+/).some((t) => px(t) <= -500)) return true;
  return style.getPropertyValue('scale').trim() === '0';
}

function overflowHidden(style: CSSStyleDeclaration): boolean {
  return [style.overflow, style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
}

function zeroSizeByStyle(style: CSSStyleDeclaration): boolean {
  if (!overflowHidden(style)) return false;
  return [style.width, style.height, style.maxWidth, style.maxHeight].some((v) => px(v) <= 1);
}

/** Only positioned, transformed, clipped or negatively offset boxes can end up off-screen or zero-sized. */
function needsGeometry(style: CSSStyleDeclaration): boolean {
  return (
    (style.position !== '' && style.position !== 'static') ||
    (style.transform !== '' && style.transform !== 'none') ||
    overflowHidden(style) ||
    px(style.marginLeft) < 0 ||
    px(style.marginTop) < 0 ||
    px(style.textIndent) < 0
  );
}

/**
 * Creates a visibility checker for one read of a document. Results are cached per element, so create a new
 * checker for every read (styles change between reads).
 */
export function createVisibility(doc: Document): Visibility {
  const win = doc.defaultView;
  const hasLayout = win !== null && detectLayout(doc);
  const suspects = win ? collectSuspects(doc) : null;
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  const hides = new Map<Element, boolean>();
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
  function styleOf(el: Element): CSSStyleDeclaration | null {
    let style = styles.get(el);
    if (style !== undefined) return style;
    const needed = suspects === null || el.hasAttribute('style') || suspects.has(el) || el.getRootNode() !== doc;
    style = needed ? computed(el) : null;
    styles.set(el, style);
    return style;
  }

  function geometryHides(el: Element, style: CSSStyleDeclaration): boolean {
    const rect = el.getBoundingClientRect();
    if (overflowHidden(style) && (rect.width <= 1 || rect.height <= 1)) return true;
    if (rect.width <= 0 || rect.height <= 0) return false;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    return rect.right + sx <= 0 || rect.bottom + sy <= 0;
  }

  function selfHides(el: Element): boolean {
    const name = el.localName;
    if (NEVER_RENDERED.has(name)) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    if (name === 'input' && (el as HTMLInputElement).type === 'hidden') return true;
    if (name === 'dialog' && !el.hasAttribute('open')) return true;
    const parent = el.parentElement;
    if (parent?.localName === 'details' && !parent.hasAttribute('open')) {
      const summary = Array.from(parent.children).find((c) => c.localName === 'summary');
      if (summary !== el) return true;
    }
    if (isUnslotted(el)) return true;
    const style = styleOf(el);
    if (!style) return false;
    if (style.display === 'none' || style.getPropertyValue('content-visibility') === 'hidden') return true;
    if (px(style.opacity) <= 0.1) return true;
    if (clipsAway(style) || offscreenByStyle(style) || zeroSizeByStyle(style)) return true;
    return hasLayout && needsGeometry(style) && geometryHides(el, style);
  }

  function textVisibleIn(style: CSSStyleDeclaration): boolean {
    const visibility = style.visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
    if (isTransparent(style.color ?? '')) return false;
    return !(px(style.fontSize) < 4);
  }

  const visibility: Visibility = {
    hasLayout,
    hidesSubtree(el) {
      let result = hides.get(el);
      if (result === undefined) {
        result = selfHides(el);
        hides.set(el, result);
      }
      return result;
    },
    showsText(el) {
      let result = texts.get(el);
      if (result !== undefined) return result;
      const style = styleOf(el);
      if (style) result = textVisibleIn(style);
      else {
        const parent = renderedParent(el);
        // Inherited properties: without a rule of its own the element shows text like its parent, unless the
        // parent hides it (then the element may override, so look at its real style).
        if (!parent || visibility.showsText(parent)) result = true;
        else {
          const real = computed(el);
          result = real ? textVisibleIn(real) : false;
        }
      }
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
