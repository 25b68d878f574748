import type { Span } from './spans';

/**
 * Bodies that exist once for the whole country: naming one identifies no one (ANNOTATION.md, round 5), yet their
 * words read as names ("Zilveren Kruis": a surname after a capital). Single-word ones (CIZ, UWV, VGZ) are no names
 * to begin with; these are the multi-word ones.
 */
const nationalBodies = [
  'Zilveren Kruis', 'Zorg en Zekerheid', 'De Friesland Zorgverzekeraar', 'Rode Kruis', 'Het Rode Kruis', 'Veilig Thuis',
  'Sociale Verzekeringsbank', 'Raad voor de Kinderbescherming', 'Centraal Administratiekantoor', 'Centrum Indicatiestelling Zorg',
  'Nationale Ombudsman', 'Openbaar Ministerie', 'Dienst Justitiële Inrichtingen',
];
const bodyRe = new RegExp(`(?<![\\p{L}\\d])(?:${nationalBodies.map((b) => b.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\d])`, 'gu');

/** Drops name, place and organisation candidates that lie wholly inside the name of a national body. */
export function dropNationalBodies(text: string, spans: Span[]): Span[] {
  const bodies = [...text.matchAll(bodyRe)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (bodies.length === 0) return spans;
  const inside = (s: Span) => (s.type === 'PERSOON' || s.type === 'ORGANISATIE' || s.type === 'PLAATS') && bodies.some((b) => b.start <= s.start && s.end <= b.end);
  return spans.filter((s) => !inside(s));
}
