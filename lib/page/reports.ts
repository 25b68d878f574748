import { collapseWhitespace, findDateMention } from '../dutch';
import type { PageItem, ReadContext } from './pageItems';
import { SNAPSHOT_PARTS } from './snapshotFormat';

/**
 * Reports (rapportages) are recognised by structure, not by one ECD's markup: a list item, article, table row
 * or report-like element whose text starts with a date (within the first ~120 characters), that does not
 * itself hold several such entries. Siblings that repeat the same tag and class and each start with a date
 * count as report-like too, so plain `<div class="x">` lists are found.
 */
const REPORT_TAGS = new Set(['article', 'li', 'tr']);
const REPORT_ROLES = new Set(['article', 'listitem', 'row', 'comment']);
const REPORT_NAMES = /rapport|report|verslag|journa|entry|notitie|note|observ|bericht|comment|dagboek|timeline/i;
const AUTHOR_NAMES = /auth|auteur|medewerker|schrijver|gebruiker|zorgverlener|employee|signed|byline|creator|written/i;
const DATE_NEAR_START = 120;
const REPEATED_DATE_NEAR_START = 40;
const EDITORS = 'textarea, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])';
const MIN_REPORT_CHARS = 20;
/** Inputs that EDITORS leaves out (not text a person edits). */
const NOT_EDITOR_INPUTS = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit']);

/** Marks the nodes that are one report each. */
export function findReportNodes(ctx: ReadContext): Uint8Array {
  const { model } = ctx;
  const { count } = model;
  const dated = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const offset = model.dateOffset(i);
    if (offset >= 0 && offset <= DATE_NEAR_START) dated[i] = 1;
  }
  // Repeated signatures: siblings with the same tag and class that each start with a date.
  const repeated = new Uint8Array(count);
  for (let p = 0; p < count; p++) {
    if (model.childCount(p) < 2) continue;
    let datedChildren = 0;
    for (let c = model.firstChild(p); c >= 0 && datedChildren < 2; c = model.nextSibling(c)) datedChildren += dated[c]!;
    if (datedChildren < 2) continue;
    // Signature: tag, then class (two map levels, so no new string per child).
    const firstOf = new Map<string, Map<string, number>>();
    for (let c = model.firstChild(p); c >= 0; c = model.nextSibling(c)) {
      if (!dated[c]) continue;
      let byClass = firstOf.get(model.tag(c));
      if (!byClass) firstOf.set(model.tag(c), (byClass = new Map()));
      const cls = model.className(c);
      const first = byClass.get(cls);
      if (first === undefined) byClass.set(cls, c);
      else repeated[first] = repeated[c] = 1;
    }
  }
  const reportish = new Uint8Array(count);
  // How many report-like entries sit below each node: a node holding two or more is a list, not a report.
  const inside = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    if (dated[i]) {
      if (
        REPORT_TAGS.has(model.tag(i)) || REPORT_ROLES.has(model.role(i)) || model.namesMatch(i, REPORT_NAMES) ||
        (repeated[i] && model.dateOffset(i) <= REPEATED_DATE_NEAR_START)
      ) {
        reportish[i] = 1;
      }
    }
    if (i > 0) inside[model.parent(i)]! += inside[i]! + reportish[i]!;
  }
  // A report is read, not edited: an element holding an editor (textarea, select, text input) is a form.
  const holders = editorHolders(count ? model.el(0).ownerDocument : null);
  const reports = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (!reportish[i] || inside[i]! > 1 || model.length(i) < MIN_REPORT_CHARS) continue;
    const el = model.el(i);
    // The document-wide query does not see into shadow trees: there, ask the element itself.
    const holdsEditor = holders && !model.inShadowTree(i) ? holders.has(el) : el.querySelector(EDITORS) !== null;
    if (!holdsEditor) reports[i] = 1;
  }
  return reports;
}

/**
 * Every element of the document tree with an editor somewhere inside it (hidden editors too), from the
 * document's tag collections: far cheaper than a selector query per report candidate.
 */
function editorHolders(doc: Document | null): Set<Element> | null {
  if (!doc || typeof doc.getElementsByTagName !== 'function') return null;
  const holders = new Set<Element>();
  for (const tag of ['textarea', 'select', 'input']) {
    const found = doc.getElementsByTagName(tag);
    for (let k = 0; k < found.length; k++) {
      const editor = found[k]!;
      if (tag === 'input' && NOT_EDITOR_INPUTS.has((editor.getAttribute('type') ?? '').toLowerCase())) continue;
      for (let p = editor.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p);
    }
  }
  return holders;
}

/** Strips separators around an author ("— door J. Jansen:") in one test for the usual clean case. */
const AUTHOR_EDGES = /^[-—–|·•,:/\s]|^(?:door|auteur|medewerker|geschreven door|ingevoerd door)(?![^\s:])|[-—–|·•,:/\s]$/i;

function cleanAuthor(text: string): string {
  const line = collapseWhitespace(text);
  if (!AUTHOR_EDGES.test(line)) return line;
  return line
    .replace(/^(?:[-—–|·•,:/\s]+)/, '')
    .replace(/^(?:door|auteur|medewerker|geschreven door|ingevoerd door)(?![^\s:])\s*:?\s*/i, '')
    .replace(/[-—–|·•,:/\s]+$/, '');
}

/**
 * Separate pieces of a short element: its child elements' texts, or its own text when it has direct text.
 * Written into two scratch arrays (a 10,000-report list would allocate 30,000 small objects otherwise).
 */
const pieceNodes: number[] = [];
const pieceTexts: string[] = [];

function collectPieces(ctx: ReadContext, i: number): void {
  pieceNodes.length = 0;
  pieceTexts.length = 0;
  const { model } = ctx;
  if (model.childCount(i) === 0 || model.hasDirectText(i)) {
    // The element's own text is kept even when empty (the date falls back to the run then).
    pieceNodes.push(i);
    pieceTexts.push(model.line(i));
    return;
  }
  addPieces(ctx, i);
}

function addPieces(ctx: ReadContext, i: number): void {
  const { model } = ctx;
  for (let c = model.firstChild(i); c >= 0; c = model.nextSibling(c)) {
    if (model.childCount(c) === 0 || model.hasDirectText(c)) {
      const text = model.line(c);
      if (text !== '') {
        pieceNodes.push(c);
        pieceTexts.push(text);
      }
    } else addPieces(ctx, c);
  }
}

const AUTHOR_ITEMPROP = /author|creator/i;
/** Shared by the reports without tags (most): never pushed to. */
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

function explicitAuthor(ctx: ReadContext, i: number): number {
  const { model } = ctx;
  for (let j = i + 1, end = model.after(i); j < end; j++) {
    const name = model.tag(j);
    if (name === 'address' || name === 'cite') return j;
    if (model.attr(j, 'rel') === 'author') return j;
    if (model.namesMatch(j, AUTHOR_NAMES) || AUTHOR_ITEMPROP.test(model.attr(j, 'itemprop') ?? '')) return j;
  }
  return -1;
}

/** Date, author and body of one report node. */
export function reportItem(ctx: ReadContext, i: number): PageItem {
  const { model } = ctx;
  const dateRun = model.nextDateRun(model.start(i));
  const owner = model.runOwner[dateRun] ?? i;
  // The meta block: the largest short element around the date, below the report itself.
  let meta = -1;
  for (let cur = owner; cur !== i && cur > 0; cur = model.parent(cur)) {
    if (model.length(cur) <= 160) meta = cur;
    else break;
  }
  const authorNode = explicitAuthor(ctx, i);
  let author = authorNode >= 0 ? cleanAuthor(model.line(authorNode)) : '';
  let date: string | undefined;
  let body: string;
  let tags: string[] = NO_TAGS;

  if (meta >= 0) {
    collectPieces(ctx, meta);
    for (const text of pieceTexts) {
      date = findDateMention(text)?.text;
      if (date) break;
    }
    date ||= findDateMention(model.line(meta))?.text ?? model.runs[dateRun]!.trim();
    const authorLine = authorNode >= 0 ? model.line(authorNode) : '';
    for (let k = 0; k < pieceNodes.length; k++) {
      const node = pieceNodes[k]!;
      const text = pieceTexts[k]!;
      // The date on its own (the usual first piece) leaves nothing.
      if (text === date) continue;
      if (authorNode >= 0 && (node === authorNode || isInside(ctx, node, authorNode))) continue;
      let pieceText = date && text.includes(date) ? text.replace(date, ' ') : text;
      if (authorLine && pieceText.includes(authorLine)) pieceText = pieceText.replace(authorLine, ' ');
      const rest = cleanAuthor(pieceText);
      if (!rest) continue;
      if (!author && rest.length <= 80) author = rest;
      else if (tags === NO_TAGS) tags = [rest];
      else tags.push(rest);
    }
    let ranges: [number, number][] = [[model.start(i), model.start(meta)], [model.end(meta), model.end(i)]];
    if (authorNode >= 0 && (model.start(authorNode) >= model.end(meta) || model.end(authorNode) <= model.start(meta))) {
      ranges = cut(ranges, model.start(authorNode), model.end(authorNode));
    }
    body = '';
    for (const [a, b] of ranges) {
      const line = model.lineOf(a, b);
      if (line) body = body ? `${body} ${line}` : line;
    }
  } else {
    const text = model.text(i);
    const found = findDateMention(text);
    date = found?.text;
    const before = found ? text.slice(0, found.index) : '';
    let after = found ? text.slice(found.index + found.text.length) : text;
    if (!author && before.trim() && before.length <= 60 && !before.includes(':')) author = cleanAuthor(before);
    if (!author) {
      const m = /^\s*[-—–|,·:]?\s*(?:door\s+)?([^:!?\n]{2,60}?)\s*:\s+/.exec(after);
      if (m && looksLikeName(m[1]!)) {
        author = cleanAuthor(m[1]!);
        after = after.slice(m[0].length);
      }
    } else if (authorNode >= 0) {
      after = after.replace(model.line(authorNode), ' ');
    }
    body = after.replace(/^[\s\-—–|,·:]+/, '');
  }

  const plain = meta >= 0 ? body : collapseWhitespace(body);
  const text = SNAPSHOT_PARTS.withTopics(tags, plain);
  return { kind: 'report', ref: ctx.ref(i), text, date: date || undefined, author: author || undefined, body: plain, tags };
}

const NAME_PARTICLES = /^(van|de|der|den|het|ter|ten|te|op|in|'t|v\.d\.)$/;

/** "J. Pietersen", "Sanne de Wit (verzorgende IG)": capitalised words and particles, not a sentence. */
function looksLikeName(text: string): boolean {
  const words = text.replace(/\(.*\)\s*$/, '').replace(/,/g, ' ').trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.test(w)) && /\p{Lu}\p{Ll}/u.test(text);
}

function isInside(ctx: ReadContext, node: number, ancestor: number): boolean {
  return node > ancestor && node < ctx.model.after(ancestor);
}

function cut(ranges: [number, number][], from: number, to: number): [number, number][] {
  return ranges.flatMap(([a, b]): [number, number][] => {
    if (to <= a || from >= b) return [[a, b]];
    const out: [number, number][] = [];
    if (from > a) out.push([a, from]);
    if (to < b) out.push([to, b]);
    return out;
  });
}
