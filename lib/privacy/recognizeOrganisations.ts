import {
  genericOrganisationKinds,
  medicalTerms,
  organisationKinds,
  organisationSuffixes,
  organisationsByFirstToken,
} from './lexicon';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

const articles = new Set(['de', 'het', "'t", '’t', 'van', 'der', 'den', 'sint', 'st']);
/** Function words that end an organisation name even when capitalised. */
const stop = new Set(['de', 'het', 'een', 'en', 'of', 'in', 'op', 'aan', 'uit', 'te', 'met', 'voor', 'na', 'bij', 'door', 'naar', 'om', 'tot', 'is', 'was', 'heeft']);

/** A word that can be part of an organisation's own name ("De Linde", "Rijnstate", "inGeest"). */
function isNamePart(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word') return false;
  if (t.allCaps) return true;
  if (/^\p{Ll}+\p{Lu}/u.test(t.text)) return true; // "inGeest"
  return t.cap && !medicalTerms.has(t.lower) && (!stop.has(t.lower) || articles.has(t.lower));
}

/** Index after the own name that follows a kind word: "Zorggroep [De Linde]", "Apotheek [Vermeulen]". */
function nameAfter(tokens: Token[], i: number): number {
  let j = i;
  let named = false;
  while (j < tokens.length && j - i < 6) {
    const t = tokens[j]!;
    if (j > i && t.newlineBefore) break;
    if (t.kind === 'word' && articles.has(t.lower)) {
      // Articles only count when a capitalised name follows ("Het Gasthuis", "de Brink").
      let k = j;
      while (tokens[k] && articles.has(tokens[k]!.lower) && k - j < 3) k++;
      if (isNamePart(tokens[k]) && !articles.has(tokens[k]!.lower)) {
        j = k;
        continue;
      }
      break;
    }
    if (isNamePart(t)) {
      named = true;
      j++;
      const h = tokens[j];
      if (h?.text === '-' && !h.spaceBefore && isNamePart(tokens[j + 1]) && !tokens[j + 1]!.spaceBefore) j++;
      else if (h?.text === '.' && t.lower === 'st') j++;
      // "Oosterveld & Bos", "Bakker en Zn."
      else if ((h?.text === '&' || h?.text === '+') && isNamePart(tokens[j + 1]) && !tokens[j + 1]!.newlineBefore) j++;
      continue;
    }
    break;
  }
  return named ? j : i;
}

/** Length in tokens of a listed organisation starting at i. */
function listedOrganisation(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first || (!first.cap && first.lower !== "'s" && first.lower !== '’s')) return 0;
  for (const entry of organisationsByFirstToken.get(first.lower) ?? []) {
    let ok = true;
    for (let k = 0; k < entry.length; k++) {
      if (tokens[i + k]?.lower !== entry[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return entry.length;
  }
  return 0;
}

/**
 * Finds named care organisations: a kind word plus its name ("Zorggroep De Linde",
 * "huisartsenpraktijk Vermeulen"), a name plus a closing kind word ("Maasstad Ziekenhuis",
 * "Erasmus MC"), and a short hand-made list of names used without a kind word ("Rijnstate").
 */
export function recognizeOrganisations(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;

    const listed = listedOrganisation(tokens, i);
    if (listed > 0) {
      // "Amstelring De Poort": a location name after the organisation belongs to it.
      let end = i + listed;
      const loc = tokens[end];
      if (loc && (loc.lower === 'de' || loc.lower === 'het') && loc.cap) end = Math.max(end, nameAfter(tokens, end));
      spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
      i = end - 1;
      continue;
    }

    const kind = organisationKinds.has(t.lower) || /(?:zorggroep|ziekenhuis|praktijk|apotheek|centrum|stichting)$/.test(t.lower) && t.cap;
    if (kind) {
      const end = nameAfter(tokens, i + 1);
      const generic = genericOrganisationKinds.has(t.lower);
      if (end > i + 1 && (!generic || t.cap || tokens[i + 1]!.cap)) {
        spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
        i = end - 1;
        continue;
      }
    }

    // Closing kind word: "Jeroen Bosch Ziekenhuis", "Meander Medisch Centrum", "Erasmus MC".
    const closing = (organisationSuffixes.has(t.lower) && (t.cap || t.allCaps)) || (t.lower === 'centrum' && tokens[i - 1]?.lower === 'medisch');
    if (closing) {
      let from = t.lower === 'centrum' ? i - 1 : i;
      let taken = 0;
      while (from > 0 && taken < 3) {
        const p = tokens[from - 1]!;
        if (!isNamePart(p) || p.allCaps || articles.has(p.lower) || tokens[from]!.newlineBefore) break;
        if (organisationKinds.has(p.lower)) break;
        if (p.sentenceStart && taken > 0) break;
        from--;
        taken++;
        if (p.sentenceStart) break;
      }
      if (taken > 0) spans.push({ type: 'ORGANISATIE', start: tokens[from]!.start, end: t.end, priority: PRIORITY.ORGANISATIE });
    }
  }
  return spans;
}
