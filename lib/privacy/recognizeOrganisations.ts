import {
  businessKindSuffix,
  careAbbreviations,
  businessKinds,
  capitalOnlyLocationKinds,
  familyNames,
  departmentWords,
  denominations,
  departmentAdjective,
  listedPlaceAt,
  placesByFirstToken,
  firstNames,
  genericOrganisationKinds,
  locationKinds,
  medicalTerms,
  nonNameCaps,
  organisationKinds,
  organisationSuffixes,
  organisationsByFirstToken,
  roles,
  specialismWord,
  titles,
  weakRoles,
} from './lexicon';
import { recognizeCareLocations } from './recognizeCareLocations';
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
    // "POH-GGZ Huisartsenpraktijk Geitenkamp": another kind word is no own name; it opens its own organisation.
    if (j === i && t.kind === 'word' && (organisationKinds.has(t.lower) || locationKinds.has(t.lower))) break;
    // The name stands on its kind word's line: "ontslag ziekenhuis⏎⏎Goedemorgen" is no name.
    if (t.newlineBefore && (j > i || (i > 0 && tokens[i - 1]!.kind === 'word'))) break;
    // "Zorgcentrum Myosotis Kampen": a listed place after the own name, closing it, is where the location is.
    // ("Gezondheidscentrum Nieuw Den Helder": after an adjective the place is the name.)
    // ("Gezondheidscentrum Nieuw Den Helder", "Casemanagement Dementie Zwolle", "Uitvaartzorg Oldenzaal-Hengelo": after an
    // adjective, a specialism or a hyphen the place is the name.)
    if (named && t.cap && tokens[j - 1]!.text !== '-' && !/^(?:ter|ten|van|de|den|der|het|'t|&|en|\+)$/.test(tokens[j - 1]!.lower) && !nonNameCaps.has(tokens[j - 1]!.lower) && !departmentWords.has(tokens[j - 1]!.lower) &&
        !onlySpecialism(tokens, i, j) && closingPlaceLength(tokens, j) > 0) break;
    // A connector (with articles) inside the name, when a name part follows: "aan de Dijk", "Op Eigen Benen".
    if (t.kind === 'word' && (connectors.has(t.lower) ? named || t.cap || j === i : capitalConnectors.has(t.lower) && t.cap)) {
      let k = j + 1;
      while (tokens[k] && articles.has(tokens[k]!.lower) && k - j < 4) k++;
      const next = tokens[k];
      // "Peuterspeelzaal Het Duikelaartje voor Amara": a first name after a lower-case connector is a person.
      if (!t.cap && k === j + 1 && next && firstNames.has(next.lower) && !familyNames.has(next.lower)) break;
      // "Lunchroom De Kaasschaaf aan de Noordkade 12": a street with its number is the address, not the name.
      const street = tokens[k + 1]?.kind === 'number' && !tokens[k + 1]!.newlineBefore;
      if (next && !next.newlineBefore && isNamePart(next) && !articles.has(next.lower) && !street) {
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
    // "Woonstichting De Sleutels Fatma": a first name after the name (not after an article or "Sint") is a person.
    if (named && t.cap && !t.allCaps && firstNames.has(t.lower) && !articles.has(tokens[j - 1]!.lower) &&
        !/^(?:\.|&|\+|heilige|onze|lieve|sint|-)$/.test(tokens[j - 1]!.lower)) break;
    // "Bloembollenbedrijf P. Kaagman & Zn.", "Aannemersbedrijf Gebr. Thijssen": an initial or "Gebr." before the family name.
    const firmKind = i > 0 && (businessKinds.has(tokens[i - 1]!.lower) || businessKindSuffix.test(tokens[i - 1]!.lower));
    if (firmKind && (t.kind === 'initials' || ((t.lower === 'gebr' || t.lower === 'fa') && tokens[j + 1]?.text === '.')) && isNamePart(tokens[j + (t.kind === 'initials' ? 1 : 2)])) {
      j += t.kind === 'initials' ? 1 : 2;
      continue;
    }
    // "Huisartsenpraktijk 's-Heer Arendskerke": a place name opened by 's-.
    if ((t.text === "'s" || t.text === '’s') && tokens[j + 1]?.text === '-' && isNamePart(tokens[j + 2]) && !tokens[j + 1]!.spaceBefore) {
      j += 2;
      continue;
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

/** The names joined by "en" or "&" in from..end ("Dekker-Lim en Van Hulst"), as offsets. */
function namesBetweenJoins(tokens: Token[], from: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let first = from;
  for (let k = from; k <= end; k++) {
    if (k === end || tokens[k]!.lower === 'en' || tokens[k]!.text === '&') {
      if (k > first) out.push({ start: tokens[first]!.start, end: tokens[k - 1]!.end });
      first = k + 1;
    }
  }
  return out;
}

/** Adjectives and generic words that open a kind of care, not an organisation's name ("Ambulante GGZ", "Basis GGZ"). */
const genericCareAdjective = /(?:e|isch|basis|ggz|jeugd|ouderen|volwassenen|kinder|lijns|dienst)$/;
/** Words ending in -e that are names, not adjectives ("Amstelhoeve", "Maaslande"): a compound ending in a place-like word. */
const nameLikeEnding = /(?:hoeve|lande|weide|stede|borne|zijde|wijde|heide|rode)$/;

/** Kinds of document that head a letter ("Verwijsbrief GGZ", "Overdracht Psychiatrie"). */
const documentNoun = /(?:brief|verslag|overleg|rapportage|notitie|bericht|verwijzing|aanmelding|overdracht|consult|samenvatting|plan|advies|intake)$/;

/** A proper name right before a closing kind word: "Maasoever GGZ", "Amstelhoeve GGZ", "Kennemerzand Psychiatrie". */
function properNameBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  const t = tokens[i]!;
  if (!isNamePart(p) || p.allCaps || t.newlineBefore || articles.has(p.lower) || organisationKinds.has(p.lower)) return false;
  if (genericCareAdjective.test(p.lower) && !nameLikeEnding.test(p.lower)) return false;
  if (departmentWords.has(p.lower) || nonNameCaps.has(p.lower) || firstNames.has(p.lower)) return false;
  // At a sentence start only as a heading or signature line of its own ("Maasoever GGZ | …", "Maasoever GGZ⏎"), and
  // not a document's title ("Verwijsbrief GGZ – basis GGZ").
  if (p.sentenceStart) {
    if (documentNoun.test(p.lower)) return false;
    const next = tokens[i + 1];
    return p.newlineBefore || i - 1 === 0 ? next === undefined || next.newlineBefore || (/^[|,–-]$/.test(next.text) && next.spaceBefore !== (next.text === ',')) : false;
  }
  return true;
}


/** The own name from..end is only adjectives and specialisms: "Acute Psychiatrie", "Langdurige Zorg", "Eetstoornissen". */
function onlySpecialism(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return false;
    if (w.lower === 'en' || w.lower === '&') continue;
    if (departmentWords.has(w.lower) || specialismWord.test(w.lower)) continue;
    if (departmentAdjective.test(w.lower) || /^(?:volwassenen|ouderen|jeugd|kinderen|jongeren)$/.test(w.lower)) continue;
    return false;
  }
  return true;
}

/** Where a listed place closing from..end starts ("Centrum Eetstoornissen [Alkmaar]"), or end when there is none. */
function closingPlaceStart(tokens: Token[], from: number, end: number): number {
  for (let j = from; j < end; j++) if (closingPlaceLength(tokens, j) === end - j) return j;
  return end;
}

/** Length of a listed place at j that closes a name: nothing capitalised follows it on its line. */
function closingPlaceLength(tokens: Token[], j: number): number {
  const entry = listedPlaceAt(tokens, j, { sameLine: true });
  if (!entry) return 0;
  const after = tokens[j + entry.tokens.length];
  return after && !after.newlineBefore && after.kind === 'word' && after.cap ? 0 : entry.tokens.length;
}

/** Lower-case words before a capitalised article that make it a location's name ("naar De Zaagbank"). */
const locationCues = new Set(['naar', 'bij', 'in', 'op', 'van', 'via', 'uit', 'binnen', 'vanuit', 'met', 'aan', 'richting', 'tot']);

/** Words that close a firm's name ("Van Asten Distributie", "Bakker Installatietechniek", "Jansen BV"). */
const businessSuffixes = new Set(['distributie', 'transport', 'transporten', 'logistiek', 'bouw', 'installatie', 'installaties', 'installatietechniek',
  'techniek', 'schoonmaak', 'schoonmaakdiensten', 'schilderwerken', 'bv', 'b.v', 'vof', 'holding', 'makelaardij', 'advocaten', 'notarissen', 'accountants',
  'logistics', 'services', 'solutions', 'group', 'college', 'lyceum', 'gymnasium', 'bewind', 'budget', 'moskee', 'kerk']);

/** Denominations that open a congregation's name ("Hervormde Gemeente Zelhem"). */
/** Prefixes of a one-word hospital that name its kind, not itself ("Streekziekenhuis", "Kinderziekenhuis"). */
const genericHospital = /^(?:streek|algemeen|academisch|kinder|dag|st|sint|het|categoraal|perifeer|regio|stads|psychiatrisch|revalidatie|universitair)$/;

/** Words for a group, team or ward inside a location; a capitalised article after one opens its own name. */
const groupWords = new Set(['team', 'groep', 'woongroep', 'afdeling', 'unit', 'huiskamer', 'paviljoen', 'vleugel', 'woning', 'leefgroep', 'units']);

/** A listed place starts at token i ("De Bilt", "Den Haag"). */
function placeStartsAt(tokens: Token[], i: number): boolean {
  return listedPlaceAt(tokens, i) !== undefined;
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
  const departments: Span[] = [];
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
      // "HIC De Zuiderhaven", "HIC Heiloo": an abbreviated kind is a description, like a lower-case one.
      const descriptive = !t.cap || t.allCaps;
      const single = descriptive && end - from === 1 && first !== undefined && (placesByFirstToken.has(first.lower) || departmentWords.has(first.lower));
      // "Huisartsen Dekker-Lim en Van Hulst": doctors' names joined by "en" after a plural of their role are persons.
      const doctors = t.lower === 'huisartsen' && !articles.has(first?.lower ?? '') &&
        tokens.slice(from, end).some((w) => w.lower === 'en' || w.text === '&');
      if (doctors) {
        for (const doctor of namesBetweenJoins(tokens, from, end)) spans.push({ type: 'PERSOON', ...doctor, priority: PRIORITY.PERSOON_STRONG });
        i = end - 1;
        continue;
      }
      if (end > from && first && !first.newlineBefore && !single && !(firstNames.has(first.lower) && !articles.has(first.lower))) {
        // "nachtopvang van De Nachtwacht": a description's connector is not part of the name ("opvang voor Oekraïense
        // ontheemden": without an article after it, it names no one).
        const own = tokens.slice(from, end).find((w) => w.cap || articles.has(w.lower)) ?? first;
        const start = descriptive ? own.start : t.start;
        if (descriptive && connectors.has(first.lower) && !first.cap && !(own.cap && articles.has(own.lower))) continue;
        spans.push({ type: 'ORGANISATIE', start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
        i = end - 1;
        continue;
      }
    }

    // "team Zeebries", "groep Kompasroos": a group word and a name of its own, not a place, compass word or person.
    if (!t.cap && (groupWords.has(t.lower) || (/.team$/.test(t.lower) && t.lower.length > 6)) && t.lower !== 'woning') {
      const own = tokens[i + 1];
      const after = tokens[i + 2];
      if (own && own.kind === 'word' && own.cap && !own.allCaps && !own.newlineBefore && own.text.length > 3 && !placeStartsAt(tokens, i + 1) &&
          !departmentWords.has(own.lower) && !nonNameCaps.has(own.lower) && !firstNames.has(own.lower) && !familyNames.has(own.lower) &&
          !medicalTerms.has(own.lower) && !articles.has(own.lower) && !specialismWord.test(own.lower) && !(after?.text === '-' && !after.spaceBefore) &&
          !(after?.kind === 'word' && after.cap && !after.newlineBefore) && !(after?.text === '&' || after?.lower === 'en')) {
        spans.push({ type: 'ORGANISATIE', start: own.start, end: own.end, priority: PRIORITY.ORGANISATIE - 2 });
        i++;
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

    // "Medisch Spectrum Driene", "Audiologisch Centrum Noord": an adjective opens the name of the kind word after it.
    if (t.cap && /isch$/.test(t.lower) && !t.allCaps) {
      const head = tokens[i + 1];
      if (head && head.cap && !head.newlineBefore && /^(?:centrum|spectrum|ziekenhuis|instituut|lyceum|college)$/.test(head.lower)) {
        const end = nameAfter(tokens, i + 2);
        if (end > i + 2 || head.lower !== 'centrum') {
          spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[Math.max(end, i + 2) - 1]!.end, priority: PRIORITY.ORGANISATIE });
          i = Math.max(end, i + 2) - 1;
          continue;
        }
      }
    }

    // Outside care: "Bakkerij Wolters", "Basisschool De Regenboog", "Hoveniersbedrijf Groen & Zo", "ROC Veenland".
    // "2315 HC Leiden" is a postcode, not a hockey club.
    if (t.cap && (businessKinds.has(t.lower) || (businessKindSuffix.test(t.lower) && !t.allCaps && t.lower.length > 7)) && !(tokens[i - 1]?.kind === 'number' && !t.newlineBefore)) {
      const first = tokens[i + 1];
      const end = nameAfter(tokens, i + 1);
      // "Vakgroep Klinische Geriatrie": a group named by its specialism is a department.
      // "Thuishulp Marieke": a first name after a kind of help is the helper.
      const helper = firstNames.has(first?.lower ?? '') && !familyNames.has(first?.lower ?? '') && end === i + 2;
      // "HAP Groningen": an abbreviated kind before only a place is a service of that place (guide: the place alone).
      const placeOnly = t.text === 'HAP' && closingPlaceStart(tokens, i + 1, end) === i + 1;
      if (end > i + 1 && first && !first.newlineBefore && first.cap && !onlySpecialism(tokens, i + 1, end) && !helper && !placeOnly) {
        spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE });
        i = end - 1;
        continue;
      }
    }

    // "Hervormde Gemeente Zelhem", "Protestantse Kerk De Ark": a denomination and a congregation with its own name.
    if (t.cap && denominations.has(t.lower) && /^(?:gemeente|kerk|parochie|gemeenschap|kerkgemeenschap)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.cap && !tokens[i + 1]!.newlineBefore) {
      const end = nameAfter(tokens, i + 2);
      if (end > i + 2) {
        spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE + 1 });
        i = end - 1;
        continue;
      }
    }

    // "Hof van Delfgauw", "Huis ter Gouwe", "Huis aan de Vaart": a care home named as a court or house of somewhere.
    if ((t.text === 'Hof' || t.text === 'Huis' || t.text === 'Landgoed' || t.text === 'Kasteel') && !t.newlineBefore && !placeStartsAt(tokens, i)) {
      const link = tokens[i + 1];
      let k = i + 2;
      if (link && !link.newlineBefore && /^(?:van|ter|ten|te|aan|op|in)$/.test(link.text)) {
        while (tokens[k] && /^(?:de|het|den|'t)$/.test(tokens[k]!.text) && k - i < 4) k++;
        const head = tokens[k];
        if (head && head.kind === 'word' && head.cap && !head.allCaps && !head.newlineBefore && !nonNameCaps.has(head.lower) && !firstNames.has(head.lower)) {
          spans.push({ type: 'ORGANISATIE', start: t.start, end: head.end, priority: PRIORITY.ORGANISATIE + 1 });
          i = k;
          continue;
        }
      }
    }

    // "IJgasthuis", "Maasziekenhuis": a hospital whose name and kind word are one word.
    // "Eben-Haëzerkerk": a church likewise. "Zeeuws Kustziekenhuis": with the adjective before it.
    // ("Nijkerk", "Ouderkerk": places end in -kerk too.)
    const oneWord = /^(\p{Lu}[\p{L}]+?)(?:gasthuis|ziekenhuis)$/u.exec(t.text) ?? (tokens[i - 1]?.text === '-' && !t.spaceBefore || placeStartsAt(tokens, i) ? null : /^(\p{Lu}[\p{L}]{2,}?)kerk$/u.exec(t.text));
    const churchHead = tokens[i - 2]?.cap && tokens[i - 1]?.text === '-' && !tokens[i - 1]!.spaceBefore && /kerk$/.test(t.lower);
    if ((oneWord && !genericHospital.test(oneWord[1]!.toLowerCase()) && !/^(?:grote|oude|nieuwe|hoofd|dorps|stads|st|sint)$/i.test(oneWord[1]!)) || churchHead) {
      const before = tokens[i - 1];
      const adjective = before && before.kind === 'word' && before.cap && !before.allCaps && !before.sentenceStart && !before.newlineBefore && !t.newlineBefore && /s$/.test(before.lower);
      const from = churchHead ? tokens[i - 2]! : adjective ? before : t;
      spans.push({ type: 'ORGANISATIE', start: from.start, end: t.end, priority: PRIORITY.ORGANISATIE });
      continue;
    }

    // A capitalised article mid-sentence opens a location's own name: "naar De Zaagbank", "Van: Het Klavertje naar
    // De Lindehof", "(Ilse Hoogland, De Akkerwinde)". Not a surname ("De Vries"), a place ("in De Bilt") or a ward ("afd. De Es").
    // A clitic "'t" is lower case, yet opens a name too ("naar 't Anker", "afd. 't Hofke"); not in a surname ("van 't Hof").
    const clitic = (t.lower === "'t" || t.lower === '’t') && tokens[i - 1]?.lower !== 'van';
    if (((t.cap && (t.lower === 'de' || t.lower === 'het')) || clitic) && !t.newlineBefore) {
      const prev = tokens[i - 1];
      const head = tokens[i + 1];
      // Also after a dash in the middle of a line: "14.00 uur – De Klimop, PG 2".
      const dash = (prev?.text === '–' || prev?.text === '-') && prev.spaceBefore && !prev.newlineBefore && t.spaceBefore;
      // "Ria Hemmink, EVV De IJsselhof": after a care role the article opens where that role works.
      const role = prev !== undefined && prev.allCaps && careAbbreviations.has(prev.text) && !prev.sentenceStart;
      // "team De Horizon", "afd. De Linde", "groep Het Zuiderlicht": a group or ward with a name of its own (guide, round 5).
      const group = prev !== undefined && ((prev.kind === 'word' && !prev.cap && groupWords.has(prev.lower)) || (prev.text === '.' && tokens[i - 2]?.lower === 'afd') ||
        // "op de groep (De Vlinderhof)", "Afdeling: De Linde"
        ((prev.text === '(' || prev.text === ':') && groupWords.has(tokens[i - 2]?.lower ?? '')));
      // "ambulant begeleider De Overbrugging": after a role the article opens where that person works (a surname is excluded below).
      const afterRole = prev !== undefined && prev.kind === 'word' && !prev.cap && roles.has(prev.lower) && !weakRoles.has(prev.lower);
      const cue = prev !== undefined && ((prev.kind === 'word' && !prev.cap && locationCues.has(prev.lower)) || prev.text === ',' || prev.text === ':' || dash || role || group || afterRole);
      // "in De Werkplaats": a generic kind word is a description, not a name.
      const generic = locationKinds.has(head?.lower ?? '') || organisationKinds.has(head?.lower ?? '');
      if (cue && !generic && head && head.cap && !head.newlineBefore && (group || !placeStartsAt(tokens, i)) && !(t.lower === 'de' && (familyNames.has(head.lower) || firstNames.has(head.lower)) && !group && !/^(?:in|uit|vanuit)$/.test(prev!.lower))) {
        const end = nameAfter(tokens, i);
        if (end > i + 1) {
          spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE - 2 });
          i = end - 1;
          continue;
        }
      }
    }

    const kind = organisationKinds.has(t.lower) || /(?:zorggroep|ziekenhuis|praktijk|apotheek|centrum|stichting)$/.test(t.lower) && t.cap;
    // "POH-GGZ Tjitske Dijkstra": a kind word inside a role compound, then a person.
    const inCompound = tokens[i - 1]?.text === '-' && !t.spaceBefore && firstNames.has(tokens[i + 1]?.lower ?? '');
    // "VS GGZ Chantal Meijer": a first and a family name after the kind word are a person, not its name.
    const person = firstNames.has(tokens[i + 1]?.lower ?? '') && !familyNames.has(tokens[i + 1]?.lower ?? '') && familyNames.has(tokens[i + 2]?.lower ?? '');
    if (kind && !inCompound && !person) {
      const end = nameAfter(tokens, i + 1);
      const generic = genericOrganisationKinds.has(t.lower);
      if (end > i + 1 && (!generic || t.cap || tokens[i + 1]!.cap)) {
        // "Kliniek Acute Psychiatrie", "Centrum Eetstoornissen": a kind word named by its specialism is a department.
        const span: Span = { type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE };
        // ("Centrum Eetstoornissen Alkmaar": the department of a place.)
        const placeAtEnd = closingPlaceStart(tokens, i + 2, end);
        if (onlySpecialism(tokens, i + 1, placeAtEnd)) departments.push(span);
        else spans.push(span);
        i = end - 1;
        continue;
      }
    }

    // "Zorg op Texel", "Thuiszorg aan de Vecht", "Wonen bij Ons": a capitalised kind of care mid-sentence joined to its name.
    if (t.cap && !t.sentenceStart && /^(?:zorg|thuiszorg|wonen|welzijn|zorgen)$/.test(t.lower)) {
      const link = tokens[i + 1];
      if (link && !link.newlineBefore && link.kind === 'word' && !link.cap && /^(?:op|aan|in|bij|om|voor)$/.test(link.lower)) {
        let k = i + 2;
        while (tokens[k] && articles.has(tokens[k]!.lower) && !tokens[k]!.cap && k - i < 5) k++;
        const end = nameAfter(tokens, k);
        const head = tokens[k];
        if (end > k && head && head.cap && !head.newlineBefore && !titles.has(head.lower) && !firstNames.has(head.lower) && tokens[end]?.kind !== 'number') {
          spans.push({ type: 'ORGANISATIE', start: t.start, end: tokens[end - 1]!.end, priority: PRIORITY.ORGANISATIE + 1 });
          i = end - 1;
          continue;
        }
      }
    }

    // Closing kind word: "Jeroen Bosch Ziekenhuis", "Meander Medisch Centrum", "Erasmus MC", "Van Asten Distributie".
    const closing =
      ((organisationSuffixes.has(t.lower) || (businessSuffixes.has(t.lower) && !t.sentenceStart) || /.(?:gasthuis|ziekenhuis)$/.test(t.lower)) && (t.cap || t.allCaps)) ||
      (t.lower === 'centrum' && tokens[i - 1]?.lower === 'medisch') ||
      // "Hofzorg Thuis", "Vecht Zorg Thuis": care at home closes the name of a care compound.
      (t.text === 'Thuis' && !t.newlineBefore && /^(?:\p{Lu}\p{L}+zorg|Zorg|Hulp|Begeleiding)$/u.test(tokens[i - 1]?.text ?? '') &&
        (tokens[i - 1]!.text.length > 4 || isNamePart(tokens[i - 2]))) ||
      // "Domstad GGZ", not "Specialistische GGZ" or "Basis GGZ".
      // "Maasoever GGZ", "Kennemerzand Psychiatrie" (also heading a letter); not "Specialistische GGZ", "Acute Psychiatrie".
      ((t.text === 'GGZ' || t.text === 'Psychiatrie') && properNameBefore(tokens, i));
    if (closing) {
      let from = t.lower === 'centrum' ? i - 1 : i;
      let taken = 0;
      while (from > 0 && taken < 3) {
        const p = tokens[from - 1]!;
        // "Kuijpers Bewind & Budget": a name joined by "&" before the closing word.
        if (p.text === '&' && isNamePart(tokens[from - 2]) && !tokens[from - 2]!.allCaps && !tokens[from]!.newlineBefore) {
          from -= 2;
          taken++;
          continue;
        }
        if (!isNamePart(p) || p.allCaps || articles.has(p.lower) || tokens[from]!.newlineBefore) break;
        if (organisationKinds.has(p.lower)) break;
        if (p.sentenceStart && taken > 0) break;
        from--;
        taken++;
        if (p.sentenceStart) break;
      }
      // "Van Asten Distributie": a capitalised particle opens a surname that names a firm.
      if (taken > 0 && /^(?:Van|De|Den|Ter|Ten)$/.test(tokens[from - 1]?.text ?? '') && !tokens[from]!.newlineBefore && !tokens[from - 1]!.sentenceStart) from--;
      // "St. Jozef Gasthuis", "Sint Bonifatius Gasthuis"
      if (taken > 0 && tokens[from - 1]?.text === '.' && tokens[from - 2]?.lower === 'st' && tokens[from - 2]!.cap) from -= 2;
      else if (taken > 0 && tokens[from - 1]?.text === 'Sint' && !tokens[from]!.newlineBefore) from -= 1;
      // "Langdurige Ouderenzorg", "Acute Wijkzorg": a closing care word after adjectives alone names a kind of care.
      // ("Hofzorg Thuis": a "-zorg" compound before "Thuis" is the brand, though alone it reads as a kind of care.)
      if (taken > 0 && (t.text === 'Thuis' || !(onlySpecialism(tokens, from, i) && !organisationSuffixes.has(tokens[from]!.lower)))) {
        spans.push({ type: 'ORGANISATIE', start: tokens[from]!.start, end: t.end, priority: PRIORITY.ORGANISATIE });
      }
    }
  }
  const found = [...spans, ...departmentsAlone(tokens, departments, spans), ...recognizeCareLocations(tokens)];
  return propagateOrganisations(tokens, [...found, ...bracketedAbbreviations(tokens, found)]);
}

/** "Ziekenhuis Hollandse IJssel (ZHIJ)": capitals in brackets after a name, opening with its initial, abbreviate it. */
function bracketedAbbreviations(tokens: Token[], organisations: Span[]): Span[] {
  const ends = new Map(organisations.map((o) => [o.end, o]));
  const out: Span[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const open = tokens[i]!;
    const code = tokens[i + 1]!;
    if (open.text !== '(' || tokens[i + 2]!.text !== ')' || code.kind !== 'word' || !code.allCaps || code.text.length < 2 || code.text.length > 6) continue;
    const before = tokens[i - 1]!;
    const organisation = ends.get(before.end);
    if (!organisation || careAbbreviations.has(code.text)) continue;
    const initials: string[] = [];
    for (let k = i - 1; k >= 0 && tokens[k]!.start >= organisation.start; k--) if (tokens[k]!.kind === 'word') initials.push(tokens[k]!.text[0]!.toUpperCase());
    if (!initials.includes(code.text[0]!)) continue;
    out.push({ type: 'ORGANISATIE', start: code.start, end: code.end, priority: PRIORITY.ORGANISATIE });
  }
  return out;
}

/**
 * Department-like names ("Kliniek Acute Psychiatrie") that stand alone. On the line of a named organisation or the line
 * after it ("Amstelhoeve GGZ⏎Kliniek Acute Psychiatrie", "Kennemerzand Psychiatrie – Centrum Eetstoornissen") such a
 * name is a part of that organisation; alone ("tandarts Centrum Bijzondere Tandheelkunde Oost") it is the organisation.
 */
function departmentsAlone(tokens: Token[], departments: Span[], organisations: Span[]): Span[] {
  if (departments.length === 0) return [];
  // Offsets where lines start; a span's line is found by binary search, so this stays cheap on long texts.
  const lineStarts = tokens.filter((t) => t.newlineBefore).map((t) => t.start);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const organisationLines = new Set(organisations.map((o) => lineOf(o.start)));
  // A line that is the organisation's name alone: a letterhead or signature ("Amstelhoeve GGZ⏎").
  const startsLine = new Set(tokens.filter((t, k) => k === 0 || t.newlineBefore).map((t) => t.start));
  const endsLine = new Set(tokens.filter((t, k) => tokens[k + 1] === undefined || tokens[k + 1]!.newlineBefore).map((t) => t.end));
  const headingLines = new Set(organisations.filter((o) => startsLine.has(o.start) && endsLine.has(o.end)).map((o) => lineOf(o.start)));
  return departments.filter((d) => {
    const line = lineOf(d.start);
    return !organisationLines.has(line) && !headingLines.has(line - 1);
  });
}

/** An organisation's own name found once is that organisation everywhere in the text ("Het Baken", "Kastanjehof"). */
function propagateOrganisations(tokens: Token[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const names = new Map<string, string[]>();
  const districtNamed = new Set<string>();
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of sorted) {
    if (s.type !== 'ORGANISATIE') continue;
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    let j = k;
    if (tokens[j]?.start !== s.start) continue;
    // The own name, without a leading kind word: "Zorggroep De Linde" → "De Linde".
    if (organisationKinds.has(tokens[j]!.lower) || locationKinds.has(tokens[j]!.lower)) j++;
    const own: string[] = [];
    while (j < tokens.length && tokens[j]!.end <= s.end) own.push(tokens[j++]!.text);
    const abbreviation = own.length === 1 && /^\p{Lu}{3,6}$/u.test(own[0]!) && !careAbbreviations.has(own[0]!);
    if (own.length === 0 || (own.length === 1 && !/^\p{Lu}\p{Ll}{3,}/u.test(own[0]!) && !abbreviation)) continue;
    // "Sint Bonifatius Gasthuis" is also "(het) Bonifatius".
    if (own.length === 3 && own[0] === 'Sint' && /(?:gasthuis|ziekenhuis|kliniek)$/i.test(own[2]!) && /^\p{Lu}\p{Ll}{4,}$/u.test(own[1]!)) names.set(own[1]!, [own[1]!]);
    // "Stichting Zevenster Zorg" is also "Zevenster": the own name without a closing kind word.
    if (own.length === 2 && organisationSuffixes.has(own[1]!.toLowerCase()) && /^\p{Lu}\p{Ll}{4,}$/u.test(own[0]!) && !placeStartsAt(tokens, j - 2) && !firstNames.has(own[0]!.toLowerCase())) {
      names.set(own[0]!, [own[0]!]);
    }
    if (own.length === 1 && medicalTerms.has(own[0]!.toLowerCase())) continue;
    // "Fysiotherapie Scherpenzeel" does not make every "Scherpenzeel" an organisation: alone it is the place ("Oost-Souburg" too).
    if (own.length === 1 && placeStartsAt(tokens, j - 1)) continue;
    const ownStart = j - own.length;
    if (own.length > 1 && listedPlaceAt(tokens, ownStart)?.tokens.length === own.length) continue;
    // "Huisartsenpraktijk Heerlerbaan": practices are named after their district; "thuis in Heerlerbaan" is the district.
    if (own.length === 1 && /(?:praktijk|apotheek|centrum|fysiotherapie|huisartsen)$/.test(tokens[k]!.lower)) districtNamed.add(own[0]!);
    names.set(own.join('\u0000'), own);
  }
  const byFirst = new Map<string, string[][]>();
  for (const own of names.values()) byFirst.set(own[0]!, [...(byFirst.get(own[0]!) ?? []), own]);
  const out = [...spans];
  for (let i = 0; i < tokens.length; i++) {
    for (const own of byFirst.get(tokens[i]!.text) ?? []) {
      let ok = true;
      for (let k = 1; k < own.length; k++) if (tokens[i + k]?.text !== own[k]) ok = false;
      const prev = tokens[i - 1];
      if (own.length === 1 && districtNamed.has(own[0]!) && prev && !prev.cap && /^(?:in|te|uit|vanuit|naar)$/.test(prev.lower)) ok = false;
      if (ok) out.push({ type: 'ORGANISATIE', start: tokens[i]!.start, end: tokens[i + own.length - 1]!.end, priority: PRIORITY.ORGANISATIE - 1 });
    }
  }
  return out;
}
