import { findDate } from './dutchDates';
import { collapseWhitespace } from './normalizeText';
import type { PageItem, ReadContext } from './pageItems';
import { namesOf, roleOf } from './pageItems';

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

/** Marks the nodes that are one report each. */
export function findReportNodes(ctx: ReadContext): boolean[] {
  const { model } = ctx;
  const { nodes } = model;
  const dated = nodes.map((_, i) => {
    const offset = model.dateOffset(i);
    return offset >= 0 && offset <= DATE_NEAR_START;
  });
  // Repeated signatures: siblings with the same tag and class that each start with a date.
  const repeated = new Array<boolean>(nodes.length).fill(false);
  nodes.forEach((n) => {
    if (n.children.length < 2) return;
    let datedChildren = 0;
    for (const c of n.children) if (dated[c]) datedChildren++;
    if (datedChildren < 2) return;
    const counts = new Map<string, number[]>();
    for (const c of n.children) {
      if (!dated[c]) continue;
      const el = nodes[c]!.el;
      const sig = `${el.localName}.${el.getAttribute('class') ?? ''}`;
      const list = counts.get(sig) ?? [];
      list.push(c);
      counts.set(sig, list);
    }
    for (const list of counts.values()) if (list.length >= 2) for (const c of list) repeated[c] = true;
  });
  const reportish = nodes.map((n, i) => {
    if (!dated[i]) return false;
    const el = n.el;
    if (REPORT_TAGS.has(el.localName) || REPORT_ROLES.has(roleOf(el)) || REPORT_NAMES.test(namesOf(el))) return true;
    return repeated[i]! && model.dateOffset(i) <= REPEATED_DATE_NEAR_START;
  });
  // How many report-like entries sit below each node: a node holding two or more is a list, not a report.
  const inside = new Array<number>(nodes.length).fill(0);
  for (let i = nodes.length - 1; i > 0; i--) {
    inside[nodes[i]!.parent]! += inside[i]! + (reportish[i] ? 1 : 0);
  }
  // A report is read, not edited: an element holding an editor (textarea, select, text input) is a form.
  return reportish.map((r, i) => r && inside[i]! <= 1 && model.length(i) >= MIN_REPORT_CHARS && !nodes[i]!.el.querySelector(EDITORS));
}

function cleanAuthor(text: string): string {
  return collapseWhitespace(text)
    .replace(/^(?:[-—–|·•,:/\s]+)/, '')
    .replace(/^(?:door|auteur|medewerker|geschreven door|ingevoerd door)\s*:?\s*/i, '')
    .replace(/[-—–|·•,:/\s]+$/, '');
}

/** Separate pieces of a short element: its child elements' texts, or its own text when it has direct text. */
function pieces(ctx: ReadContext, i: number): { node: number; text: string }[] {
  const { model } = ctx;
  const n = model.nodes[i]!;
  if (n.children.length === 0 || n.directText) return [{ node: i, text: model.line(i) }];
  return n.children.flatMap((c) => pieces(ctx, c)).filter((p) => p.text !== '');
}

function explicitAuthor(ctx: ReadContext, i: number): number {
  const { model } = ctx;
  for (let j = i + 1; j < model.nodes[i]!.after; j++) {
    const el = model.nodes[j]!.el;
    if (el.localName === 'address' || el.localName === 'cite') return j;
    if (!el.hasAttributes()) continue;
    if (el.getAttribute('rel') === 'author') return j;
    if (AUTHOR_NAMES.test(namesOf(el)) || /author|creator/i.test(el.getAttribute('itemprop') ?? '')) return j;
  }
  return -1;
}

/** Date, author and body of one report node. */
export function reportItem(ctx: ReadContext, i: number): PageItem {
  const { model } = ctx;
  const n = model.nodes[i]!;
  const dateRun = model.nextDateRun(n.start);
  const owner = model.runOwner[dateRun] ?? i;
  // The meta block: the largest short element around the date, below the report itself.
  let meta = -1;
  for (let cur = owner; cur !== i && cur > 0; cur = model.nodes[cur]!.parent) {
    if (model.length(cur) <= 160) meta = cur;
    else break;
  }
  const authorNode = explicitAuthor(ctx, i);
  let author = authorNode >= 0 ? cleanAuthor(model.line(authorNode)) : '';
  let date: string | undefined;
  let body: string;
  const tags: string[] = [];

  if (meta >= 0) {
    const metaNode = model.nodes[meta]!;
    const metaPieces = pieces(ctx, meta);
    date = metaPieces.map((p) => findDate(p.text)?.text).find(Boolean) ?? findDate(model.line(meta))?.text ?? model.runs[dateRun]!.trim();
    const authorLine = authorNode >= 0 ? model.line(authorNode) : '';
    for (const piece of metaPieces) {
      if (authorNode >= 0 && (piece.node === authorNode || isInside(ctx, piece.node, authorNode))) continue;
      let pieceText = date && piece.text.includes(date) ? piece.text.replace(date, ' ') : piece.text;
      if (authorLine && pieceText.includes(authorLine)) pieceText = pieceText.replace(authorLine, ' ');
      const rest = cleanAuthor(pieceText);
      if (!rest) continue;
      if (!author && rest.length <= 80) author = rest;
      else tags.push(rest);
    }
    const ranges: [number, number][] = [[n.start, metaNode.start], [metaNode.end, n.end]];
    const authorEl = authorNode >= 0 ? model.nodes[authorNode]! : null;
    if (authorEl && (authorEl.start >= metaNode.end || authorEl.end <= metaNode.start)) {
      ranges.splice(0, ranges.length, ...cut(ranges, authorEl.start, authorEl.end));
    }
    body = ranges.map(([a, b]) => model.runs.slice(a, b).join('')).join(' ');
  } else {
    const text = model.text(i);
    const found = findDate(text);
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

  const plain = collapseWhitespace(body);
  const text = (tags.length ? `[${tags.join(', ')}] ` : '') + plain;
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
  return node > ancestor && node < ctx.model.nodes[ancestor]!.after;
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
