import { collapseWhitespace, foldQuoteChar, looseChar } from '../dutch';
import { buildPageModel, type PageModel } from './pageModel';
import { locateRef } from './refs';

interface Folded {
  text: string;
  /** Run index and offset of every character of `text` (-1 for the spaces between blocks). */
  runs: number[];
  offsets: number[];
}

function fold(model: PageModel, loose: boolean): Folded {
  const chars: string[] = [];
  const runs: number[] = [];
  const offsets: number[] = [];
  const push = (ch: string, run: number, offset: number) => {
    chars.push(ch);
    runs.push(run);
    offsets.push(offset);
  };
  model.runs.forEach((text, r) => {
    const node = model.runNodes[r];
    if (!node) {
      if (!loose && chars.length && chars[chars.length - 1] !== ' ') push(' ', -1, -1);
      return;
    }
    for (let k = 0; k < text.length; k++) {
      const ch = text[k]!;
      if (loose) {
        const c = looseChar(ch);
        if (c) push(c, r, k);
      } else if (/\s/.test(ch)) {
        if (chars.length && chars[chars.length - 1] !== ' ') push(' ', r, k);
      } else for (const c of foldQuoteChar(ch)) push(c, r, k);
    }
  });
  return { text: chars.join(''), runs, offsets };
}

function foldQuery(quote: string, loose: boolean): string {
  if (loose) return Array.from(quote, looseChar).join('');
  return Array.from(collapseWhitespace(quote), (ch) => (ch === ' ' ? ' ' : foldQuoteChar(ch))).join('');
}

function findIn(doc: Document, scope: Element, quote: string): Range | null {
  const model = buildPageModel(doc, scope);
  for (const loose of [false, true]) {
    const q = foldQuery(quote, loose);
    if (!q) continue;
    const folded = fold(model, loose);
    const at = folded.text.indexOf(q);
    if (at < 0) continue;
    const end = at + q.length - 1;
    const startNode = model.runNodes[folded.runs[at]!];
    const endNode = model.runNodes[folded.runs[end]!];
    if (!startNode || !endNode) continue;
    const range = doc.createRange();
    range.setStart(startNode, folded.offsets[at]!);
    range.setEnd(endNode, folded.offsets[end]! + 1);
    return range;
  }
  return null;
}

/**
 * Finds a verbatim quote on the page for scroll-and-highlight: inside the element of `ref` when given (else,
 * or when it is not there, the whole body). Matching ignores case, accents, whitespace and typographic
 * quotes/dashes (foldQuoteChar, as grounding does); if that fails, punctuation too. Only visible text counts.
 * Null when the quote is not on the page. (lib/extract's locateQuoteInSource finds a quote in the sent text.)
 * @example locateQuote(document, 'sat 94% zo2', snapshot.reports[0].ref)
 */
export function locateQuote(doc: Document, quote: string, ref?: string): Range | null {
  const cleaned = quote.trim().replace(/^["'“”„‘’«»]+|["'“”„‘’«»]+$/g, '').replace(/(\.\.\.|…)$/, '').trim();
  if (!cleaned) return null;
  const scopes: Element[] = [];
  const scoped = ref ? locateRef(doc, ref) : null;
  if (scoped) scopes.push(scoped);
  if (doc.body && doc.body !== scoped) scopes.push(doc.body);
  for (const scope of scopes) {
    const range = findIn(doc, scope, cleaned);
    if (range) return range;
  }
  return null;
}
