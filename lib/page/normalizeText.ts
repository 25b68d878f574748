import { collapseWhitespace } from '../dutch';

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
