import { MONTH_NAMES, WEEKDAY_NAMES } from '../dutch';
import {
  ambiguousFirstNames,
  careAbbreviations,
  countriesAndProvinces,
  languageWords,
  businessKindSuffix,
  businessKinds,
  departmentWords,
  denominations,
  familyNames,
  firstNames,
  locationKinds,
  medicalTerms,
  nameWords,
  nonNameCaps,
  organisationKinds,
  listedPlaceAt,
  placesByFirstToken,
  pronounTitles,
  roles,
  shortWords,
  singleWordOrganisations,
  titles,
  tussenvoegsels,
  weakRoles,
} from './lexicon';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

/** Parts of the client's own name, from the record header. */
export interface KnownNameParts {
  /** Lower-cased single-word parts: first names, family-name words ("vries", "bakker"). */
  words: Set<string>;
  /** Lower-cased letter codes of the client ("kj", "kjb" for "K.J. (Kees-Jan) Brinkman"): used as a paraaf for the client. */
  codes?: Set<string>;
}

// Nationality adjectives and nouns ("Nederlandse", "Eritrees", "Chinees"): no name unless listed.
const nationality = /(?:aanse|andse|ische|ese|kse|ense|ijnse|iaanse|aalse|ooise|itse|eeuwse|aanse|se|[^e]ees)$/;
const roleCompound = /(?:verpleegkundige|arts|therapeut|loog|specialist|begeleider|verzorgende|kundige|assistente?)$/;
const wardWords = new Set(['afd', 'groep', 'woongroep', 'afdeling', 'afd', 'locatie', 'unit', 'paviljoen', 'huis', 'woning', 'woonvorm', 'wijk', 'team', 'kamer', 'zaal', 'gebouw', 'vleugel']);
const tussenChain = /^(?:van|van de|van der|van den|van het|van 't|van ’t|de|den|der|ter|ten|'t|’t|in 't|op 't|op den|op de|uit den|uit de|de la|la|le|du|el|al)$/;
/** Words after which a lower-case listed first name is a person ("met joke", "dat pietje"). */
const lowerNameCues = new Set(['met', 'en', 'dat', 'door', 'van', 'bij', 'aan', 'voor', 'zegt', 'vertelt', 'belde', 'belt', 'samen', 'of', 'zonder', 'naast', 'tegen', 'zei', 'vroeg', 'wil', 'heeft', 'is', 'was']);
/** Words that take a letter after them ("vitamine D", "hepatitis B", "Child-Pugh A", "fase C"). */
const letterWords = new Set(['vitamine', 'hepatitis', 'type', 'fase', 'stadium', 'klasse', 'graad', 'groep', 'categorie', 'pugh', 'niveau', 'zone', 'blok', 'bijlage', 'lijst', 'score', 'influenza']);
/** Animals whose name follows them ("hond Bobby"). */
const petWords = new Set(['hond', 'hondje', 'kat', 'poes', 'kater', 'konijn', 'cavia', 'paard', 'pony', 'vogel', 'parkiet', 'kanarie', 'huisdier', 'knuffel', 'pop']);
/** Rivers and waters after "op de" ("schipper op de Maas"): no "Op de" surname. */
const waters = new Set(['rijn', 'maas', 'waal', 'lek', 'ijssel', 'schelde', 'amstel', 'vecht', 'linge', 'dommel', 'zaan', 'noordzee', 'waddenzee', 'ijsselmeer', 'markermeer', 'merwede', 'dinkel', 'berkel', 'roer', 'geul', 'zee']);
/** Language names that are also first names ("Frans"): a name only where a title or role says so. */
const languageNames = new Set(['frans']);
/** Titles written out in full: a period after one ends the sentence ("door de familie. Gewicht…"), it abbreviates nothing. */
const fullWordTitles = new Set(['mevrouw', 'meneer', 'heer', 'mejuffrouw', 'juffrouw', 'dokter', 'zuster', 'broeder', 'meester', 'dominee', 'pastor', 'pastoor', 'familie', 'wijlen', 'juf']);
/** Plural verbs: a capitalised word they follow is a plural noun opening a sentence ("met mw. Maaltijden worden…"), no person. */
const pluralVerbs = new Set(['worden', 'werden', 'zijn', 'waren', 'hebben', 'hadden', 'gaan', 'gingen', 'komen', 'kwamen', 'kunnen', 'konden', 'moeten', 'moesten', 'blijven', 'bleven', 'lopen', 'staan', 'liggen', 'zitten', 'mogen', 'zullen', 'willen']);
/** Words that follow the verb "wil" ("Wil graag naar huis", "mw. wil geen opname"), not a person called Wil. */
const afterWillVerb = new Set(['naar', 'graag', 'niet', 'geen', 'wel', 'ook', 'nog', 'zelf', 'het', 'de', 'een', 'hij', 'zij', 'ze', 'u', 'je', 'dat', 'dit', 'alleen', 'liever', 'eigenlijk', 'echt', 'weer', 'even', 'thuis', 'terug', 'er', 'daar', 'hier', 'meer', 'mw', 'dhr', 'mevrouw', 'meneer', 'zo', 'nu', 'later', 'morgen', 'vandaag', 'met', 'op', 'in', 'bij', 'uit', 'zijn', 'haar', 'hun', 'mijn', 'weten', 'praten', 'slapen', 'eten', 'douchen', 'lopen', 'stoppen', 'blijven', 'wonen', 'gaan']);
/** Particles of a separable verb: "mw. de trap op", "dhr. de deur uit" is a pronoun title and a noun, no "de Trap". */
const particleAfter = new Set(['op', 'af', 'uit', 'in', 'door', 'over', 'naar', 'om', 'rond', 'langs', 'mee', 'weg', 'aan', 'binnen', 'buiten']);
/** Roles in the plural: the names after them may be joined by "en". */
const pluralRoles = new Set(['huisartsen', 'artsen', 'behandelaars', 'psychiaters', 'verpleegkundigen', 'begeleiders', 'collega\'s', 'specialisten', 'therapeuten', 'fysiotherapeuten', 'ouders', 'kinderen', 'dochters', 'zonen', 'zussen', 'broers', 'buren', 'mantelzorgers', 'casemanagers']);
/** A clitic article ("'t Hofke"): lower case, yet it opens a ward's name after "afd." just as "De" does. */
const cliticArticle = /^['’]t$/;
/** Saints before a first name: "St. Gerardus", "Sint Anna" name a hospital, church or school, no person. */
const saintWords = new Set(['st', 'sint', 'ste', 'heilige']);
/** The endings of a building's or location's own name ("'t Praathuis", "De Zonnehof"): after an article no person. */
const locationNameEnd = /(?:huis|huus|hof|hofke|stede|borg|hoeve|heem|zorg|centrum|praktijk|kamp|erf|oord|gaarde|hage|weide|werf)$/;
/** Street words: "op de Haven", "aan de Laan van …" is where, not who. */
const streetWordEnd = /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|park|dreef|pad|baan|markt|ring|wal|haven|brink|poort|kamp|veld|akker|wei|weide)$/;
/** Month and weekday names are not names ("Mei", "Zondag" at a sentence start). */
const monthOrDay = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * Builds the lookup for the client's own name(s) from the record header, e.g.
 * "Mw. A.J. (Annie) de Vries-Bakker" or "Jansen, Hendrik": every first name, nickname and
 * family-name word counts, with and without tussenvoegsel.
 */
export function parseKnownNames(names: readonly string[] | undefined): KnownNameParts {
  const words = new Set<string>();
  const codes = new Set<string>();
  for (const name of names ?? []) {
    // Letter codes: the initials ("K.J." → kj), with the surname's initial (kjb), and the given names' initials with it.
    const parts = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => w && !titles.has(w.toLowerCase().replace(/\.$/, '')));
    const nick = name.match(/\(([^)]+)\)/)?.[1] ?? '';
    const dotted = parts.filter((w) => /^(?:\p{Lu}\.)+$/u.test(w)).join('').replace(/\./g, '').toLowerCase();
    const surname = parts.filter((w) => !/\./.test(w) && !tussenvoegsels.has(w.toLowerCase())).pop()?.replace(/,$/, '') ?? '';
    const s0 = surname[0]?.toLowerCase() ?? '';
    const given = nick.split(/[\s-]+/).filter(Boolean).map((w) => w[0]!.toLowerCase()).join('');
    for (const c of [dotted, dotted && s0 ? dotted + s0 : '', given && s0 ? given + s0 : '', given.length >= 2 ? given : '']) if (c.length >= 2 && c.length <= 4) codes.add(c);
    for (const raw of name.split(/[\s,()\-]+/)) {
      const w = raw.replace(/[.'’"]+$/g, '').replace(/^['’"]+/, '');
      const lower = w.toLowerCase();
      if (w.length < 2 || titles.has(lower) || tussenvoegsels.has(lower)) continue;
      // Initials ("A.J.") are not matched on their own.
      if (/^(?:\p{Lu}\.?)+$/u.test(raw) && raw.includes('.')) continue;
      words.add(lower);
      // "Daantje" is also "daan", "Bertje" "bert".
      const stem = diminutiveStem(lower);
      if (stem && stem.length >= 3) words.add(stem);
    }
  }
  return { words, codes };
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/**
 * A capitalised word that can be (part of) a name. With `allowShape` a word shaped like a nationality adjective
 * counts too: after initials or a title "Gideonse" and "Adriaanse" are Zeeland surnames, not "Nederlandse".
 */
function isNameCap(t: Token | undefined, allowMedical = false, allowShape = false): boolean {
  if (!isWord(t) || !t.cap || t.allCaps) return false;
  const l = t.lower;
  if (nonNameCaps.has(l) || departmentWords.has(l) || tussenvoegsels.has(l) || organisationKinds.has(l) || locationKinds.has(l) || singleWordOrganisations.has(l) || denominations.has(l)) return false;
  // "Bakkerij", "Basisschool", "Hoveniersbedrijf": the kind word of an organisation ("van de Parochie Heilige Lambertus").
  if (businessKinds.has(l) || (businessKindSuffix.test(l) && l.length > 7 && !familyNames.has(l))) return false;
  if (medicalTerms.has(l) && !allowMedical) return false;
  // "naar Spanje", "Zuid-Limburg": a country or province, unless a title or initials make it a surname ("mw. Limburg").
  if (countriesAndProvinces.has(l) && !allowShape) return false;
  const listed = firstNames.has(l) || familyNames.has(l);
  if (listed) return !monthOrDay.has(l);
  return !roles.has(l) && (allowShape || !nationality.test(l)) && !monthOrDay.has(l);
}

/** The name inside a diminutive or pet form: "Bertje", "Daantje", "Henkie", "Wimpie" → bert, daan, henk, wim. */
function diminutiveStem(lower: string): string | undefined {
  return lower.match(/^(\p{L}{3,}?)(?:tje|pje|je|ke|pie|ie)$/u)?.[1];
}

/** A listed first name, or a diminutive of one ("Bertje", "Pietje", "Daantje", "Henkie"). */
function isFirstName(lower: string): boolean {
  if (firstNames.has(lower)) return true;
  const stem = diminutiveStem(lower);
  return stem !== undefined && firstNames.has(stem) && !nameWords.has(lower);
}

/** Possessives inside a bracketed relation: "(zijn zus)", "(haar schoonzoon)". */
const possessives = new Set(['zijn', 'haar', "z'n", 'z’n', "d'r", 'hun', 'mijn', 'onze', 'ons', 'de', 'cliënts', 'mw', 'mevr', 'dhr']);

/** At token `open` a bracketed relation "(moeder)", "(zijn zus)", "(zus van mw.)": the index after ")", else -1. */
function bracketedRelationEnd(tokens: Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  let k = open + 1;
  if (possessives.has(tokens[k]?.lower ?? '')) k++;
  const role = tokens[k]?.lower ?? '';
  if (!roles.has(role) || weakRoles.has(role) || tussenvoegsels.has(role)) return -1;
  return tokens[k + 1]?.text === ')' ? k + 2 : -1;
}

function baseOf(lower: string): string {
  return lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower;
}

/** A lower-case word that is a listed name and not an ordinary word ("bosman" yes, "bakker" no). */
function isListedLower(t: Token | undefined, known: KnownNameParts): boolean {
  if (!isWord(t) || t.cap) return false;
  const l = baseOf(t.lower);
  if (known.words.has(l)) return true;
  if (nonNameCaps.has(l) || ambiguousFirstNames.has(l)) return false;
  return (firstNames.has(l) && l.length > 2) || (familyNames.has(l) && !nameWords.has(l));
}

function isTussen(t: Token | undefined): boolean {
  return t !== undefined && tussenvoegsels.has(t.lower);
}

/** Tokens i.. form a listed place (so "van Den Helder" is a place, not a name). */
function placeAt(tokens: Token[], i: number): number {
  return listedPlaceAt(tokens, i, { accept: (entry) => !entry.ambiguous })?.tokens.length ?? 0;
}

/** Adjacent (no space) hyphen between two tokens: "Kramer-Dekker". */
function tightHyphen(tokens: Token[], j: number): boolean {
  const h = tokens[j];
  const next = tokens[j + 1];
  return h?.text === '-' && !h.spaceBefore && next !== undefined && !next.spaceBefore;
}

interface NameOptions {
  /** Accept listed lower-case names ("mw. bosman"). */
  lower: boolean;
  /** After a title or initials even an eponym is a name ("dr. Parkinson"). */
  medical?: boolean;
  /** After a title or initials a nationality-shaped word is a surname ("mw. Gideonse"). */
  shape?: boolean;
  /** Right after a title: a language word is a surname ("mw. Spaans", "dhr. Engels"). */
  afterTitle?: boolean;
  known: KnownNameParts;
}

/**
 * Reads a name starting at token i: initials, (nickname), first names, tussenvoegsels,
 * family name, hyphenated parts. Returns the index after the name, or -1.
 */
function readName(tokens: Token[], i: number, opts: NameOptions): number {
  opts = { ...opts };
  let j = i;
  let end = -1;
  let words = 0;
  let sawInitials = false;
  while (j < tokens.length && words < 6) {
    const t = tokens[j];
    if (!t) break;
    if (j > i && (t.newlineBefore || t.sentenceStart)) break;
    if (t.kind === 'initials' && words === 0) {
      // "Interne 7A. Verwachte ontslagdatum": a letter glued to a number is a ward's, not an initial.
      if (!t.spaceBefore && tokens[j - 1]?.kind === 'number') return -1;
      // "M. Kahler": morbus, not an initial.
      if (t.text === 'M.' && medicalTerms.has(tokens[j + 1]?.lower ?? '')) return -1;
      sawInitials = true;
      opts = { ...opts, medical: true, shape: true };
      j++;
      continue;
    }
    // "K. (Kees) Schipper": a nickname in brackets.
    if (t.text === '(' && isNameCap(tokens[j + 1]) && tokens[j + 2]?.text === ')' && (sawInitials || words > 0)) {
      j += 3;
      continue;
    }
    // "C3", "B2": a ward, not an initial.
    if (t.text.length === 1 && tokens[j + 1]?.kind === 'number' && !tokens[j + 1]!.spaceBefore) break;
    // After a first name or initials Dutch writes the tussenvoegsel in lower case: "Ilse van De Zaagstal" is Ilse of De Zaagstal.
    if (isTussen(t) && t.cap && (words > 0 || sawInitials) && j > i && !tokens[j - 1]!.text.endsWith('.')) break;
    if (isTussen(t) && (t.lower !== 'el' && t.lower !== 'al' ? true : t.cap)) {
      // Tussenvoegsels only count as a real chain with a name word after them ("in Zwolle" is no name).
      let k = j;
      while (isTussen(tokens[k]) && k - j < 3) k++;
      const after = tokens[k];
      const chain = tokens.slice(j, k).map((x) => x.lower).join(' ');
      // After a real chain a capital is enough: "Van der Meer", even though "meer" is a word.
      const capAfter =
        after !== undefined && after.kind === 'word' && after.cap && !after.allCaps && !after.newlineBefore &&
        !organisationKinds.has(after.lower) && !locationKinds.has(after.lower) && (sawInitials || !businessKinds.has(after.lower)) && !denominations.has(after.lower) && !(businessKindSuffix.test(after.lower) && after.lower.length > 7) && !singleWordOrganisations.has(after.lower) && !/(?:zorg|huis|centrum|praktijk)$/.test(after.lower) &&
        (opts.medical || !medicalTerms.has(after.lower));
      // After a title a lower-case family name counts even when it is a word: "mw. van der linden".
      const lowerFamily =
        opts.lower && k - j >= 1 && !/^(?:op|in|uit) /.test(chain) && (chain !== 'de' || (opts.afterTitle === true && j === i && !particleAfter.has(tokens[k + 1]?.lower ?? ''))) && isWord(after) && !after.cap && familyNames.has(after.lower) &&
        !nonNameCaps.has(after.lower) && !departmentWords.has(after.lower) && tokens[k + 1]?.kind !== 'number';
      if ((tussenChain.test(chain) || (chain === 'te' && sawInitials && j > i)) && (capAfter || isNameCap(after, opts.medical) || (opts.lower && isListedLower(after, opts.known)) || lowerFamily)) {
        j = k;
        if ((capAfter && !isNameCap(after, opts.medical)) || (lowerFamily && !isListedLower(after, opts.known))) {
          words++;
          j++;
          end = j;
        }
        continue;
      }
      break;
    }
    // "zoon Frans van Oosterhout": after a title or role a language name that is also a first name is the name.
    const language = opts.lower && words === 0 && !sawInitials && t.kind === 'word' && t.cap && (languageNames.has(t.lower) || (opts.afterTitle === true && languageWords.has(t.lower)));
    // "zoon Jakob", "mw. Wilson": a listed first name that is also an eponym is a name outside its medical context
    // ("Creutzfeldt-Jakob", "ziekte van Wilson").
    const eponymContext = tokens[j - 1]?.text === '-' || tokens[j + 1]?.text === '-' || tokens[j - 1]?.lower === 'van' || tokens[j - 1]?.text === 'M.';
    if (isNameCap(t, opts.medical || (firstNames.has(t.lower) && !eponymContext), opts.shape && words === 0) || (opts.lower && isListedLower(t, opts.known)) || language) {
      words++;
      j++;
      end = j;
      if (tightHyphen(tokens, j)) {
        let k = j + 1;
        while (isTussen(tokens[k]) && k - j < 4) k++;
        if (isNameCap(tokens[k])) j++;
      }
      continue;
    }
    break;
  }
  return words > 0 ? end : -1;
}

/**
 * The end of an inverted name whose surname ends at `comma` (a comma token): "Hendriks, A.", "Smeets, Johannes",
 * "Peeters, Cornelis M.", "Berg, K. van den" (the tussenvoegsel follows the initials). -1 when none follows.
 */
function invertedEnd(tokens: Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  const next = tokens[comma + 1];
  let to = -1;
  if (next?.kind === 'initials' && !next.newlineBefore) to = comma + 2;
  else if (isWord(next) && next.cap && !next.newlineBefore && isFirstName(next.lower) && !ambiguousFirstNames.has(next.lower)) to = comma + 2;
  if (to < 0) return -1;
  // "De Zandbelt, H.J. Hesselink": initials followed by their own surname start the next name, no inversion.
  if (next?.kind === 'initials' && isNameCap(tokens[to], true, true) && !tokens[to]!.newlineBefore) return -1;
  // "Peeters, Cornelis M.", "Smeets, Johannes Petrus", "Jansen, A.B.C."
  while ((tokens[to]?.kind === 'initials' || (isWord(tokens[to]) && tokens[to]!.cap && isFirstName(tokens[to]!.lower))) && !tokens[to]!.newlineBefore && to - comma < 5) to++;
  let k = to;
  while (isTussen(tokens[k]) && !tokens[k]!.cap && k - to < 3) k++;
  if (k > to && tussenChain.test(tokens.slice(to, k).map((x) => x.lower).join(' ')) && !isNameCap(tokens[k]) && !isWord(tokens[k])) to = k;
  return to;
}

/** A single-word name at [from, end) followed by ", A." or ", Johannes": the end of the inverted name, else `end`. */
function withInverted(tokens: Token[], from: number, end: number): number {
  if (end - from !== 1 || tokens[from]?.kind !== 'word') return end;
  const to = invertedEnd(tokens, end);
  return to > 0 ? to : end;
}

/** Index after a title ("mw.", "dr", "mr. drs."), or -1 when token i is no title. */
function titleEnd(tokens: Token[], i: number): number {
  let j = i;
  while (isWord(tokens[j]) && titles.has(tokens[j]!.lower)) {
    j++;
    if (tokens[j]?.text === '.') j++;
  }
  return j > i ? j : -1;
}

function spanOf(tokens: Token[], from: number, to: number, priority: number): Span | null {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b) return null;
  let end = b.end;
  // A possessive "s" stays outside the name: "Jansens dochter" → [PERSOON-1]s.
  if (b.kind === 'word' && /['’]s$/.test(b.text)) end -= 2;
  return { type: 'PERSOON', start: a.start, end, priority };
}

/**
 * Finds person names in tokenised text. Evidence, strongest first: the client's known
 * name, a title, a role or relation word, initials, a listed first name, a tussenvoegsel
 * + capital mid-sentence, a listed family name mid-sentence. Words that are also ordinary
 * words (Bakker, Roos, de haan) need one of the stronger kinds of evidence.
 */
/** Verbs that follow a person's name at the start of a list item ("- joep wil morgen vroeg op"). */
const personVerbs = new Set(['wil', 'wilde', 'is', 'was', 'heeft', 'had', 'gaat', 'ging', 'komt', 'kwam', 'zit', 'zat', 'ligt', 'lag', 'slaapt', 'sliep', 'eet', 'at', 'belt', 'belde', 'vraagt', 'vroeg', 'zegt', 'zei', 'krijgt', 'kreeg', 'moet', 'mag', 'kan', 'voelt', 'vindt']);

export function recognizeNames(tokens: Token[], known: KnownNameParts): Span[] {
  const spans: Span[] = [];
  const strong = { lower: true, known };
  const plain = { lower: false, known };
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;

    // The client's letter code ("kj om 8.15 op de fiets", "KJ zelf zegt"): lower case or all capitals, never a word.
    if (t.kind === 'word' && known.codes?.has(t.lower) && (t.text === t.lower || t.text === t.text.toUpperCase()) &&
        !(t.text === t.lower ? shortWords.has(t.lower) || nonNameCaps.has(t.lower) : careAbbreviations.has(t.text))) {
      spans.push({ type: 'PERSOON', start: t.start, end: t.end, priority: PRIORITY.PERSOON_STRONG + 2 });
      continue;
    }

    // A name with its relation in brackets: "gesprek met ans (moeder)", "joke (zus) belde", "met Kasia (zijn zus)".
    const relationEnd = bracketedRelationEnd(tokens, i + 1);
    if (isWord(t) && relationEnd > 0 && (t.cap ? isNameCap(t, false, true) && !t.sentenceStart && !placeAt(tokens, i) : isFirstName(t.lower))) {
      spans.push({ type: 'PERSOON', start: t.start, end: t.end, priority: PRIORITY.PERSOON_STRONG });
      continue;
    }

    // A group report's line per client: "henkie: onrustig na het weekend" (a listed first name in lower case).
    // Also after a bullet or a room code ("- joke (Stiphout …)", "k.1 kevin: rustig", "- joep wil morgen vroeg op").
    const itemStart = i === 0 || t.newlineBefore || t.sentenceStart || (tokens[i - 1]?.kind === 'number' && tokens[i - 2]?.text === '.');
    const itemNext = tokens[i + 1]?.text === ':' || ((t.sentenceStart || itemStart) && (tokens[i + 1]?.text === '(' || personVerbs.has(tokens[i + 1]?.lower ?? '')));
    // A name that is also a word ("joke") only before a bracket or a verb, not before a colon ("koffie: …").
    if (isWord(t) && !t.cap && itemStart && itemNext && (isFirstName(t.lower) || (nameWords.has(t.lower) && tokens[i + 1]?.text === '(')) && t.lower.length >= 3 &&
        (!nameWords.has(t.lower) || tokens[i + 1]?.text !== ':') && (!shortWords.has(t.lower) || (nameWords.has(t.lower) && tokens[i + 1]?.text !== ':')) &&
        !nonNameCaps.has(t.lower)) {
      spans.push({ type: 'PERSOON', start: t.start, end: t.end, priority: PRIORITY.PERSOON_WEAK + 1 });
      continue;
    }

    // "noemt zichzelf graag Ronnie", "wil zichzelf Bo noemen": the name a person goes by.
    // Also "noemt haar altijd Noukie", "noemen hem Bertje".
    if (isWord(t) && (t.lower === 'zichzelf' || ((t.lower === 'haar' || t.lower === 'hem') && /^noem(?:t|en|de|den)$/.test(tokens[i - 1]?.lower ?? '')))) {
      let j = i + 1;
      while (isWord(tokens[j]) && !tokens[j]!.cap && j - i <= 2) j++;
      const end = isNameCap(tokens[j], false, true) && !tokens[j]!.newlineBefore ? readName(tokens, j, plain) : -1;
      if (end > 0) {
        const span = spanOf(tokens, j, end, PRIORITY.PERSOON_STRONG);
        if (span) spans.push(span);
        i = end - 1;
      }
      continue;
    }

    // A role with the name in brackets: "Eigen HA (Goudsblom)", "huisarts (Van Dijk)".
    if (isWord(t) && roles.has(t.lower) && !weakRoles.has(t.lower) && tokens[i + 1]?.text === '(') {
      const end = readName(tokens, i + 2, strong);
      if (end > 0 && tokens[end]?.text === ')' && !placeAt(tokens, i + 2)) {
        const span = spanOf(tokens, i + 2, end, PRIORITY.PERSOON_STRONG);
        if (span) spans.push(span);
        i = end;
        continue;
      }
    }

    // The client's own name parts, in any case, with a possessive s.
    if (t.kind === 'word' && known.words.size > 0) {
      const l = baseOf(t.lower);
      const stem = l.endsWith('s') ? l.slice(0, -1) : l;
      const hit = known.words.has(l) ? l : known.words.has(stem) ? stem : '';
      // Known names that are ordinary words only count capitalised ("de bakker" is a baker).
      if (hit && (t.cap || !nameWords.has(hit))) {
        let from = i;
        while (from > 0 && isTussen(tokens[from - 1]) && i - from < 3 && !tokens[from]!.sentenceStart) from--;
        // Keep only a real tussenvoegsel chain: "van den Heuvel" yes, "in Zwolle" no.
        while (from < i && !tussenChain.test(tokens.slice(from, i).map((x) => x.lower).join(' '))) from++;
        let to = i + 1;
        if (tightHyphen(tokens, to)) {
          const after = readName(tokens, to + 1, strong);
          if (after > 0) to = after;
        }
        const span = spanOf(tokens, from, to, PRIORITY.PERSOON_STRONG + 2);
        if (span) {
          if (hit === stem && l !== stem) span.end = t.end - 1;
          spans.push(span);
        }
        continue;
      }
    }

    // Title: "mw. Jansen", "Dhr. J.P. de Vries", "mr. drs. K. Hoogland", "mevrouw Ans".
    if (isWord(t) && titles.has(t.lower)) {
      // "door de familie. Gewicht …": a title written in full and then a period ends a sentence.
      if (fullWordTitles.has(t.lower) && tokens[i + 1]?.text === '.') continue;
      const after = titleEnd(tokens, i);
      // "94 jr\nCliëntnr.", "3. Meneer\nHypertensie": a title at a line end does not reach into the next line.
      if (tokens[after]?.newlineBefore) continue;
      // "dhr. en mw. Bakker": skip to the second title.
      if (tokens[after]?.lower === 'en' && isWord(tokens[after + 1]) && titles.has(tokens[after + 1]!.lower)) continue;
      // "Mevrouw heeft…" uses the title as a pronoun: a lower-case word after it must be a listed name.
      const read = readName(tokens, after, { ...strong, medical: !pronounTitles.has(t.lower), shape: true, afterTitle: true });
      let end = read > 0 ? withInverted(tokens, after, read) : read;
      // "mw. Maaltijden worden geleverd": an unlisted word before a plural verb is a noun opening the next sentence.
      const head = tokens[after];
      if (end === after + 1 && head && !firstNames.has(head.lower) && !familyNames.has(head.lower) && pluralVerbs.has(tokens[end]?.lower ?? '')) end = -1;
      // "mw. wil geen opname": the verb, not a person called Wil.
      if (end === after + 1 && head && !head.cap && head.lower === 'wil') end = -1;
      // "dhr. S. – crisiscontact", "mw. K.": a title with initials alone still names someone.
      if (end < 0 && head?.kind === 'initials' && !(head.text === 'M.' && medicalTerms.has(tokens[after + 1]?.lower ?? ''))) end = after + 1;
      if (end > 0) {
        const span = spanOf(tokens, after, end, PRIORITY.PERSOON_STRONG);
        if (span) spans.push(span);
        i = end - 1;
      }
      continue;
    }

    // Role or relation: "dochter Marieke", "huisarts Van Dam", "Naam: Wilhelmina Oudshoorn".
    if (isWord(t) && (roles.has(t.lower) || pluralRoles.has(t.lower) || (t.lower.length > 8 && roleCompound.test(t.lower)))) {
      let j = i + 1;
      // "werkte aan de Dijk", "met de Markt": a preposition-like role, an article and a street or ordinary word.
      if (weakRoles.has(t.lower) && /^(?:de|den|het|'t|’t)$/.test(tokens[j]?.text ?? '') && isWord(tokens[j + 1]) &&
          (streetWordEnd.test(tokens[j + 1]!.lower) || tokens[j + 2]?.kind === 'number')) continue;
      // "Arts VG Lindeboom", "arts SEH Jansen": a role abbreviation between role and name.
      if (tokens[j]?.allCaps && tokens[j]!.text.length <= 4 && isNameCap(tokens[j + 1])) j++;
      const colon = tokens[j]?.text === ':';
      if (colon) j++;
      const next = tokens[j];
      if (!next || (colon ? false : next.newlineBefore)) continue;
      // "Afweging psychiater:\nErnstig nadeel…": across a line break a colon introduces text, not a name, unless listed.
      const weak = (weakRoles.has(t.lower) && !colon) || (colon && next.newlineBefore);
      // After a role a name may still carry a title: "huisarts dr. Brouwer" is handled by the title rule.
      if (isWord(next) && titles.has(next.lower)) continue;
      const read = readName(tokens, j, weak ? plain : strong);
      const end = read > 0 ? withInverted(tokens, j, read) : read;
      if (end > 0) {
        const words = tokens.slice(j, end).filter((x) => x.kind === 'word' && !isTussen(x));
        const listed = words.some((x) => firstNames.has(x.lower) || familyNames.has(x.lower) || known.words.has(x.lower));
        const initials = tokens[j]?.kind === 'initials';
        // "Van: Crisisdienst GGZ …", "Aan: Acute Dienst": a mail header names a sender, which may be a service; one unlisted word is none.
        const mailHeader = colon && /^(?:van|aan|cc|bcc)$/.test(t.lower) && end - j === 1 && !listed;
        if ((!weak || listed || initials) && !mailHeader) {
          // A bare listed place after a weak role is a place ("naar Zwolle").
          if (!(weak && placeAt(tokens, j) >= end - j)) {
            const span = spanOf(tokens, j, end, weak ? PRIORITY.PERSOON_WEAK : PRIORITY.PERSOON_STRONG);
            if (span) spans.push(span);
            i = end - 1;
            // "Huisartsen Dekker-Lim en Van Hulst", "artsen Bos en De Wit": a plural role takes each name joined by "en".
            if (pluralRoles.has(t.lower) && tokens[end]?.lower === 'en' && !tokens[end + 1]?.newlineBefore) {
              const second = readName(tokens, end + 1, strong);
              const secondSpan = second > 0 ? spanOf(tokens, end + 1, second, PRIORITY.PERSOON_STRONG) : null;
              if (secondSpan) {
                spans.push(secondSpan);
                i = second - 1;
              }
            }
          }
        }
      }
      continue;
    }

    // Inverted names, as on wristbands and in letters: "JANSSEN, M.A.", "Smeets, Johannes".
    // ("in De Bilt, Dewi gaat": the word before the comma closes a place, no surname.)
    if (isWord(t) && (t.allCaps || isNameCap(t)) && t.text.length >= 3 && tokens[i + 1]?.text === ',' && !placeAt(tokens, i) &&
        !(i > 0 && /^(?:De|Den|'s)$/.test(tokens[i - 1]!.text) && placeAt(tokens, i - 1))) {
      const to = invertedEnd(tokens, i + 1);
      if (to > 0) {
        const span = spanOf(tokens, i, to, PRIORITY.PERSOON_STRONG);
        if (span) spans.push(span);
        i = to - 1;
        continue;
      }
    }

    // "M. Kahler", "M. Addison": morbus, not an initial. "37,9 °C. Hematoom": a unit at a sentence end.
    if (t.kind === 'initials' && ((t.text === 'M.' && medicalTerms.has(tokens[i + 1]?.lower ?? '')) || (/^[CF]\.$/.test(t.text) && tokens[i - 1]?.text === '°'))) {
      i++;
      continue;
    }

    // Initials: "J.P. de Vries", "S. Kuipers".
    if (t.kind === 'initials') {
      const end = readName(tokens, i, plain);
      if (end > 0) {
        const prev = tokens[i - 1];
        const single = /^\p{Lu}\.$/u.test(t.text);
        const last = tokens[end - 1]!;
        const word = !familyNames.has(baseOf(last.lower)) && !known.words.has(last.lower) && nameWords.has(last.lower);
        // "vitamine D. Verder…": a lone capital after a lower-case word, then an ordinary word, ends a sentence.
        // "vitamine D. Medicatierol", "Child-Pugh A. Abstinent": a letter that belongs to the word before it.
        const lettered = single && isWord(prev) && (letterWords.has(prev.lower) || medicalTerms.has(prev.lower)) && !familyNames.has(baseOf(last.lower)) && !firstNames.has(last.lower);
        if (!lettered && !(single && isWord(prev) && !prev.cap && (word || end - i === 2 && nonNameCaps.has(last.lower)))) {
          const span = spanOf(tokens, i, end, PRIORITY.PERSOON_STRONG);
          if (span) spans.push(span);
          i = end - 1;
        }
      }
      continue;
    }

    // A first name in lower case after a word that introduces a person: "samen met joke", "dat pietje beloofd heeft".
    if (isWord(t) && !t.cap && t.lower.length >= 4 && lowerNameCues.has(tokens[i - 1]?.lower ?? '') && isFirstName(t.lower) &&
        !nameWords.has(t.lower) && !ambiguousFirstNames.has(t.lower) && !shortWords.has(t.lower) && !nonNameCaps.has(t.lower)) {
      spans.push({ type: 'PERSOON', start: t.start, end: t.end, priority: PRIORITY.PERSOON_WEAK + 1 });
      continue;
    }

    if (!isNameCap(t)) {
      // Tussenvoegsel + capital mid-sentence: "overleg met van der Berg", "de Vries belde".
      // "groep De Berk", "afdeling De Hooiberg": a ward or house, not a person.
      // "afd. De Linde": the abbreviation's period sits between.
      const wardBefore = wardWords.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text === '.' && wardWords.has(tokens[i - 2]?.lower ?? ''));
      if (isTussen(t) && !t.allCaps && !((t.cap || cliticArticle.test(t.text)) && wardBefore)) {
        let k = i;
        while (isTussen(tokens[k]) && k - i < 3) k++;
        const head = tokens[k];
        if (!head || !isNameCap(head) || k === i) continue;
        // "in Den Haag", "van Zwolle naar…": a listed place anywhere in the chain wins.
        let place = false;
        for (let p = i; p <= k; p++) if (placeAt(tokens, p)) place = true;
        if (place) continue;
        const chain = tokens.slice(i, k).map((x) => x.lower).join(' ');
        if (!tussenChain.test(chain) || waters.has(head.lower)) continue;
        // "'t Praathuis", "de Zonnehof": an article and a building's name, no family name.
        if (/^(?:de|het|'t|’t|den)$/.test(chain) && locationNameEnd.test(head.lower) && !familyNames.has(baseOf(head.lower))) continue;
        // "bij de bakker op de Haven", "woont op de Laan van Vollenhove 2": a preposition and a street or ordinary word.
        const afterPreposition = /^(?:op|in|aan|uit|bij)$/.test(tokens[i - 1]?.text ?? '') && /^(?:de|den|het|'t|’t)$/.test(chain);
        if (!t.cap && (/^(?:op|in|aan|uit|bij) (?:de|den|het|'t|’t)$/.test(chain) || afterPreposition) &&
            (streetWordEnd.test(head.lower) || tokens[k + 1]?.kind === 'number')) continue;
        // "de Heere", "de Here": God in the Reformed way of speaking.
        if (chain === 'de' && (head.lower === 'heere' || head.lower === 'here')) continue;
        // "woont in De Hoven", "uit De Lutte": a capitalised article after "in"/"uit" names a place or location.
        if (t.cap && k === i + 1 && /^(?:in|uit|vanuit)$/.test(tokens[i - 1]?.lower ?? '') && !tokens[i - 1]!.cap) continue;
        const strongChain = /^(?:van (?:de|der|den|het|'t|’t)|van|ter|ten|in '?t|op '?t|op den|uit den|uit de|van 't|de la|'t|’t)$/.test(chain);
        const listed = familyNames.has(baseOf(head.lower)) && !medicalTerms.has(head.lower);
        if (t.sentenceStart && (nameWords.has(head.lower) || !listed)) continue;
        const isVan = chain === 'van';
        if ((strongChain && !isVan) || listed) {
          const end = readName(tokens, k, plain);
          if (end > 0) {
            const span = spanOf(tokens, i, end, isVan || chain === 'de' || chain === 'den' || chain === 'het' ? PRIORITY.PERSOON_WEAK : PRIORITY.PERSOON_STRONG);
            if (span) spans.push(span);
            i = end - 1;
          }
        }
      }
      continue;
    }

    const lower = baseOf(t.lower);
    // "schipper op de Maas": a river after "de" is no name.
    if (waters.has(lower) && tokens[i - 1]?.lower === 'de') continue;
    // "Cor/pulm gb", "Abd/…": a capital glued by a slash to a lower-case word is an examination heading.
    if (tokens[i + 1]?.text === '/' && !tokens[i + 1]!.spaceBefore && isWord(tokens[i + 2]) && !tokens[i + 2]!.cap && !tokens[i + 2]!.spaceBefore) continue;
    // "afd. Schelde", "groep Lotus": after a ward word a capitalised word names the ward.
    if (wardWords.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text === '.' && wardWords.has(tokens[i - 2]?.lower ?? ''))) continue;
    // Listed first name: "Ans heeft goed gegeten", "Bas van Dijk", "Bertje" (a diminutive of one).
    if (isFirstName(lower)) {
      // "St. Gerardus", "Sint Anna": a saint names a hospital or church.
      const saint = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
      if (saint && saint.cap && saintWords.has(saint.lower)) continue;
      // "afd. De Linde", "naar Het Anna": after a capitalised article a first name is a house's or ward's name.
      const article = tokens[i - 1];
      if (article && article.cap && (article.lower === 'de' || article.lower === 'het' || article.lower === "'t") && !t.newlineBefore) continue;
      // "Hond Bobby", "de kat Minoes": a pet's name is no person's.
      if (article && petWords.has(article.lower)) continue;
      const end = readName(tokens, i, plain);
      const ambiguous = ambiguousFirstNames.has(lower);
      // "Loopt 20 m. Wil naar huis": the verb, not a person called Wil.
      if (lower === 'wil' && end === i + 1 && afterWillVerb.has(tokens[i + 1]?.lower ?? '')) continue;
      if (end > 0 && (!ambiguous || !t.sentenceStart || end - i > 1)) {
        const span = spanOf(tokens, i, end, end - i > 1 ? PRIORITY.PERSOON_STRONG : PRIORITY.PERSOON_WEAK + 1);
        if (span) spans.push(span);
        i = end - 1;
      }
      continue;
    }

    // Listed family name mid-sentence ("gesproken met Hoekstra"), or at the start when it is no word.
    if (familyNames.has(lower) && !placeAt(tokens, i)) {
      if (t.sentenceStart && nameWords.has(lower)) continue;
      // After a tussenvoegsel the tussenvoegsel rule already decided ("De Koning van Katoren").
      if (isTussen(tokens[i - 1])) continue;
      const end = readName(tokens, i, plain);
      if (end > 0) {
        // "Jobcoach Miriam Evers": an unlisted capitalised word right before a surname is its first name.
        const prev = tokens[i - 1];
        const from = prev && isNameCap(prev) && !prev.sentenceStart && !t.newlineBefore && !placeAt(tokens, i - 1) ? i - 1 : i;
        const span = spanOf(tokens, from, end, end - from > 1 ? PRIORITY.PERSOON_STRONG : PRIORITY.PERSOON_WEAK);
        if (span) spans.push(span);
        i = end - 1;
      }
    }
  }
  const named = propagate(tokens, [...spans, ...companions(tokens, spans)]);
  return [...named, ...initialReferences(tokens, named)];
}

/** A capitalised word that may be a first name next to a found name: not a function word, ward, kind word or month. */
function companionWord(t: Token | undefined): t is Token {
  if (!isWord(t) || !t.cap || t.allCaps) return false;
  const l = t.lower;
  if (nonNameCaps.has(l) && !languageNames.has(l)) return false;
  return !departmentWords.has(l) && !organisationKinds.has(l) && !locationKinds.has(l) && !businessKinds.has(l) && !monthOrDay.has(l) && !roles.has(l) &&
    !medicalTerms.has(l) && !tussenvoegsels.has(l) && !placesByFirstToken.has(l);
}

/**
 * Names that stand next to a found name: "Ad en Corrie Vermeulen", "Martine en Erik Vermaat" (the first of two
 * people sharing a surname), "mw. W.J. ter Horst (Willemien)", "dhr. K. Koopmans (Karel, 92)" (the call name in
 * brackets), and a signature line "Ramdin, SO" (a name, a comma and a role). One pass over sorted spans: linear.
 */
function companions(tokens: Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  tokens.forEach((t, k) => {
    startAt.set(t.start, k);
    endAt.set(t.end, k);
  });
  for (const s of spans) {
    const first = startAt.get(s.start);
    if (first !== undefined && s.end - s.start > 0) {
      const en = tokens[first - 1];
      const x = tokens[first - 2];
      const hasSurname = tokens[first + 1] !== undefined && tokens[first + 1]!.end <= s.end && isFirstName(tokens[first]!.lower);
      if (en?.lower === 'en' && !en.cap && hasSurname && companionWord(x) && !x.sentenceStart && !x.newlineBefore) {
        out.push({ type: 'PERSOON', start: x.start, end: x.end, priority: PRIORITY.PERSOON_WEAK + 1 });
      }
    }
    const last = endAt.get(s.end) ?? endAt.get(s.end + 2);
    if (last !== undefined && s.priority >= PRIORITY.PERSOON_STRONG) {
      const open = tokens[last + 1];
      const nick = tokens[last + 2];
      const close = tokens[last + 3];
      // An unlisted word in brackets is a call name only when short: "(Lekstroom)", "(Zorgkring)" name an employer.
      if (open?.text === '(' && companionWord(nick) && /^\p{Lu}\p{Ll}+$/u.test(nick.text) && (isFirstName(nick.lower) || (!nationality.test(nick.lower) && nick.text.length <= 8 && !locationNameEnd.test(nick.lower))) && (close?.text === ')' || close?.text === ',') && (isFirstName(nick.lower) || !familyNames.has(nick.lower)) && !countriesAndProvinces.has(nick.lower)) {
        out.push({ type: 'PERSOON', start: nick.start, end: nick.end, priority: PRIORITY.PERSOON_WEAK + 1 });
      }
    }
  }
  // "Ramdin, SO" alone on a line: a signature.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(i === 0 || t.newlineBefore) || !companionWord(t) || tokens[i + 1]!.text !== ',' || nameWords.has(t.lower)) continue;
    const role = tokens[i + 2]!;
    const after = tokens[i + 3];
    if (isWord(role) && roles.has(role.lower) && !weakRoles.has(role.lower) && !role.newlineBefore && (after === undefined || after.newlineBefore)) {
      out.push({ type: 'PERSOON', start: t.start, end: t.end, priority: PRIORITY.PERSOON_STRONG });
    }
  }
  return out;
}

/**
 * A word that was part of a name anywhere in the text is a name everywhere in it:
 * "logopedist Vos … Vos werkt op dinsdag".
 */
/**
 * A single initial standing for someone named in the same text: "Tomasz … T. werkt via een uitzendbureau", "raakte J.
 * zeer geagiteerd". Only a lone capital with a period before a lower-case word (not a tussenvoegsel: "J. de Vries" is
 * read as a name), and only the initial of a name found.
 */
function initialReferences(tokens: Token[], spans: Span[]): Span[] {
  const letters = new Set<string>();
  const covered = new Set<number>();
  const byStart = new Map(tokens.map((t, k) => [t.start, k]));
  for (const s of spans) {
    if (s.type !== 'PERSOON') continue;
    const k = byStart.get(s.start);
    const first = k === undefined ? undefined : tokens[k];
    if (first && first.kind === 'word' && first.cap && !first.allCaps && first.text.length >= 3) letters.add(first.text[0]!);
    for (let j = k ?? tokens.length; j < tokens.length && tokens[j]!.start < s.end; j++) covered.add(tokens[j]!.start);
  }
  if (letters.size === 0) return [];
  const out: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.kind !== 'initials' || !/^\p{Lu}\.$/u.test(t.text) || !letters.has(t.text[0]!) || covered.has(t.start)) continue;
    if (!isWord(next) || next.cap || next.newlineBefore || isTussen(next) || tokens[i - 1]?.kind === 'number' || tokens[i - 1]?.text === '°') continue;
    if (t.text === 'M.' && medicalTerms.has(next.lower)) continue;
    out.push({ type: 'PERSOON', start: t.start, end: t.end, priority: PRIORITY.PERSOON_WEAK });
  }
  return out;
}

function propagate(tokens: Token[], spans: Span[]): Span[] {
  const seen = new Set<string>();
  /** Names the writer put in lower case in a strong span ("huisgenoot bram"): their lower-case repeats are names too. */
  const seenLower = new Set<string>();
  /** Listed first names found capitalised in any name span: their lower-case form is no word, so it is the name. */
  const seenFirstLower = new Set<string>();
  const covered = new Set<number>();
  // One sorted walk over spans and tokens: linear, not spans × tokens.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of sorted) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    for (let j = k; j < tokens.length && tokens[j]!.end <= s.end + 2; j++) {
      const t = tokens[j]!;
      covered.add(t.start);
      if (t.kind === 'word' && t.cap && !isTussen(t) && s.priority >= PRIORITY.PERSOON_STRONG) seen.add(baseOf(t.lower));
      // "Bewoner Henk … henk at goed": a listed first name found in any span counts again in lower case (when no word).
      if (t.kind === 'word' && t.cap && !isTussen(t) && isFirstName(t.lower) && !ambiguousFirstNames.has(t.lower) && !nameWords.has(t.lower) && !shortWords.has(t.lower)) {
        seenFirstLower.add(t.lower);
      }
      if (t.kind === 'word' && !t.cap && !isTussen(t) && s.priority >= PRIORITY.PERSOON_STRONG && isFirstName(t.lower) && t.lower.length >= 3) {
        seen.add(t.lower);
        seenLower.add(t.lower);
      }
    }
  }
  if (seen.size === 0 && seenFirstLower.size === 0) return spans;
  const out = [...spans];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || covered.has(t.start)) continue;
    const base = baseOf(t.lower);
    // A weak capitalised find ("Bewoner Henk") propagates only to its lower-case form ("henk at goed").
    const lowerOfFirst = !t.cap && seenFirstLower.has(t.lower) && !nonNameCaps.has(t.lower);
    if (!seen.has(base) && !lowerOfFirst) continue;
    // In lower case only a name that is no Dutch word ("bertje", not "bakker"), or right after a word that introduces
    // a person ("broer Pietje … dat pietje belde").
    // A name the writer already put in lower case counts again at a sentence start or after a person cue ("bram raakte").
    const lowerStyle = seenLower.has(t.lower) && (t.sentenceStart || lowerNameCues.has(tokens[k - 1]?.lower ?? '')) && !nonNameCaps.has(t.lower);
    if (!t.cap && !lowerStyle && !lowerOfFirst && (shortWords.has(t.lower) || nonNameCaps.has(t.lower) || (nameWords.has(t.lower) && !lowerNameCues.has(tokens[k - 1]?.lower ?? '')))) continue;
    out.push({ type: 'PERSOON', start: t.start, end: /['’]s$/.test(t.text) ? t.end - 2 : t.end, priority: PRIORITY.PERSOON_WEAK + 1 });
  }
  return out;
}
