import {
  capitalOnlyLocationKinds,
  departmentWords,
  placesByFirstToken,
  firstNames,
  genericOrganisationKinds,
  locationKinds,
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

/** Words that join the parts of a name: "Huisartsen aan de Dijk", "Gasthuis Linge en Waal", "Stichting Op Eigen Benen". */
const connectors = new Set(['aan', 'op', 'voor', 'en', 'van']);
/** Connectors that join a name only when capitalised ("Praktijk In Beweging"); lower case they lead to a place ("in Boxtel"). */
const capitalConnectors = new Set(['in', 'bij', 'onder', 'over', 'met']);

/** Index after the own name that follows a kind word: "Zorggroep [De Linde]", "Apotheek [Vermeulen]". */
function nameAfter(tokens: Token[], i: number): number {
  let j = i;
  let named = false;
  while (j < tokens.length && j - i < 8) {
    const t = tokens[j]!;
    if (j > i && t.newlineBefore) break;
    // A connector (with articles) inside the name, when a name part follows: "aan de Dijk", "Op Eigen Benen".
    if (t.kind === 'word' && (connectors.has(t.lower) ? named || t.cap || j === i : capitalConnectors.has(t.lower) && t.cap)) {
      let k = j + 1;
      while (tokens[k] && articles.has(tokens[k]!.lower) && k - j < 4) k++;
      const next = tokens[k];
      if (next && !next.newlineBefore && isNamePart(next) && !articles.has(next.lower)) {
        j = k;
        continue;
      }
      break;
    }
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

    // A kind of care location and its name: "woonvorm [De Bongerd]", "[Huize Meerwijk]", "dagcentrum [De Hoeve]".
    if (locationKinds.has(t.lower) && (t.cap || !capitalOnlyLocationKinds.has(t.lower))) {
      let from = i + 1;
      // "beschermd wonen Het Baken", "kleinschalig wonen De Eikenhof"
      if (tokens[from]?.lower === 'wonen') from++;
      const end = nameAfter(tokens, from);
      const first = tokens[from];
      // "locatie Veldhoven" is a place; "Zorgthuis Lingewaard", "Wijkzorg Noordwest" name an organisation.
      const single = !t.cap && end - from === 1 && first !== undefined && (placesByFirstToken.has(first.lower) || departmentWords.has(first.lower));
      if (end > from && first && !first.newlineBefore && !single && !(firstNames.has(first.lower) && !articles.has(first.lower))) {
        const start = t.cap ? t.start : first.start;
        spans.push({ type: 'ORGANISATIE', start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
        i = end - 1;
        continue;
      }
    }

    // "het team van De Vlinderhof", "Ilse van De Zaagstal": a capitalised article after "van" opens a location's name.
    if (t.lower === 'van' && !t.cap) {
      const art = tokens[i + 1];
      if (art && art.cap && (art.lower === 'de' || art.lower === 'het' || art.lower === "'t") && !art.newlineBefore) {
        const end = nameAfter(tokens, i + 1);
        if (end > i + 2) {
          spans.push({ type: 'ORGANISATIE', start: art.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
          i = end - 1;
          continue;
        }
      }
    }

    const kind = organisationKinds.has(t.lower) || /(?:zorggroep|ziekenhuis|praktijk|apotheek|centrum|stichting)$/.test(t.lower) && t.cap;
    // "POH-GGZ Tjitske Dijkstra": a kind word inside a role compound, then a person.
    const inCompound = tokens[i - 1]?.text === '-' && !t.spaceBefore && firstNames.has(tokens[i + 1]?.lower ?? '');
    if (kind && !inCompound) {
      const end = nameAfter(tokens, i + 1);
      const generic = genericOrganisationKinds.has(t.lower);
      if (end > i + 1 && (!generic || t.cap || tokens[i + 1]!.cap)) {
        spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
        i = end - 1;
        continue;
      }
    }

    // Closing kind word: "Jeroen Bosch Ziekenhuis", "Meander Medisch Centrum", "Erasmus MC".
    const closing =
      ((organisationSuffixes.has(t.lower) || /.(?:gasthuis|ziekenhuis)$/.test(t.lower)) && (t.cap || t.allCaps)) ||
      (t.lower === 'centrum' && tokens[i - 1]?.lower === 'medisch');
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
      // "St. Jozef Gasthuis"
      if (taken > 0 && tokens[from - 1]?.text === '.' && tokens[from - 2]?.lower === 'st' && tokens[from - 2]!.cap) from -= 2;
      if (taken > 0) spans.push({ type: 'ORGANISATIE', start: tokens[from]!.start, end: t.end, priority: PRIORITY.ORGANISATIE });
    }
  }
  return propagateOrganisations(tokens, spans);
}

/** An organisation's own name found once is that organisation everywhere in the text ("Het Baken", "Kastanjehof"). */
function propagateOrganisations(tokens: Token[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const names = new Map<string, string[]>();
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of sorted) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    let j = k;
    if (tokens[j]?.start !== s.start) continue;
    // The own name, without a leading kind word: "Zorggroep De Linde" → "De Linde".
    if (organisationKinds.has(tokens[j]!.lower) || locationKinds.has(tokens[j]!.lower)) j++;
    const own: string[] = [];
    while (j < tokens.length && tokens[j]!.end <= s.end) own.push(tokens[j++]!.text);
    if (own.length === 0 || (own.length === 1 && !/^\p{Lu}\p{Ll}{3,}/u.test(own[0]!))) continue;
    if (own.length === 1 && medicalTerms.has(own[0]!.toLowerCase())) continue;
    names.set(own.join('\u0000'), own);
  }
  const byFirst = new Map<string, string[][]>();
  for (const own of names.values()) byFirst.set(own[0]!, [...(byFirst.get(own[0]!) ?? []), own]);
  const out = [...spans];
  for (let i = 0; i < tokens.length; i++) {
    for (const own of byFirst.get(tokens[i]!.text) ?? []) {
      let ok = true;
      for (let k = 1; k < own.length; k++) if (tokens[i + k]?.text !== own[k]) ok = false;
      if (ok) out.push({ type: 'ORGANISATIE', start: tokens[i]!.start, end: tokens[i + own.length - 1]!.end, priority: PRIORITY.ORGANISATIE - 1 });
    }
  }
  return out;
}
