import {
  careAbbreviations,
  departmentWords,
  familyNames,
  firstNames,
  locationKinds,
  medicalTerms,
  nameWords,
  nonNameCaps,
  organisationKinds,
  listedPlaceAt,
  placesByFirstToken,
  titles,
} from './lexicon';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dutch';

/**
 * Care locations named without a kind word ("dagbesteding bij 't Praathuis", "orthopedie Rijnhove",
 * "Vlietstede Delft", "het St. Gerardus"): recognisable only by the context care professionals put them in.
 */

/** Endings of Dutch care-location names: "Amaliahof", "Vlietstede", "IJsselborgh", "Weidezicht", "Sinnehus", "Kompasroos". */
const locationEnding =
  '(?:hof|hove|hoven|stede|steede|borgh|gaarde|gaerde|zicht|huis|hus|huys|hûs|roos|haven|oord|rust|state|staete|heem|hiem|lust|hoeve|weide|stee|dael|burcht|veste|stins|wijck|kamp|erf)';
const locationShape = new RegExp(`\\p{L}{3,}${locationEnding}$`, 'u');
/** The ending alone as a word, after a place adjective: "Delftse Hoven", "Haagse Hof". */
const locationEndingWord = new RegExp(`^${locationEnding}$`, 'u');
/** Those endings that are also endings of place names ("Wijchen-Hoven", "Rijswijk"): need more than a preposition. */
const placeLikeShape = /(?:hoven|haven|oord|kamp)$/;

/** Services and care moments after which a capitalised name is where the care happens ("wachtlijst Weidezicht"). */
const serviceCue =
  /^(?:dagbesteding|dagopvang|dagbehandeling|dagactiviteiten|logeeropvang|logeren|logeerweekend|logeerzorg|respijtzorg|wachtlijst|opname|opgenomen|heropname|nachtdienst|avonddienst|dagdienst|wijkverpleging|thuiszorg|thuisbegeleiding|revalidatie|revalideert|grz|elv|verhuisd|verhuizing|plaatsing|geplaatst|aanmelding|aangemeld|mdo|overleg|overdracht|nachtoverdracht|dagoverdracht|teamoverleg|huishoudelijke|casemanagement|kortdurend|crisisopname|crisisbed|gekeken|bezichtigd|rondleiding)$/;
/** Specialisms, clinics and wards whose next name is the hospital ("orthopedie Rijnhove", "geheugenpoli van het St. X"). */
const specialismCue =
  /^(?:cardiologie|neurologie|orthopedie|geriatrie|urologie|chirurgie|oogheelkunde|dermatologie|gynaecologie|longziekten|longgeneeskunde|oncologie|hematologie|nefrologie|reumatologie|traumatologie|psychiatrie|interne|kno|mdl|radiologie|seh|poli|polikliniek|geheugenpoli|valpoli|spoedeisende|ziekenhuisopname)$/;
/** Words that may stand between a cue and the name: "dagbesteding bij", "nachtdienst van de", "opname in het". */
// ("'t" stays: it belongs to the name, "'t Praathuis".)
const bridge = new Set(['bij', 'van', 'in', 'op', 'naar', 'via', 'de', 'het', 'vanuit', 'aanvragen', 'aangevraagd', 'hulp']);
const articles = new Set(['de', 'het', "'t", '’t']);
/** Capitalised words that are no location: calendar words, laws and bodies ("wachtlijst Wlz"), feast days after "Sint". */
const calendar = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);
const notLocations = new Set(['wlz', 'wmo', 'zvw', 'wzd', 'wvggz', 'bopz', 'wgbo', 'jeugdwet', 'participatiewet', 'ciz', 'nicolaas', 'maarten',
  'nieuwjaar', 'beschermd', 'begeleid', 'kleinschalig', 'zelfstandig', 'intramuraal', 'extramuraal']);
/** A street, not an institution: "St. Janstraat 4". */
const streetShape = /(?:straat|weg|laan|plein|singel|gracht|kade|steeg|pad|dreef|markt)$/;

/** Specialisms and kinds of care ("Trauma", "Ouderen", "Stemming", "Psychiatrie"). */
const careKind =
  /(?:stoornissen|stoornis|problematiek|zorg|psychiatrie|psychose|geneeskunde|kunde|ziekten|therapie|revalidatie|verslaving|diagnostiek|behandeling|dementie|autisme|angst|stemming|depressie|trauma|adhd|persoonlijkheid|verpleging|begeleiding|ouderen|volwassenen|jeugd|kinderen|jongeren|logie|gie|delier|dienst|ploeg|team|overdracht)$/;
/** Adjectives that open a kind of care ("Transculturele", "Acute", "Kortdurend"). */
const careAdjective = /(?:ische|ele|ale|ieve|ende|ige|end|ante|ente|acute|algemene)$/;

function placeAt(tokens: Token[], i: number): number {
  return listedPlaceAt(tokens, i, { sameLine: true })?.tokens.length ?? 0;
}

/** "Sint Michielsgestel", "St. Oedenrode": a listed "Sint-" place written without its hyphen. */
function saintPlace(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
  return (placesByFirstToken.get('sint') ?? []).some((e) => e.tokens.filter((x) => x !== '-')[1] === next?.lower);
}

/** A capitalised word that could be (part of) a location's own name. */
function isOwnNameWord(t: Token | undefined): t is Token {
  // "C4", "B3": a ward's letter and number, no name.
  if (!t || t.kind !== 'word' || !t.cap || t.text.length < 2) return false;
  if (t.allCaps) return t.text.length >= 3 && !careAbbreviations.has(t.text);
  return !nonNameCaps.has(t.lower) && !medicalTerms.has(t.lower) && !departmentWords.has(t.lower) && !calendar.has(t.lower) &&
    !notLocations.has(t.lower) && !organisationKinds.has(t.lower) && !locationKinds.has(t.lower);
}

interface Candidate {
  start: number;
  end: number;
  /** Opened by an article: "De Rozenhorst", "'t Praathuis". */
  article: boolean;
  /** The last word has the shape of a location name. */
  shaped: boolean;
  /** A single word that is a person's name too. */
  personLike: boolean;
}

/** The own name starting at i: an optional article, then up to three capitalised words on one line. */
function candidateAt(tokens: Token[], i: number): Candidate | null {
  let j = i;
  const article = articles.has(tokens[j]?.lower ?? '') && (tokens[j]!.cap || /^['’]t$/.test(tokens[j]!.lower));
  if (article) j++;
  const from = j;
  while (j - from < 3 && isOwnNameWord(tokens[j]) && (j === i || !tokens[j]!.newlineBefore) && (j === from || placeAt(tokens, j) === 0)) j++;
  if (j === from) return null;
  // A word alone that is a person's first name is a person ("bij Gerda"); a listed place is a place.
  if (placeAt(tokens, from) >= j - from) return null;
  const last = tokens[j - 1]!;
  const single = j - from === 1 ? tokens[from]! : undefined;
  const personLike = single !== undefined && (firstNames.has(single.lower) || familyNames.has(single.lower) || nameWords.has(single.lower));
  // "van Annelies Boer": a first name opening the name is a person.
  const opening = tokens[from]!;
  if (firstNames.has(opening.lower) && !familyNames.has(opening.lower) && !articles.has(opening.lower)) return null;
  // "poli Stemming & Angst", "poli Transculturele Psychiatrie": a specialism or kind of care, not a location.
  if (!locationShape.test(last.lower) && tokens.slice(from, j).some((w) => !w.allCaps && (careKind.test(w.lower) || careAdjective.test(w.lower)))) return null;
  return { start: i, end: j, article, shaped: !last.allCaps && locationShape.test(last.lower) && !familyNames.has(last.lower), personLike };
}

/** Where the care-location name after a cue at c starts: past bridge words ("bij", "van de"), on the cue's line. */
function afterCue(tokens: Token[], c: number): number {
  let j = c + 1;
  if (tokens[j]?.text === ':') j++;
  while (j - c < 4 && tokens[j] && !tokens[j]!.newlineBefore && tokens[j]!.kind === 'word' && !tokens[j]!.cap && bridge.has(tokens[j]!.lower)) j++;
  return j;
}

/** A listed place right after the name, in brackets or after "in": "Vlietstede Delft", "Amaliahof (Lopik)", "X in Sneek". */
function placeFollows(tokens: Token[], end: number): boolean {
  const t = tokens[end];
  if (!t || t.newlineBefore) return false;
  if (t.cap && placeAt(tokens, end) > 0) return true;
  if ((t.text === '(' || (t.lower === 'in' && !t.cap)) && placeAt(tokens, end + 1) > 0) return true;
  return false;
}

export function recognizeCareLocations(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  const push = (from: number, end: number, priority: number = PRIORITY.ORGANISATIE) =>
    spans.push({ type: 'ORGANISATIE', start: tokens[from]!.start, end: tokens[end - 1]!.end, priority });

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;

    // Saints name hospitals and homes: "het St. Gerardus", "Sint Lucas"; not a street ("St. Janstraat 4") or a place.
    if ((t.text === 'St' || t.text === 'Sint') && placeAt(tokens, i) === 0 && !saintPlace(tokens, i)) {
      const j = tokens[i + 1]?.text === '.' && t.text === 'St' ? i + 2 : i + 1;
      const saint = tokens[j];
      if (saint && saint.kind === 'word' && saint.cap && !saint.allCaps && !saint.newlineBefore && !(t.text === 'Sint' && tokens[i + 1]?.text === '-') &&
          !streetShape.test(saint.lower) && !notLocations.has(saint.lower) && tokens[j + 1]?.kind !== 'number') {
        let end = j + 1;
        while (end - j < 2 && isOwnNameWord(tokens[end]) && !tokens[end]!.newlineBefore && placeAt(tokens, end) === 0 && !firstNames.has(tokens[end]!.lower)) end++;
        push(i, end);
        i = end - 1;
        continue;
      }
    }

    // A service or specialism, then the location: "dagbesteding bij 't Praathuis", "wachtlijst Weidezicht", "orthopedie Rijnhove".
    const service = serviceCue.test(t.lower);
    const specialism = specialismCue.test(t.lower);
    if (service || specialism) {
      const j = afterCue(tokens, i);
      // "poli cardiologie St. Gerardus": the saint's name is taken on its own.
      if (/^(?:St|Sint|ST)$/.test(tokens[j]?.text ?? '')) continue;
      // Capitals right after a cue are a test or a score ("opname CAM positief"); after "van", "bij" an organisation ("van THGH").
      // ("opgenomen op de CCU": a ward.)
      const code = tokens[j]?.allCaps === true && !/^(?:van|bij|via|door|met)$/.test(tokens[j - 1]?.lower ?? '');
      const c = tokens[j] && !tokens[j]!.newlineBefore && !code ? candidateAt(tokens, j) : null;
      if (c && (c.shaped || c.article || !c.personLike) && !(c.article && familyNames.has(tokens[j + 1]!.lower))) {
        push(c.start, c.end);
        i = c.end - 1;
        continue;
      }
      // Further along its line, past a frequency or a date ("logeren: 1 weekend per 6 weken De Rozenhorst", "2x/wk Amaliahof"):
      // only a location-shaped or article-led name.
      if (service) {
        for (let k = j; k < tokens.length && k - i < 10 && !tokens[k]!.newlineBefore; k++) {
          const w = tokens[k]!;
          if (w.kind === 'word' && w.cap) {
            const far = candidateAt(tokens, k);
            if (far && (far.shaped || (far.article && tokens[k]!.cap && !familyNames.has(tokens[k + 1]!.lower)))) {
              push(far.start, far.end, PRIORITY.ORGANISATIE - 2);
              i = far.end - 1;
            }
            break;
          }
          if (w.kind === 'word' && !/^(?:x|per|keer|week|weken|wk|weekend|weekenden|maand|dag|dagen|ma|di|wo|do|vr|za|zo|en|of|op|bij|in|naar|ook|nog|wel|elke|iedere|om|de|het)$/.test(w.lower)) break;
        }
      }
      continue;
    }

    // A location-shaped name before a place ("Vlietstede Delft", "De Dijkhof Alblasserdam", "Nij Sinnehus in Sneek",
    // "2. Amaliahof (Lopik)"), or after a place adjective ("Delftse Hoven").
    if (t.cap && !t.allCaps) {
      const head = tokens[i + 1];
      const demonym = /^\p{Lu}\p{Ll}+se$/u.test(t.text) && head !== undefined && head.cap && !head.newlineBefore &&
        (locationShape.test(head.lower) || locationEndingWord.test(head.lower));
      if (demonym) {
        push(i, i + 2, PRIORITY.ORGANISATIE - 2);
        i++;
        continue;
      }
      const c = candidateAt(tokens, i);
      if (!c) continue;
      const named = tokens[i - 1]?.kind === 'initials' || titles.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text === '.' && titles.has(tokens[i - 2]?.lower ?? ''));
      const shapedOrArticle = c.shaped || (c.article && !familyNames.has(tokens[i + 1]!.lower) && !c.personLike && !named);
      // (After a place adjective even a surname-like ending names the location: "Delftse Hoven".)
      if (shapedOrArticle && placeFollows(tokens, c.end) && !(c.article && !c.shaped && t.sentenceStart)) {
        push(c.start, c.end, PRIORITY.ORGANISATIE - 2);
        i = c.end - 1;
        continue;
      }
      // Mid-sentence after "bij", "naar", "van" or "met": a location-shaped name that is no person ("bij Zonnegaarde").
      const prev = tokens[i - 1];
      if (c.shaped && !c.personLike && !placeLikeShape.test(tokens[c.end - 1]!.lower) && prev && prev.kind === 'word' && !prev.cap &&
          /^(?:bij|naar|van|via|op|in|uit|vanuit)$/.test(prev.lower)) {
        push(c.start, c.end, PRIORITY.ORGANISATIE - 2);
        i = c.end - 1;
      }
    }
  }
  return spans;
}
