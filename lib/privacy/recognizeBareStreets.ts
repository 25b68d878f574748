import { firstNames, listedPlaceAt, medicalTerms, titles } from './lexicon';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

/** Capitalised words before a number that are no street: "Kamer 14", "Route 1", "Groep 2", "Bijlage 3". */
const notStreetHeads = new Set(
  `kamer route groep bed afdeling afd unit week dag stap fase niveau score module les bus lijn tram blok etage verdieping
  paviljoen box pagina hoofdstuk artikel versie punt item vraag antwoord bijlage type klas team ronde sessie gebouw vleugel
  cel stoel tafel nummer nr code cliënt client patiënt patient bewoner locatie ruimte zaal bus lijn spoor perron gate poort
  wk dienst jaar maand uur minuut vak deel periode cursus training leerjaar stadium graad categorie zorgprofiel zzp vpt
  mpt wlz pgb dosis tablet tabletten stuks keer punten agenda actie actiepunt besluit notulen casus cliëntnummer`.split(/\s+/).filter(Boolean),
);
/** Words right after a number that make it a dose, a duration or a count, not a house number. */
const unitAfter = /^(?:x|keer|mg|mcg|µg|ug|ml|cl|l|g|gr|kg|cm|mm|m|km|dd|ie|eh|e|jaar|jr|uur|u|min|minuten|sec|dagen|dag|weken|week|maanden|maand|stuks|st|tabl|tablet|tabletten|punten|pt|procent|graden|°|%)$/i;
/** Words before a street that say an address follows: "wonend Singel 212", "woont Dijk 4". */
const residenceCue = new Set(['wonend', 'woont', 'woonachtig', 'verblijft', 'verhuisd', 'verhuist', 'adres', 'woonadres']);
const streetArticles = new Set(['de', 'het', "'t", '’t', 'den']);

function isStreetWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap && !t.allCaps && t.text.length >= 2;
}

/** A listed place starts at token i, written with a capital ("Lelystad", "Den Haag"). */
function placeAt(tokens: Token[], i: number): boolean {
  return !!tokens[i]?.cap && listedPlaceAt(tokens, i) !== undefined;
}

/** A title and a name before the comma at `comma`, on its line, maybe with an age between ("Mw. Boon, 90 jr,"). */
function personBefore(tokens: Token[], comma: number): boolean {
  let k = comma - 1;
  // ", 90 jr" between the name and the street.
  if (/^(?:jr|jaar)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.kind === 'number' && tokens[k - 2]?.text === ',') k -= 3;
  // An inverted name on a client list: "Verschoor, G., Groenewoud 3-bis".
  if (tokens[k]?.kind === 'initials' && tokens[k - 1]?.text === ',' && tokens[k - 2]?.kind === 'word' && tokens[k - 2]!.cap) return true;
  let words = 0;
  for (; k >= 0 && words < 5; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && titles.has(t.lower) && t.lower !== 'jr' && t.lower !== 'sr') return words > 0;
    if (t.text === '.' && tokens[k - 1]?.kind === 'word' && titles.has(tokens[k - 1]!.lower)) continue;
    if (t.text === '-' && !t.spaceBefore) continue;
    if (t.kind === 'initials' || (t.kind === 'word' && (t.cap || /^(?:van|de|der|den|ter|ten)$/.test(t.lower)) && !medicalTerms.has(t.lower))) {
      if (t.newlineBefore && !titles.has(t.lower)) return false;
      words++;
      continue;
    }
    return false;
  }
  return false;
}

/** Index after a house-number addition that starts at j: "a", "-2", "-III", " bis". */
function additionEnd(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t || t.newlineBefore) return j;
  if (t.kind === 'word' && !t.spaceBefore && t.text.length <= 2 && /^\p{L}+$/u.test(t.text) && !unitAfter.test(t.text)) return j + 1;
  if (t.text === '-' && !t.spaceBefore) {
    const n = tokens[j + 1];
    // "164-2", "12-III", "8-a"; not "20-02", a date.
    if (n && !n.spaceBefore && ((n.kind === 'number' && !n.text.startsWith('0') && n.text.length <= 3) || (n.kind === 'word' && /^(?:[a-z]|bis|hs|I{1,3}|IV|V|VI{0,3})$/.test(n.text)))) return j + 2;
  }
  return j;
}

/**
 * Finds streets written without a street word ("De Rede 14", "Singel 212", "Tussen Meer 164-2", "Noordeinde 83"),
 * which only address context makes an address: a place or postcode after it ("Meeuwenplaats 40, Lelystad",
 * "Singel 212 te Vlissingen", "Dijk 112 | 1601 GK"), a residence word before it ("wonend Singel 212"), or a titled
 * name and a comma before it ("mw. Hagedoorn, De Rede 14"). Streets with a street word are found by pattern.
 */
export function recognizeBareStreets(tokens: Token[], postcodeStarts: ReadonlySet<number>): Span[] {
  const spans: Span[] = [];
  for (let n = 1; n < tokens.length; n++) {
    const num = tokens[n]!;
    if (num.kind !== 'number' || num.text.length > 4 || num.text.startsWith('0') || num.newlineBefore) continue;
    // The street: one to three capitalised words on the number's line, maybe opened by an article.
    let s = n;
    while (s > 0 && n - s < 3 && isStreetWord(tokens[s - 1]) && !tokens[s]!.newlineBefore) s--;
    if (s === n) continue;
    if (s > 0 && streetArticles.has(tokens[s - 1]!.lower) && tokens[s - 1]!.cap && !tokens[s]!.newlineBefore) s--;
    const head = tokens[n - 1]!;
    if (notStreetHeads.has(head.lower) || firstNames.has(head.lower) || tokens[s]!.sentenceStart && !tokens[s]!.newlineBefore && tokens[s - 1]?.text === '.') continue;
    const end = additionEnd(tokens, n + 1);
    const next = tokens[end];
    // A dose, a time, a score or a date is no house number: "Paracetamol 4dd", "Overleg 14:30", "Score 4/10".
    if (next && !next.newlineBefore && (unitAfter.test(next.text) || (/^[:/.,]$/.test(next.text) && tokens[end + 1]?.kind === 'number' && !tokens[end + 1]!.spaceBefore))) continue;

    const before = tokens[s - 1];
    const afterPlace = next !== undefined && !next.newlineBefore && (next.text === ',' || next.lower === 'te' || next.text === '(' || next.text === '|') && placeAt(tokens, end + 1);
    const afterPostcode = next !== undefined && (postcodeStarts.has(next.start) || (/^[,|]$/.test(next.text) && postcodeStarts.has(tokens[end + 1]?.start ?? -1)));
    const residence = before !== undefined && before.kind === 'word' && !before.cap && residenceCue.has(before.lower);
    const person = before?.text === ',' && personBefore(tokens, s - 1);
    // "huisbezoek 14:00, Tussen Meer 164-2": a floor addition closing the line after a comma.
    const floor = before?.text === ',' && end === n + 3 && tokens[n + 1]!.text === '-' && (next === undefined || next.newlineBefore);
    if (!afterPlace && !afterPostcode && !residence && !person && !floor) continue;
    spans.push({ type: 'ADRES', start: tokens[s]!.start, end: tokens[end - 1]!.end, priority: PRIORITY.ADRES });
  }
  return spans;
}
