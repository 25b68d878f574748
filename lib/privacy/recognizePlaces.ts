import { MONTH_NAMES, WEEKDAY_NAMES } from '../dutch';
import { departmentWords, familyNames, firstNames, foreignTowns, locationKinds, medicalTerms, nameWords, nonNameCaps, organisationKinds, listedPlaceAt, placeSuffix } from './lexicon';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

/** Words after which a capitalised word is a place even when unlisted ("geboren te Tilburg"). */
const strongPlaceCue = new Set(['te', 'woonplaats', 'geboorteplaats', 'plaats', 'woonachtig', 'wonend', 'woonplaats:']);
/** Prepositions that make a listed-but-ambiguous name a place ("in Best"), or an unlisted place-shaped word. */
const placeCue = new Set(['in', 'te', 'uit', 'naar', 'vanuit', 'nabij', 'regio', 'gemeente', 'wijkteam', 'richting', 'omgeving', 'buurt', 'station', 'wijk', 'woonwijk',
  'vlakbij', 'dichtbij', 'geboortedorp', 'geboortestad', 'dorp', 'stad', 'wijk', 'stadsdeel', 'kern', 'loket', 'wmo-loket']);
/** Nouns that take "van" before a place: "aan de rand van Ruinen", "de schutterij van Mechelen", "gemeente van Eys". */
const placeOfCue = new Set(['rand', 'omgeving', 'buurt', 'centrum', 'gemeente', 'dorp', 'inwoner', 'inwoners', 'schutterij', 'harmonie', 'fanfare', 'kermis', 'carnaval', 'burgemeester', 'kern', 'wijk']);

/** Prepositions after which an unlisted capitalised word is read as a place. */
const unlistedCue = new Set(['in', 'uit', 'naar', 'vanuit']);
/** Capitalised words after "in", "uit" or "naar" that are not Dutch places: countries, regions, shops, programs, holidays. */
const notPlaces = new Set(
  `nederland holland belgië belgie duitsland frankrijk engeland spanje portugal italië italie griekenland turkije marokko
  suriname curaçao curacao aruba bonaire indonesië indonesie polen roemenië roemenie bulgarije oekraïne oekraine rusland
  syrië syrie irak iran afghanistan eritrea ethiopië somalië somalie china india pakistan amerika canada australië
  oostenrijk zwitserland denemarken zweden noorwegen finland ierland schotland hongarije tsjechië kroatië servië bosnië
  egypte tunesië algerije ghana nigeria brazilië mexico thailand japan vietnam europa afrika azië azie
  twente drenthe friesland groningen-provincie limburg brabant zeeland gelderland utrecht-provincie overijssel flevoland
  veluwe achterhoek randstad gooi betuwe noord-holland zuid-holland noord-brabant zeeuws vlaanderen salland ijsselland
  haaglanden rijnmond drechtsteden rivierenland eemland kennemerland zaanstreek westfriesland west-friesland liemers
  peelland kempen walcheren
  teams excel word outlook whatsapp facebook instagram youtube google zoom skype netflix nedap ons caren
  jumbo lidl aldi albert hema action kruidvat etos blokker ikea praxis gamma intratuin
  kerst pasen ramadan januari februari maart april mei juni juli augustus september oktober november december
  ambulance sbar soep ecd`.split(/\s+/).filter(Boolean),
);
const monthOrDay = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Letters no Dutch place name has ("Wrocław", "Gdańsk", "Şanlıurfa"): a foreign town. */
const foreignLetters = /[łńśźżćąęřčšžěůğşıőűøåæßñçãõ]/;
/** Countries and regions abroad that a foreign town is glossed with: "Nickerie (Suriname)", "Nador, Marokko". */
const countryGloss = new Set(
  `suriname marokko turkije polen syrië syrie curaçao curacao aruba indonesië indonesie roemenië bulgarije oekraïne eritrea
  somalië somalie afghanistan irak iran belgië belgie duitsland spanje portugal italië frankrijk engeland china india
  pakistan egypte ghana nigeria ethiopië bosnië servië kroatië hongarije griekenland`.split(/\s+/).filter(Boolean),
);
/** A town abroad: foreign letters, or a country in brackets or after a comma right behind it. */
function isForeignTown(tokens: Token[], i: number, end: number): boolean {
  if (foreignLetters.test(tokens[i]!.lower)) return true;
  const next = tokens[end];
  return next !== undefined && (next.text === '(' || next.text === ',') && countryGloss.has(tokens[end + 1]?.lower ?? '');
}

/** Islands take "op": "op Urk", "op Texel", "op Ameland". */
const islands = new Set(['urk', 'texel', 'vlieland', 'terschelling', 'ameland', 'schiermonnikoog', 'marken', 'tholen', 'goeree', 'schokland', 'wieringen']);
/** Care teams, clinics and services named after their area: "FACT Oudorp", "IHT Osdorp", "ouderenteam Goes", "poli Bergen". */
function isAreaTeamWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.allCaps) return /^(?:FACT|IHT|ACT|FIT|VIP|HIC|SPV|GGZ|GGD|CJG)$/.test(t.text);
  return !t.cap && (/team$/.test(t.lower) || t.lower === 'poli' || t.lower === 'polikliniek' || t.lower === 'locatie' || t.lower === 'stadsdeel' || t.lower === 'wijk');
}

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap && !t.allCaps && !nonNameCaps.has(t.lower) && !medicalTerms.has(t.lower);
}

/** A place span found so far ends at token t. */
function placeEndsAt(spans: Span[], t: Token | undefined): boolean {
  const last = spans[spans.length - 1];
  return t !== undefined && last !== undefined && last.end === t.end;
}

/** Provinces as a place's gloss: "(Zuid-Limburg)", "(L)", "(Dr.)", "(Gld)". */
const provinceWords = new Set(['limburg', 'drenthe', 'friesland', 'fryslân', 'groningen', 'overijssel', 'gelderland', 'utrecht', 'flevoland', 'zeeland', 'brabant', 'holland', 'l', 'lb', 'dr', 'gld', 'ov', 'fr', 'gr', 'nb', 'zh', 'nh', 'ut', 'zl', 'fl']);
function provinceGloss(tokens: Token[], k: number): boolean {
  let j = k;
  if (departmentWords.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.text === '-') j += 2;
  return provinceWords.has(tokens[j]?.lower ?? '') && (tokens[j + 1]?.text === ')' || (tokens[j + 1]?.text === '.' && tokens[j + 2]?.text === ')'));
}

/** Length in tokens of the listed place starting at i, and whether it is ambiguous. */
function listedPlace(tokens: Token[], i: number, lowerOk: boolean): { length: number; ambiguous: boolean } | null {
  const first = tokens[i];
  const clitic = first !== undefined && /^['’][st]$/.test(first.lower);
  if (!first || (!first.cap && !lowerOk && !clitic)) return null;
  // Written with capitals, the name's capitalised words must be capitalised too: "De Pijp", not "De pijp lekt".
  const cased = first.cap || clitic;
  // "Bergen op Zoom" must not stop at "Bergen": a longer listed name is tried first.
  const entry = listedPlaceAt(tokens, i, {
    sameLine: true,
    accept: (e) => !cased || e.tokens.every((_, k) => k === 0 || !e.capitals[k] || tokens[i + k]!.cap),
  });
  return entry ? { length: entry.tokens.length, ambiguous: entry.ambiguous } : null;
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
      // "Leiden-Zuid": a district by its compass word makes even an ambiguous name a place.
      const after = tokens[i + listed.length];
      const district = after?.text === '-' && !after.spaceBefore && departmentWords.has(tokens[i + listed.length + 1]?.lower ?? '');
      // "Huisartsenpraktijk Grote Noord, Hoorn" at the end of a letter-head line.
      const lineEnd = prev?.text === ',' && ((tokens[i + listed.length]?.newlineBefore ?? true) ||
        // "Woonzorgcentrum De Vlonder, Hoorn, groep De Boei": between commas after a capitalised name.
        (isCapWord(tokens[i - 2]) && !tokens[i - 2]!.sentenceStart && tokens[i + listed.length]?.text === ','));
      // "Zorgcentrum Myosotis Kampen", "poli Volwassenen Bergen": a place closing a capitalised name at the end of its
      // line or clause is where that name is (a first name or tussenvoegsel before it makes it a surname).
      const closesName = isCapWord(prev) && !prev.sentenceStart && !firstNames.has(prev.lower) && prev.text !== 'Van' && prev.text !== 'De' &&
        (tokens[i + listed.length] === undefined || tokens[i + listed.length]!.newlineBefore || /^[,;)(|–]$/.test(tokens[i + listed.length]!.text));
      const areaTeam = isAreaTeamWord(prev) || (prev?.text === '-' && !prev.spaceBefore && isAreaTeamWord(tokens[i - 2]));
      const island = cue === 'op' && islands.has(t.lower);
      const placeOf = cue === 'van' && placeOfCue.has(tokens[i - 2]?.lower ?? '');
      // "Driebergen-Rijsenburg/Doorn", "Den Haag (Transvaal)": a place glued by a slash or in brackets to a place found just before.
      const beside = (prev?.text === '/' || (prev?.text === '(' && tokens[i + listed.length]?.text === ')')) && placeEndsAt(spans, tokens[i - 2]);
      // "Mechelen (Zuid-Limburg)", "Eys (L)": a place glossed with its province.
      const glossed = tokens[i + listed.length]?.text === '(' && provinceGloss(tokens, i + listed.length + 1);
      // "Oostsingel 48a, Goes (…)": after a house number and a comma; "dhr. Swinkels (Stiphout)": alone in brackets.
      const afterAddress = prev?.text === ',' && (tokens[i - 2]?.kind === 'number' || (tokens[i - 2]?.kind === 'word' && tokens[i - 2]!.text.length <= 2 && tokens[i - 3]?.kind === 'number' && !tokens[i - 2]!.spaceBefore));
      const bracketed = prev?.text === '(' && t.cap && /^[),]$/.test(tokens[i + listed.length]?.text ?? '') && (!listed.ambiguous || !firstNames.has(t.lower));
      if (afterAddress || bracketed) {
        spans.push({ type: 'PLAATS', start: t.start, end: tokens[i + listed.length - 1]!.end, priority: PRIORITY.PERSOON_STRONG + 3 });
        i += listed.length - 1;
        continue;
      }
      if (!listed.ambiguous || afterPostcode || lineEnd || district || placeCue.has(cue) || strongPlaceCue.has(cue) || closesName || areaTeam || island || placeOf || beside || glossed) {
        let last = tokens[i + listed.length - 1]!;
        let k = i + listed.length;
        // "Amsterdam-Noord", "Schiedam-Oost": a district by its compass word.
        if (tokens[k]?.text === '-' && !tokens[k]!.spaceBefore && departmentWords.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.spaceBefore) {
          last = tokens[k + 1]!;
          k += 2;
        }
        // "Hendrik-Ido-Ambacht": a hyphenated place of several parts is no double name.
        const hyphenated = listed.length >= 3 && tokens.slice(i, i + listed.length).some((x) => x.text === '-');
        spans.push({ type: 'PLAATS', start: t.start, end: last.end, priority: afterPostcode || lineEnd || hyphenated ? PRIORITY.PERSOON_STRONG + 3 : PRIORITY.PLAATS });
        i = k - 1;
      }
      continue;
    }
    if (!isCapWord(t)) continue;
    // "wijkteam Vathorst", "team Groot Driene", "locatie Ophoven": a home-care team or location is named after its
    // district (not "team Oost", "locatie De Hoeve", "locatie Avondrood").
    if (prev?.kind === 'word' && !prev.cap && (prev.lower === 'team' || prev.lower === 'wijkteam' || (prev.lower === 'locatie' && placeSuffix.test(t.lower))) &&
        !departmentWords.has(t.lower) && !organisationKinds.has(t.lower) && !locationKinds.has(t.lower) && !firstNames.has(t.lower) && !notPlaces.has(t.lower)) {
      const len = capRun(tokens, i, prev.lower === 'locatie' ? 1 : 2);
      const last = tokens[i + len - 1]!;
      // "team Zeebries": after a plain "team" a single word that does not look like a place names the team (an organisation).
      if (!(prev.lower === 'team' && len === 1 && !placeSuffix.test(t.lower))) {
        spans.push({ type: 'PLAATS', start: t.start, end: last.end, priority: PRIORITY.ORGANISATIE + 1 });
        i += len - 1;
        continue;
      }
    }
    // "in Haarle", "uit Scheemda", "in Burgh-Haamstede": after a place preposition a capitalised word that is no name,
    // kind word, country, shop or program is a place (villages are too many to list).
    if (prev?.kind === 'word' && !prev.cap && unlistedCue.has(prev.lower) && !t.allCaps && t.text.length >= 3 && !tokens[i + 1]?.cap &&
        !(tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && !isCapWord(tokens[i + 2])) &&
        // A surname after "in" or "uit" is a place ("in Lith"); after "naar" it may be the person one goes to.
        !firstNames.has(t.lower) && (!familyNames.has(t.lower) || (prev.lower !== 'naar' && !nameWords.has(t.lower)) || (tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore)) &&
        !departmentWords.has(t.lower) && !organisationKinds.has(t.lower) &&
        !locationKinds.has(t.lower) && !notPlaces.has(t.lower) && !monthOrDay.has(t.lower)) {
      const hyphen = tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore && isCapWord(tokens[i + 2]) && !tokens[i + 2]!.spaceBefore;
      const len = hyphen ? 3 : 1;
      if (isForeignTown(tokens, i, i + len) || foreignTowns.has(t.lower)) continue;
      const last = tokens[i + len - 1]!;
      spans.push({ type: 'PLAATS', start: t.start, end: last.end, priority: PRIORITY.PLAATS - 2 });
      i += len - 1;
      continue;
    }
    // "wijk Dragonder", "station Schothorst": a district or a station by its name.
    if (prev?.kind === 'word' && !prev.cap && /^(?:wijk|woonwijk|station|stadsdeel|buurtschap)$/.test(prev.lower) && !departmentWords.has(t.lower) &&
        !organisationKinds.has(t.lower) && !locationKinds.has(t.lower) && !firstNames.has(t.lower) && !notPlaces.has(t.lower) && !nonNameCaps.has(t.lower)) {
      const len = capRun(tokens, i, 2);
      spans.push({ type: 'PLAATS', start: t.start, end: tokens[i + len - 1]!.end, priority: PRIORITY.PERSOON_STRONG + 3 });
      i += len - 1;
      continue;
    }
    // "Dorpsstraat 19, Bakkum" at a line end: the place after an address.
    if (prev?.text === ',' && tokens[i - 2]?.kind === 'number' && isCapWord(tokens[i - 3]) && (tokens[i + 1]?.newlineBefore ?? true) &&
        !firstNames.has(t.lower) && !organisationKinds.has(t.lower)) {
      spans.push({ type: 'PLAATS', start: t.start, end: t.end, priority: PRIORITY.PERSOON_STRONG + 3 });
      continue;
    }
    const unlistedOk =
      afterPostcode ||
      strongPlaceCue.has(cue) ||
      (placeCue.has(cue) && placeSuffix.test(t.lower) && !familyNames.has(t.lower) && !firstNames.has(t.lower) && !organisationKinds.has(t.lower) && !locationKinds.has(t.lower) && !/centrum$/.test(t.lower));
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
