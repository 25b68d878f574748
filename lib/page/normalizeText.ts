/** Any whitespace but a single inner space: only then does collapsing change the text. */
const NEEDS_COLLAPSE = /[^\S ]|\s\s|^\s|\s$/;

/** Whitespace-collapsed, trimmed text on one line. */
export function collapseWhitespace(text: string): string {
  // Most pieces (a name, a date, a cell) are already clean: one test instead of a new string each time.
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Text that keeps line breaks (from block boundaries) but collapses runs of spaces, and drops empty lines.
 * @example cleanLines('  a \n\n  b  ') // 'a\nb'
 */
export function cleanLines(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

/**
 * The label a person reads: collapsed whitespace, without the trailing ':' or '*' that forms add.
 * @example cleanLabel(' Gewicht (kg) *: ') // 'Gewicht (kg)'
 */
export function cleanLabel(text: string): string {
  return collapseWhitespace(text)
    .replace(/^[*\s]+/, '')
    .replace(/[\s:*]+$/, '');
}

/** Lower case, no diacritics, collapsed whitespace: the form in which option texts and labels are compared. */
export function foldForMatch(text: string): string {
  return collapseWhitespace(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
};

/**
 * One character folded for quote matching, always to exactly one character so offsets map back to the page:
 * lower case, typographic quotes and dashes made plain.
 */
export function foldChar(ch: string): string {
  const plain = TYPOGRAPHIC[ch];
  if (plain !== undefined) return plain;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** One character reduced to its base letter or digit, or '' when it is punctuation or space (loose matching). */
export function looseChar(ch: string): string {
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  return /[\p{L}\p{N}]/u.test(base) ? base : '';
}
