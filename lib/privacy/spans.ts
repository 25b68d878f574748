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
  /** The learned tagger only fills gaps the rules left (recognizeByTagger.ts). */
  TAGGER: 10,
} as const;

// What a name candidate may stick out by without leaking anything: a preposition or article ("casemanager [van
// Kompas] Casemanagement", "[van de Utrechtse] Hove"); the organisation must not swallow it.
const bareParticles = /^[ \t]*(?:(?:van|de|der|den|het|'t|’t|te|ter|ten|bij|in|op)[ \t]+)+$/;

/**
 * Keeps the best of overlapping candidates: the longest span wins, then the higher
 * priority. Returns the survivors in text order.
 */
export function resolveOverlaps(candidates: Span[], text = ''): Span[] {
  // "van de Utrechtse Hove": a name candidate that is an organisation candidate plus particles in front is that organisation.
  const organisationsByEnd = new Map<number, number[]>();
  for (const s of candidates) if (s.type === 'ORGANISATIE') organisationsByEnd.set(s.end, [...(organisationsByEnd.get(s.end) ?? []), s.start]);
  const spans = organisationsByEnd.size === 0 ? candidates : candidates.filter((s) => s.type !== 'PERSOON' ||
    !(organisationsByEnd.get(s.end) ?? []).some((start) => start > s.start && bareParticles.test(text.slice(s.start, start))));
  // "Zorg aan Zee Schouwen-Duiveland": a name does not start in the middle of an organisation's name. "op de
  // Thorbeckegracht 61-2": a name candidate whose last word opens an address is that address. Marks per character keep
  // both checks linear in the text.
  const extent = spans.reduce((m, s) => Math.max(m, s.end), 0);
  const insideOrganisation = new Uint8Array(extent + 1);
  const addressEndAt = new Int32Array(extent + 1);
  for (const s of spans) {
    if (s.type === 'ORGANISATIE') insideOrganisation.fill(1, s.start + 1, s.end);
    else if (s.type === 'ADRES') addressEndAt[s.start] = Math.max(addressEndAt[s.start]!, s.end);
  }
  const opensAddress = (p: Span) => {
    for (let k = p.start + 1; k < p.end; k++) if (addressEndAt[k]! > p.end) return true;
    return false;
  };
  const named = spans.filter((p) => p.type !== 'PERSOON' || (insideOrganisation[p.start] !== 1 && !opensAddress(p)));
  const ranked = [...named].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  // One occupancy mark per character: checking and marking a span costs its length, so the
  // whole pass is linear in the text instead of quadratic in the number of spans.
  const taken = new Uint8Array(extent);
  const kept: Span[] = [];
  for (const s of ranked) {
    if (s.end <= s.start) continue;
    let free = true;
    for (let k = s.start; k < s.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  kept.sort((a, b) => a.start - b.start);
  return mergePartialOverlaps(kept, ranked, text);
}

/**
 * A losing candidate that sticks out of the winner ("Dossiernummer GGZ" against
 * "GGZ-448812") would leak its uncovered part; widen the winner to cover both.
 */
function mergePartialOverlaps(kept: Span[], candidates: Span[], text: string): Span[] {
  const out = kept.slice();
  for (const c of candidates) {
    // `out` stays sorted and non-overlapping, so a binary search finds the first span ending after c starts.
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((out[mid]?.end ?? 0) <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const first = out[lo];
    if (!first || first.start >= c.end) continue;
    let k = lo;
    while (k < out.length && (out[k]?.start ?? Infinity) < c.end) k++;
    const last = out[k - 1]!;
    if (first.start <= c.start && last.end >= c.end) continue;
    if (c.start < first.start && last.end >= c.end && bareParticles.test(text.slice(c.start, first.start))) continue;
    const best = out.slice(lo, k).reduce((a, b) => (b.priority > a.priority ? b : a));
    out.splice(lo, k - lo, { ...best, start: Math.min(c.start, first.start), end: Math.max(c.end, last.end) });
  }
  return out;
}
