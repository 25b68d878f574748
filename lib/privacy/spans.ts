import type { EntityType } from './types';

/** A candidate identifier before overlaps are resolved. */
export interface Span {
  type: EntityType;
  start: number;
  end: number;
  /** Breaks ties between overlapping candidates of equal length; higher wins. */
  priority: number;
}

/** Priorities per kind of evidence; a name after a title beats a place, a bare list hit does not. */
export const PRIORITY = {
  EMAIL: 100,
  URL: 95,
  TELEFOON: 90,
  BSN: 85,
  ID: 80,
  DATUM: 75,
  POSTCODE: 70,
  ADRES: 65,
  ORGANISATIE: 60,
  PERSOON_STRONG: 55,
  PLAATS: 50,
  PERSOON_WEAK: 45,
  LEEFTIJD: 40,
} as const;

/**
 * Keeps the best of overlapping candidates: the longest span wins, then the higher
 * priority. Returns the survivors in text order.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Span[] = [];
  // Spans are short and few per text, but keep the check cheap with a sorted array of kept ranges.
  const starts: number[] = [];
  for (const s of ranked) {
    if (s.end <= s.start) continue;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < s.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > s.start) || (after && after.start < s.end)) continue;
    kept.splice(lo, 0, s);
    starts.splice(lo, 0, s.start);
  }
  return kept;
}
