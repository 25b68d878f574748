import { productBrands } from './lexicon';
import type { Span } from './spans';
import type { Token } from './tokenize';

/**
 * Capitalised words right after a product's brand are the product's name ("Mepilex Border Heel", "Nutrini Energy
 * Multi Fibre"), not a person, place or organisation: candidates that start there are dropped.
 */
export function dropBrandContinuations(tokens: Token[], spans: Span[]): Span[] {
  const afterBrand = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const t = tokens[i]!;
    if (prev.kind === 'word' && prev.cap && productBrands.has(prev.lower) && t.kind === 'word' && t.cap && t.spaceBefore && !t.newlineBefore) {
      afterBrand.add(t.start);
    }
  }
  if (afterBrand.size === 0) return spans;
  return spans.filter((s) => s.type === 'DATUM' || !afterBrand.has(s.start));
}
