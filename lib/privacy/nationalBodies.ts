import type { Span } from './spans';

/**
 * Bodies that exist once for the whole country: naming one identifies no one (ANNOTATION.md, round 5), yet their
 * words read as names ("Zilveren Kruis": a surname after a capital). Single-word ones (CIZ, UWV, VGZ) are no names
 * to begin with; these are the multi-word ones.
 */
const nationalBodies = [
  'Zilveren Kruis', 'Zorg en Zekerheid', 'De Friesland Zorgverzekeraar', 'Rode Kruis', 'Het Rode Kruis', 'Veilig Thuis',
  'Sociale Verzekeringsbank', 'Raad voor de Kinderbescherming', 'Centraal Administratiekantoor', 'Centrum Indicatiestelling Zorg',
  'Nationale Ombudsman', 'Openbaar Ministerie', 'Dienst Justitiële Inrichtingen', 'Centrum voor Consultatie en Expertise',
  // Chain shops: a branch says no more than the place beside it.
  'Albert Heijn', 'Dirk van den Broek', 'Jumbo', 'HEMA', 'Kruidvat', 'Action', 'Lidl', 'Aldi', 'Etos', 'Gamma', 'Praxis',
  'Karwei', 'Bol.com', 'Wibra', 'Trekpleister', 'Intratuin', 'IKEA', 'MediaMarkt', 'Coolblue',
];
const bodyRe = new RegExp(`(?<![\\p{L}\\d])(?:${nationalBodies.map((b) => b.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\d])`, 'gu');

/** Where national bodies and chain shops are named in the text. */
export function findNationalBodies(text: string): { start: number; end: number }[] {
  return [...text.matchAll(bodyRe)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Drops name, place and organisation candidates inside the name of a national body, or starting inside it ("Veilig
 * [Thuis Haaglanden]": the region after it is no organisation either; a town after it is a place of its own).
 */
export function dropNationalBodies(spans: Span[], bodies: { start: number; end: number }[]): Span[] {
  if (bodies.length === 0) return spans;
  const inside = (s: Span) => (s.type === 'PERSOON' || s.type === 'ORGANISATIE' || s.type === 'PLAATS') &&
    bodies.some((b) => b.start <= s.start && s.start < b.end && (s.end <= b.end || s.type !== 'ORGANISATIE'));
  return spans.filter((s) => !inside(s));
}
