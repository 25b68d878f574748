/**
 * The ECD-sites box: one match pattern per line. Blank lines and surrounding spaces do not count, a pattern
 * given twice counts once. The box keeps the text as typed (so Enter makes a new line); this reads it on save.
 *
 * @example parseSitePatterns('https://ecd.zorg.nl/*\n\n  https://*.zorg.nl/* ') // ['https://ecd.zorg.nl/*', 'https://*.zorg.nl/*']
 */
export function parseSitePatterns(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
}

/** The patterns as the box shows them. */
export function sitePatternsText(patterns: readonly string[]): string {
  return patterns.join('\n');
}
