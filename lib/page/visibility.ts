import { isUnslotted, renderedParent } from './flatTree';

/**
 * Decides what a person can see. Hidden text is a prompt-injection channel, so everything that is not painted
 * readably is left out: display:none, visibility:hidden, the hidden attribute, aria-hidden=true, opacity 0, clip
 * rect(0…), zero or tiny size with overflow hidden, off-screen positioning, non-rendered elements (script,
 * style, template, noscript…), text in a colour equal or close to its effective background (transparent text
 * included, opacity of ancestors counted), text too small to read (font size × scale), boxes clipped away by an
 * ancestor's overflow, and text covered by an opaque positioned element (where that is cheap to decide).
 * `Element.checkVisibility()` is asked first where the browser has it; computed style decides the rest.
 *
 * Cost matters on big dossiers: getComputedStyle is only called for elements that a style sheet rule with a
 * declaration that can affect visibility can match (colours and backgrounds included), or that have an inline
 * style (found once per read with querySelectorAll per such rule). If a sheet cannot be inspected (cross-origin,
 * nesting) every element is checked. Geometry is used only when the document has layout (jsdom and happy-dom
 * have none: every rect is 0). `createVisibility(doc, { exhaustive: true })` skips every shortcut; a differential
 * test (lib/page/__tests__/visibilityDifferential.test.ts and tests/e2e/page.e2e.ts) proves that readPage reads
 * the same text either way.
 */
export interface Visibility {
  /** True when the document is laid out (a real browser); geometry checks are then applied too. */
  readonly hasLayout: boolean;
  /**
   * The element itself hides everything inside it. Does not look at ancestors.
   * @param inShadowTree whether the element lives in a shadow tree, when the caller knows (saves a lookup)
   */
  hidesSubtree(el: Element, inShadowTree?: boolean): boolean;
  /** Text directly inside the element is painted readably (visibility, colour against background, size). */
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
  /**
   * Light-DOM elements whose text an opaque positioned element paints over (layout only). They are hidden
   * as text, not as fields: a custom checkbox often covers its real input on purpose.
   */
  readonly covered: ReadonlySet<Element>;
}

export interface VisibilityOptions {
  /** Check every element in full: no rule analysis, no inherited answers. For the differential test. */
  exhaustive?: boolean;
}

/** Elements that are never painted, whatever their style. */
export const NEVER_RENDERED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base',
  'datalist', 'area', 'param', 'source', 'track', 'rp',
]);

/** Smallest font size (px, after scaling) and box size a person can read. */
const MIN_FONT_PX = 6;
const MIN_BOX_PX = 4;
/** Text and background closer than this (WCAG contrast ratio, and every channel within 64) cannot be read. */
const MIN_CONTRAST = 1.5;

/** Declarations that only change how text is painted (its colour, background, size), never whether the box shows. */
const PAINT_ONLY = /^(color|background|-webkit-text|text-shadow|font-size)/;

/** Whether a declaration can change whether an element or its text is painted readably. */
function isSuspiciousDeclaration(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  const n = Number.parseFloat(v);
  if (/^(color|background|-webkit-text|text-shadow|opacity|filter|mask|-webkit-mask|zoom|transform|translate|scale|clip|position|all)/.test(name)) {
    if (name === 'position') return v !== 'static';
    if (name === 'opacity') return !(n >= 1);
    return v !== 'none' && v !== 'auto' && v !== 'initial';
  }
  switch (name) {
    case 'display':
      return v === 'none' || v === 'contents';
    case 'visibility':
      return true;
    case 'content-visibility':
      return v === 'hidden';
    case 'font-size':
      return !(v.endsWith('px') && n >= MIN_FONT_PX);
    case 'width':
    case 'height':
    case 'max-width':
    case 'max-height':
      return n < MIN_BOX_PX;
    default:
      if (/^(top|left|right|bottom|inset|margin|text-indent)/.test(name)) return v.startsWith('-');
      return false;
  }
}

/** An rgba colour from a computed value ('rgb(…)', 'rgba(…)', '#rgb[a]', '#rrggbb[aa]', 'transparent'); null when unknown. */
export function parseColor(value: string | undefined): number[] | null {
  const key = value ?? '';
  const known = parsedColors.get(key);
  if (known !== undefined) return known;
  const parsed = parseColorText(key);
  // Computed colours repeat on every element of a page: parse each once (a page has few distinct ones).
  if (parsedColors.size < 512) parsedColors.set(key, parsed);
  return parsed;
}

const parsedColors = new Map<string, number[] | null>();

function parseColorText(value: string): number[] | null {
  const c = value.trim().toLowerCase();
  if (c === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3,8})$/.exec(c)?.[1];
  if (hex && hex.length !== 5 && hex.length !== 7) {
    const step = hex.length < 5 ? 1 : 2;
    const parts = [0, 1, 2, 3].map((i) => hex.slice(i * step, i * step + step)).map((h) => Number.parseInt(step === 1 ? h + h : h, 16));
    return [parts[0]!, parts[1]!, parts[2]!, Number.isNaN(parts[3]!) ? 1 : parts[3]! / 255];
  }
  const m = /^rgba?\(([^)]*)\)$/.exec(c);
  if (!m) return c === 'white' ? [255, 255, 255, 1] : c === 'black' ? [0, 0, 0, 1] : null;
  const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map((p) => (p.endsWith('%') ? Number.parseFloat(p) / 100 : Number.parseFloat(p)));
  if (parts.length < 3 || parts.some(Number.isNaN)) return null;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** `top` painted over `under` (both rgba; the result is opaque when `under` is). */
function over(top: number[], under: number[]): number[] {
  const a = top[3]!;
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1);
}

function luminance(c: number[]): number {
  const [r, g, b] = [0, 1, 2].map((i) => {
    const s = c[i]! / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Text of colour `text` (opaque, already composited) cannot be told apart from `background`. */
export function indistinct(text: number[], background: number[]): boolean {
  const [a, b] = [luminance(text), luminance(background)];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return contrast < MIN_CONTRAST && [0, 1, 2].every((i) => Math.abs(text[i]! - background[i]!) < 64);
}

/** What a rule's declarations can change: the box (whether it shows at all), only the paint of its text, or nothing. */
function styleSuspicion(style: CSSStyleDeclaration): 'box' | 'paint' | null {
  let found: 'paint' | null = null;
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (!isSuspiciousDeclaration(name, style.getPropertyValue(name))) continue;
    if (!PAINT_ONLY.test(name)) return 'box';
    found = 'paint';
  }
  return found;
}

/** Selectors of suspicious rules: those that may hide a box, and those that only change how text is painted. */
interface SuspectSelectors {
  box: string[];
  paint: string[];
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
function collectSelectors(rules: CSSRuleList, out: SuspectSelectors): boolean {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CSSRule & { selectorText?: string; style?: CSSStyleDeclaration; cssRules?: CSSRuleList; styleSheet?: CSSStyleSheet | null };
    if (rule.type === 1 && rule.style && rule.selectorText !== undefined) {
      // CSS nesting: a nested selector cannot be resolved with querySelectorAll on its own.
      if (rule.cssRules && rule.cssRules.length > 0) return false;
      const suspicion = styleSuspicion(rule.style);
      if (suspicion) out[suspicion].push(...selectorParts(rule.selectorText));
    } else if (rule.type === 3) {
      if (rule.styleSheet && !collectSelectors(rule.styleSheet.cssRules, out)) return false;
    } else if (rule.type !== 7 && rule.cssRules) {
      if (!collectSelectors(rule.cssRules, out)) return false;
    }
  }
  return true;
}

const MAX_SUSPICIOUS_SELECTORS = 400;
/** The browser's own styles give these a colour, background or font size of their own: always looked at. */
const UA_PAINTED = 'a,mark,small,sub,sup,font,dialog,[color],[bgcolor],[background],[text]';

/** Elements some rule could hide (`box`), and those plus the ones whose text a rule paints (`any`); null when every element must be checked. */
function collectSuspects(doc: Document): { box: Set<Element>; any: Set<Element> } | null {
  const sheets: CSSStyleSheet[] = [];
  try {
    for (let i = 0; i < doc.styleSheets.length; i++) sheets.push(doc.styleSheets[i]!);
    const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
    if (adopted) sheets.push(...adopted);
    const selectors: SuspectSelectors = { box: [], paint: [] };
    for (const sheet of sheets) {
      if (!collectSelectors(sheet.cssRules, selectors)) return null;
      if (selectors.box.length + selectors.paint.length > MAX_SUSPICIOUS_SELECTORS) return null;
    }
    const matching = (list: string[], into: Set<Element>) => {
      for (const selector of new Set(list)) {
        const matches = doc.querySelectorAll(selector);
        for (let i = 0; i < matches.length; i++) into.add(matches[i]!);
      }
      return into;
    };
    const box = matching(selectors.box, new Set<Element>());
    return { box, any: matching(selectors.paint, new Set(box)) };
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
    if (top !== undefined && bottom !== undefined && bottom - top < MIN_BOX_PX) return true;
    if (left !== undefined && right !== undefined && right - left < MIN_BOX_PX) return true;
  }
  const clipPath = style.getPropertyValue('clip-path');
  const inset = /inset\(\s*([\d.]+)%/i.exec(clipPath);
  if (inset && Number.parseFloat(inset[1]!) >= 50) return true;
  return /circle\(\s*0(px|%)?\s*[)a]/i.test(clipPath);
}

/** The smallest factor a transform scales by (1 for none). */
function transformScale(transform: string): number {
  const matrix = /matrix(3d)?\(([^)]*)\)/i.exec(transform);
  if (!matrix) return /scale(?:x|y)?\(\s*0(?:\.0+)?\s*[,)]/i.test(transform) ? 0 : 1;
  const n = matrix[2]!.split(',').map((t) => Number.parseFloat(t));
  const [a, b, c, d] = matrix[1] ? [n[0], n[1], n[4], n[5]] : [n[0], n[1], n[2], n[3]];
  return Math.min(Math.hypot(a!, b!), Math.hypot(c!, d!));
}

function transformHides(transform: string): boolean {
  if (!transform || transform === 'none') return false;
  if (transformScale(transform) === 0) return true;
  const matrix = /matrix(3d)?\(([^)]*)\)/i.exec(transform);
  if (matrix) {
    const n = matrix[2]!.split(',').map((t) => Number.parseFloat(t));
    const [tx, ty] = matrix[1] ? [n[12], n[13]] : [n[4], n[5]];
    if ((tx ?? 0) <= -500 || (ty ?? 0) <= -500) return true;
  }
  for (const m of transform.matchAll(/translate(?:x|y|3d)?\(([^)]*)\)/gi)) {
    if (m[1]!.split(',').some((t) => Number.parseFloat(t) <= -500)) return true;
  }
  return false;
}

const isHiddenOverflow = (o: string | undefined) => o === 'hidden' || o === 'clip';
const clipsOverflow = (s: CSSStyleDeclaration) => isHiddenOverflow(s.overflowX) || isHiddenOverflow(s.overflowY) || isHiddenOverflow(s.overflow);

/**
 * The style checks, reading as few properties as possible (each read costs on a page of 100,000 elements):
 * returns 'hidden', or whether the box could still end up off-screen, clipped or zero-sized (then geometry decides).
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
  if (clipsOverflow(style)) {
    if ([style.width, style.height, style.maxWidth, style.maxHeight].some((v) => px(v) < MIN_BOX_PX)) return 'hidden';
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
 * How text inside an element is painted: text colour (rgba), effective background (opaque rgb, null when an
 * image makes it unknown), opacity of the element and its ancestors, scale, font size, visibility, and whether
 * something other than the colour makes it readable (a text shadow or stroke, text painted by its background).
 */
interface Paint {
  color: number[] | null;
  background: number[] | null;
  opacity: number;
  scale: number;
  fontPx: number;
  visible: boolean;
  /** Whether a shadow or stroke keeps the text readable: read only when the colours alone are not (lazy). */
  outlined: () => boolean;
}

/** A computed font size in px (browsers give px; jsdom may leave em or %). */
function fontPx(value: string | undefined, parentPx: number): number {
  const n = px(value);
  if (Number.isNaN(n)) return parentPx;
  if (value!.endsWith('em')) return n * parentPx;
  return value!.endsWith('%') ? (n * parentPx) / 100 : n;
}

function readable(p: Paint): boolean {
  if (!p.visible || p.fontPx * p.scale < MIN_FONT_PX) return false;
  if (!p.color || !p.background) return true;
  const alpha = p.color[3]! * p.opacity;
  return !indistinct(over([p.color[0]!, p.color[1]!, p.color[2]!, alpha], p.background), p.background) || p.outlined();
}

/** A text shadow or stroke that stands out from the background keeps text readable whatever its colour. */
function outlinedBy(style: CSSStyleDeclaration, background: number[] | null): boolean {
  const stroke = px(style.getPropertyValue('-webkit-text-stroke-width'));
  const shadow = style.getPropertyValue('text-shadow');
  const shadowColor = shadow && shadow !== 'none' ? parseColor(/rgba?\([^)]*\)/.exec(shadow)?.[0]) : null;
  if (shadowColor && shadowColor[3]! >= 0.5 && (!background || !indistinct(over(shadowColor, background), background))) return true;
  return stroke > 0.5 || /text/.test(style.getPropertyValue('-webkit-background-clip') + style.getPropertyValue('background-clip'));
}

/**
 * Creates a visibility checker for one read of a document. Results are cached per element, so create a new
 * checker for every read (styles change between reads).
 */
export function createVisibility(doc: Document, options: VisibilityOptions = {}): Visibility {
  const win = doc.defaultView;
  const hasLayout = win !== null && detectLayout(doc);
  const exhaustive = options.exhaustive === true;
  const collected = win && !exhaustive ? collectSuspects(doc) : null;
  // Most rules of a dossier only colour text: those elements need their paint looked at, not their box.
  const suspects = collected?.any ?? null;
  const boxSuspects = collected?.box ?? null;
  // Elements the browser's own styles paint: their text needs a computed style, their box does not.
  const painted = suspects ? new Set(doc.querySelectorAll(UA_PAINTED)) : null;
  // Only elements that need a computed style are cached: Maps with 100,000 keys cost more than the checks.
  const styles = new Map<Element, CSSStyleDeclaration | null>();
  const texts = new Map<Element, boolean>();
  const rendered = new Map<Element, boolean>();
  const paints = new Map<Element, Paint>();
  const clipBoxes = new Map<Element, { box: DOMRect | null; position: string }>();
  let rootPaint: Paint | undefined;
  let covered: Set<Element> | undefined;

  function computed(el: Element): CSSStyleDeclaration | null {
    if (!win) return (el as HTMLElement).style ?? null;
    try {
      return win.getComputedStyle(el);
    } catch {
      return null;
    }
  }

  /** Computed style when a rule or inline style could hide the element (or, `forText`, paint its text); null when defaults apply. */
  function styleOf(el: Element, inShadowTree?: boolean, forText = false): CSSStyleDeclaration | null {
    // Shadow trees have style sheets of their own that collectSuspects does not see: always look there.
    const needed =
      suspects === null ||
      (forText ? suspects.has(el) : boxSuspects!.has(el)) ||
      (el.hasAttributes() && el.hasAttribute('style')) ||
      (inShadowTree ?? el.getRootNode() !== doc) ||
      (forText && painted!.has(el));
    if (!needed) return null;
    let style = styles.get(el);
    if (style === undefined) {
      style = computed(el);
      styles.set(el, style);
    }
    return style;
  }

  /**
   * The box an ancestor clips its content to (overflow hidden or clip), or null, and its position (a fixed box,
   * as a popover or a modal dialog in the top layer is, is not clipped by the ancestors above it).
   */
  function clipBox(el: Element): { box: DOMRect | null; position: string } {
    let clip = clipBoxes.get(el);
    if (clip === undefined) {
      const style = computed(el);
      clip = { box: style && clipsOverflow(style) ? el.getBoundingClientRect() : null, position: style?.position ?? 'static' };
      clipBoxes.set(el, clip);
    }
    return clip;
  }

  function geometryHides(el: Element, style: CSSStyleDeclaration): boolean {
    const rect = el.getBoundingClientRect();
    if (clipsOverflow(style) && (rect.width < MIN_BOX_PX || rect.height < MIN_BOX_PX)) return true;
    if (rect.width <= 0 || rect.height <= 0) return false;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    if (rect.right + sx <= 0 || rect.bottom + sy <= 0) return true;
    // Clipped away by an ancestor: an absolutely positioned box (itself or an ancestor) only by its containing
    // block and above it; nothing above a fixed box clips it (a popover, a modal dialog: the top layer).
    if (style.position === 'fixed') return false;
    let a: Element | null = style.position === 'absolute' ? (el as HTMLElement).offsetParent : renderedParent(el);
    while (a && a !== doc.documentElement) {
      const { box, position } = clipBox(a);
      if (box && (Math.min(rect.right, box.right) - Math.max(rect.left, box.left) < MIN_BOX_PX || Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top) < MIN_BOX_PX)) {
        return true;
      }
      if (position === 'fixed') return false;
      a = position === 'absolute' ? (a as HTMLElement).offsetParent : renderedParent(a);
    }
    return false;
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
    // The browser's own answer first (display, content-visibility, opacity up the tree); a box-less
    // display:contents element still shows its children.
    const check = (el as Element & { checkVisibility?(o: object): boolean }).checkVisibility;
    if (hasLayout && check && style.display !== 'contents' && !check.call(el, { opacityProperty: true })) return true;
    const verdict = styleVerdict(style);
    if (verdict !== 'geometry') return verdict === 'hidden';
    return hasLayout && geometryHides(el, style);
  }

  /** The canvas: the root's colour and background (white, or dark under a dark colour scheme). */
  function canvasPaint(): Paint {
    if (!rootPaint) {
      const style = doc.documentElement ? computed(doc.documentElement) : null;
      const scheme = style?.getPropertyValue('color-scheme') ?? '';
      const dark = /dark/.test(scheme) && (!/light/.test(scheme) || win?.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
      const own = parseColor(style?.backgroundColor);
      const canvas = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
      rootPaint = {
        color: parseColor(style?.color) ?? [0, 0, 0, 1],
        background: own && own[3]! > 0 ? over(own, canvas) : canvas,
        opacity: 1,
        scale: 1,
        fontPx: px(style?.fontSize) || 16,
        visible: true,
        outlined: () => false,
      };
    }
    return rootPaint;
  }

  /** How text in `el` is painted; `style` is its computed style when it has one of its own that matters. */
  function paintOf(el: Element | null, style?: CSSStyleDeclaration | null): Paint {
    if (!el || el === doc.documentElement) return canvasPaint();
    const known = paints.get(el);
    if (known) return known;
    const own = style === undefined ? styleOf(el, undefined, true) : style;
    const parent = paintOf(renderedParent(el));
    // Without a style of its own the element paints like its parent: no rule sets its colours or size.
    if (!own) return parent;
    const bg = parseColor(own.backgroundColor);
    const image = own.backgroundImage;
    let background = parent.background;
    if (image && image !== 'none') background = null;
    else if (bg && bg[3]! > 0) background = background ? over(bg, background) : bg[3]! >= 0.99 ? bg : null;
    const zoom = px(own.getPropertyValue('zoom')) || 1;
    const scaleProp = own.getPropertyValue('scale');
    let outlined: boolean | undefined;
    const paint: Paint = {
      color: parseColor(own.getPropertyValue('-webkit-text-fill-color') || own.color),
      background,
      opacity: parent.opacity * (Number.isNaN(px(own.opacity)) ? 1 : px(own.opacity)),
      scale: parent.scale * transformScale(own.transform ?? '') * zoom * (scaleProp && scaleProp !== 'none' ? px(scaleProp) || 1 : 1),
      fontPx: fontPx(own.fontSize, parent.fontPx),
      visible: own.visibility !== 'hidden' && own.visibility !== 'collapse',
      outlined: () => {
        outlined ??= parent.outlined() || outlinedBy(own, background);
        return outlined;
      },
    };
    paints.set(el, paint);
    return paint;
  }

  // Inherited properties: without a rule of its own the element shows text like its parent, unless the
  // parent hides it (then the element may override, so look at its real style).
  function textVisibleGiven(el: Element, parentShows: boolean, inShadowTree?: boolean): boolean {
    const style = styleOf(el, inShadowTree, true);
    if (!style && parentShows) return true;
    return readable(paintOf(el, style ?? computed(el)));
  }

  /**
   * Text an opaque, absolutely positioned box is painted over: looked for only inside the box's containing
   * block, and only where that block is small enough to check cheaply.
   */
  function findCovered(): Set<Element> {
    const found = new Set<Element>();
    if (!hasLayout || !doc.body) return found;
    // A cover is absolutely positioned: only a rule that can change the box (or an inline style) makes one.
    const candidates = boxSuspects === null ? doc.body.getElementsByTagName('*') : [...boxSuspects, ...Array.from(doc.body.querySelectorAll('[style]'))];
    for (const cover of Array.from(candidates)) {
      const style = styleOf(cover) ?? computed(cover);
      const bg = parseColor(style?.backgroundColor);
      const z = px(style?.zIndex) || 0;
      if (!style || style.position !== 'absolute' || !bg || bg[3]! < 0.9 || z < 0) continue;
      const block = (cover as HTMLElement).offsetParent;
      const box = cover.getBoundingClientRect();
      if (!block || box.width * box.height < 100) continue;
      const inside = block.getElementsByTagName('*');
      if (inside.length > 2000) continue;
      for (const el of Array.from(inside)) {
        if (el === cover || cover.contains(el) || el.contains(cover) || !Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 0 || r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) continue;
        if (paintsBelow(el, cover, block, z)) found.add(el);
      }
    }
    return found;
  }

  /** `el` is painted before `cover`: in-flow, or positioned lower or earlier in the same stacking context. */
  function paintsBelow(el: Element, cover: Element, block: Element, coverZ: number): boolean {
    for (let e: Element | null = el; e && e !== block; e = e.parentElement) {
      const s = computed(e);
      if (!s) return false;
      const stacking = s.position !== 'static' || px(s.opacity) < 1 || (s.transform && s.transform !== 'none');
      if (!stacking) continue;
      const z = px(s.zIndex) || 0;
      const later = (cover.compareDocumentPosition(e) & 4) !== 0;
      if (z > coverZ || (z === coverZ && later)) return false;
    }
    return true;
  }

  const visibility: Visibility = {
    hasLayout,
    hidesSubtree: selfHides,
    ruleSuspects: suspects && painted ? new Set([...suspects, ...painted]) : null,
    get covered() {
      covered ??= findCovered();
      return covered;
    },
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
