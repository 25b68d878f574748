/**
 * Text folding: the forms in which texts are compared. One rule per purpose:
 * - collapseWhitespace: the text as one clean line (nothing else changes);
 * - foldForMatch: option texts, labels, words and field values compared as a person would (case, accents
 *   and spacing do not matter);
 * - foldQuoteChar / looseChar: a quote found in a text character by character, so offsets map back.
 */

/** Any whitespace but a single inner space: only then does collapsing change the text. */
const NEEDS_COLLAPSE = /[^\S ]|\s\s|^\s|\s$/;

/** Whitespace-collapsed, trimmed text on one line. */
export function collapseWhitespace(text: string): string {
  // Most pieces (a name, a date, a cell) are already clean: one test instead of a new string each time.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

const MARKS = /\p{M}/gu;

/**
 * Lower case, no diacritics, compatibility forms split ("℃" → "°c", "ĳ" → "ij"), collapsed whitespace: the form
 * in which option texts, labels and values are compared.
 * @example foldForMatch('  Geïnformeerd  Akkoord ') // 'geinformeerd akkoord'
 */
export function foldForMatch(text: string): string {
  return collapseWhitespace(text).normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Characters that are not there for a reader: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SINGLE_QUOTES = /[‘’‚‛′`´ʼ]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;

/**
 * One character folded for finding a quote: lower case, no accents, compatibility forms split ("ﬁ" → "fi"),
 * typographic quotes and dashes made plain, invisible characters dropped (''). Whitespace is the caller's:
 * it collapses runs of it. Each output character belongs to this one input character, so offsets map back.
 * @example foldQuoteChar('“') // '"'
 */
export function foldQuoteChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Plain ASCII (nearly all of a Dutch text) folds by lower case alone; "`" is a quote.
  if (code < 128 && ch !== '`') return ch.toLowerCase();
  if (INVISIBLE.test(ch)) return '';
  return ch
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
}

/** One character reduced to its base letter or digit, or '' when it is punctuation or space (loose matching). */
export function looseChar(ch: string): string {
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  return /[\p{L}\p{N}]/u.test(base) ? base : '';
}
