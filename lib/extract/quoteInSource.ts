/**
 * Finds a quote in the text that was sent to the model the way a person would: ignoring case, accents,
 * compatibility forms, runs of whitespace, curly quotes and dash variants (lib/dutch foldQuoteChar), and
 * trailing punctuation. An ellipsis ("…", "...", "[...]") splits the quote into parts that must occur in order.
 * (lib/page's locateQuote finds a quote on the page, as a DOM range, for highlighting.)
 */
import { foldQuoteChar } from '../dutch';

export interface TextRange {
  start: number;
  end: number;
}

/** Normalised text with, per character, the range in the original it came from. */
interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Every character folded (foldQuoteChar); whitespace collapsed to one space. */
function fold(source: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of source) {
    const from = index;
    index += ch.length;
    const folded = foldQuoteChar(ch);
    // Invisible characters (soft hyphen, zero-width space, BOM) are nothing, not a space.
    if (folded === '') continue;
    if (/\s/u.test(ch)) {
      if (out.length > 0 && out[out.length - 1] === ' ') {
        ends[ends.length - 1] = index;
        continue;
      }
      out.push(' ');
      starts.push(from);
      ends.push(index);
      continue;
    }
    for (const c of folded) {
      out.push(c);
      starts.push(from);
      ends.push(index);
    }
  }
  return { text: out.join(''), starts, ends };
}

const ellipsis = /\s*[[(]?(?:\.{3,}|…)[\])]?\s*/u;
const edgePunctuation = /^[\s.,;:!?'"()[\]-]+|[\s.,;:!?'")\]]+$/gu;

/** The quote's parts as they will be searched for; empty when nothing is left to search. */
export function quoteParts(quote: string): string[] {
  return fold(quote)
    .text.split(ellipsis)
    .map((part) => part.replace(edgePunctuation, ''))
    .filter((part) => part.length > 0);
}

const wordChar = /[\p{L}\p{N}]/u;

/**
 * A quote must start and end on word boundaries: "5" is not quoted from "135", nor "38" from "38,2".
 */
function onBoundaries(folded: string, at: number, part: string): boolean {
  const before = folded[at - 1] ?? '';
  const after = folded[at + part.length] ?? '';
  const afterNext = folded[at + part.length + 1] ?? '';
  const first = part[0] ?? '';
  const last = part[part.length - 1] ?? '';
  if (wordChar.test(first) && wordChar.test(before)) return false;
  if (/\d/.test(first) && /[.,]/.test(before) && /\d/.test(folded[at - 2] ?? '')) return false;
  if (wordChar.test(last) && wordChar.test(after)) return false;
  if (/\d/.test(last) && /[.,]/.test(after) && /\d/.test(afterNext)) return false;
  return true;
}

function findPart(folded: string, part: string, from: number): number {
  for (let at = folded.indexOf(part, from); at >= 0; at = folded.indexOf(part, at + 1)) {
    if (onBoundaries(folded, at, part)) return at;
  }
  return -1;
}

/**
 * Locates a quote in the source and returns one range per part in original offsets, or null when the
 * quote is not there (or is empty). Parts are matched left to right at their first fitting place.
 * @example locateQuoteInSource('rr 135/85…T 38,2', 'RR 135/85, P 80, T 38,2') // [{start:0,end:9},{start:17,end:23}]
 */
export function locateQuoteInSource(quote: string, source: string): TextRange[] | null {
  const parts = quoteParts(quote);
  if (parts.length === 0) return null;
  const folded = fold(source);
  const ranges: TextRange[] = [];
  let from = 0;
  for (const part of parts) {
    const at = findPart(folded.text, part, from);
    if (at < 0) return null;
    const start = folded.starts[at];
    const end = folded.ends[at + part.length - 1];
    if (start === undefined || end === undefined) return null;
    ranges.push({ start, end });
    from = at + part.length;
  }
  return ranges;
}
