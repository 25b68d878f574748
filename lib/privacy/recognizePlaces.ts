import { departmentWords, familyNames, firstNames, medicalTerms, nonNameCaps, placeSuffix, placesByFirstToken } from './lexicon';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

/** Words after which a capitalised word is a place even when unlisted ("geboren te Tilburg"). */
const strongPlaceCue = new Set(['te', 'woonplaats', 'geboorteplaats', 'plaats', 'woonachtig', 'wonend', 'woonplaats:']);
/** Prepositions that make a listed-but-ambiguous name a place ("in Best"), or an unlisted place-shaped word. */
const placeCue = new Set(['in', 'te', 'uit', 'naar', 'vanuit', 'nabij', 'regio', 'gemeente', 'wijkteam', 'richting', 'omgeving', 'buurt']);

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap && !t.allCaps && !nonNameCaps.has(t.lower) && !medicalTerms.has(t.lower);
}

/** Length in tokens of the listed place starting at i, and whether it is ambiguous. */
function listedPlace(tokens: Token[], i: number, lowerOk: boolean): { length: number; ambiguous: boolean } | null {
  const first = tokens[i];
  if (!first || (!first.cap && !lowerOk && first.lower !== "'s" && first.lower !== '’s')) return null;
  for (const entry of placesByFirstToken.get(first.lower) ?? []) {
    let ok = true;
    for (let k = 0; k < entry.tokens.length; k++) {
      const t = tokens[i + k];
      if (!t || t.lower !== entry.tokens[k] || (k > 0 && t.newlineBefore)) {
        ok = false;
        break;
      }
    }
    // "Bergen op Zoom" must not stop at "Bergen": a longer listed name was tried first.
    if (ok) return { length: entry.tokens.length, ambiguous: entry.ambiguous };
  }
  return null;
}

/** Capitalised words (with hyphens) from i: "Alphen aan den Rijn" is listed, "Nieuw-Lekkerland" is not. */
function capRun(tokens: Token[], i: number, max = 3): number {
  let j = i;
  let words = 0;
  while (words < max && isCapWord(tokens[j])) {
    if (j > i && tokens[j]!.newlineBefore) break;
    j++;
    words++;
    const h = tokens[j];
    if (h?.text === '-' && !h.spaceBefore && isCapWord(tokens[j + 1]) && !tokens[j + 1]!.spaceBefore) j++;
    else if (!isCapWord(tokens[j]) || !tokens[j]!.spaceBefore) break;
  }
  return j - i;
}

/**
 * Finds Dutch place names: listed places anywhere (ambiguous ones like "Best" only after
 * "in/te/uit/naar" or a postcode), and unlisted capitalised words after a postcode, after
 * "te", or place-shaped ("…veen", "…dijk") after "in/uit/naar".
 */
export function recognizePlaces(tokens: Token[], postcodeEnds: ReadonlySet<number>): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const afterPostcode = prev !== undefined && postcodeEnds.has(prev.end) && !t.newlineBefore;
    const cue = prev !== undefined && prev.kind === 'word' && !prev.cap ? prev.lower : prev?.text === ':' ? tokens[i - 2]?.lower ?? '' : '';
    // Lower-case place names ("uit amsterdam") only right after a place word, and never the ambiguous ones.
    const listed = listedPlace(tokens, i, t.kind === 'word' && (placeCue.has(cue) || strongPlaceCue.has(cue)));
    if (listed) {
      if (!t.cap && listed.ambiguous) continue;
      // "Huisartsenpraktijk Grote Noord, Hoorn" at the end of a letter-head line.
      const lineEnd = prev?.text === ',' && (tokens[i + listed.length]?.newlineBefore ?? true);
      if (!listed.ambiguous || afterPostcode || lineEnd || placeCue.has(cue) || strongPlaceCue.has(cue)) {
        let last = tokens[i + listed.length - 1]!;
        let k = i + listed.length;
        // "Amsterdam-Noord", "Schiedam-Oost": a district by its compass word.
        if (tokens[k]?.text === '-' && !tokens[k]!.spaceBefore && departmentWords.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.spaceBefore) {
          last = tokens[k + 1]!;
          k += 2;
        }
        spans.push({ type: 'PLAATS', start: t.start, end: last.end, priority: afterPostcode || lineEnd ? PRIORITY.PERSOON_STRONG + 3 : PRIORITY.PLAATS });
        i = k - 1;
      }
      continue;
    }
    if (!isCapWord(t)) continue;
    const unlistedOk =
      afterPostcode ||
      strongPlaceCue.has(cue) ||
      (placeCue.has(cue) && placeSuffix.test(t.lower) && !familyNames.has(t.lower) && !firstNames.has(t.lower));
    if (!unlistedOk) continue;
    const len = afterPostcode ? capRun(tokens, i) : capRun(tokens, i, 1);
    if (len > 0) {
      const last = tokens[i + len - 1]!;
      spans.push({ type: 'PLAATS', start: t.start, end: last.end, priority: afterPostcode ? PRIORITY.PERSOON_STRONG + 3 : PRIORITY.PLAATS });
      i += len - 1;
    }
  }
  return spans;
}
