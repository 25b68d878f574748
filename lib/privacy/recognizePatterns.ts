import { isValidBsn } from './bsn';
import { PRIORITY, type Span } from './spans';

// Every regex is compiled once at import; each recogniser is a single linear scan.

const emailRe = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/giu;
const urlRe =
  /(?:https?:\/\/|www\.)[^\s<>"')\]]+|(?<![\p{L}\d@.-])[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:nl|com|org|net|eu|be|de|info|nu|care|health)(?:\/[^\s<>"')\]]*)?(?![\p{L}\d@-])/giu;
const phoneRe =
  /(?<![\w+\d])(?:(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]{0,3}\d){8}|\(?0[1-9](?:[ \-)]{0,3}\d){8}|0[89]00[ -]?\d{7})(?!\d)/gu;
const dateInside = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;
const postcodeRe = /(?<![\p{L}\d])[1-9]\d{3} ?(?!SA|SD|SS|IE|EH|MG|ML|KG|CM|MM|XL)[A-Z]{2}(?![\p{L}\d])/gu;
// "3512 kl", "9712cp": lower case only where a postcode stands, before a capitalised place or after a house number.
const lowerPostcodeRe = /(?<![\p{L}\d])([1-9]\d{3}) ?([a-z][A-Za-z]|[A-Z][a-z])(?![\p{L}\d])(?=,?[ \t]+\p{Lu}\p{Ll})/gu;
const afterHouseNumber = /\d[a-zA-Z]?(?:[- ]?[\p{L}\d]{1,3})?,?[ \t]*$/u;
// Right after a house number any four digits and two letters are the postcode ("Kloosterstraat 17, 4611 CM").
const anyPostcodeRe = /(?<![\p{L}\d])[1-9]\d{3} ?[A-Za-z]{2}(?![\p{L}\d])/gu;
const notPostcodeLetters = new Set('en in op is na om te de af al of nu zo ja ik je we ze mg ml kg cm mm gr uu ie eh sa sd ss xl st ad bc tm vs'.split(' '));
const bsnShapeRe = /(?<![\d.,\-/])(?:\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}[. ]\d{2}[. ]\d{3}|\d{2}[. ]\d{2}[. ]\d{2}[. ]\d{3})(?![\d]|[.,\-/]\d)/g;
const longNumberRe = /(?<![\d.,\-/])\d{7,}(?![\d]|[.,]\d)/g;
const idLabelRe =
  /(?<![\p{L}\d])(?=[cpdorvzbklaui])(?:cli[eë]nt(?:en)?(?:nummer|nr)|pati[eë]nt(?:nummer|nr)|dossier(?:nummer|nr)|opname(?:nummer|nr)|order(?:nummer|nr)|polis(?:nummer|nr)|registratie(?:nummer|nr)|verzekerden?(?:nummer|nr)|relatie(?:nummer|nr)|zorgverzekerings?nummer|burgerservicenummer|pasnummer|lidnummer|kenmerk|referentie(?:nummer)?|\bBSN|\bBIG(?:[- ]?(?:nummer|nr|code|registratie))?|\bAGB(?:[- ]?(?:code|nummer|nr))?(?:\s+(?:voorschrijver|praktijk|zorgverlener))?|\bUZI(?:[- ]?nummer)?|\bID(?:[- ]?nummer)?)\.?\s*[:#]?\s*((?:[A-Z]{1,5}-?)?\d[\d.\- /]*\d)/giu;
// "is 94", "ik ben al 99", "wordt dan 94", "inmiddels 91", "(Toos, 96)", "geb. 04-02-1932 (93)": an age of 90+ without
// "jaar", after a verb of being or becoming; not when a measurement is the subject ("sat is 94", "pols was 92").
const ageNumberRe = /(?<![\d,.])(?:9\d|1[01]\d)(?![\d])/g;
// Checked on the text before the number (numbers of 90+ are rare, so this is cheap).
// Between the verb and the number: time words ("wordt die dag 97", "is nu al 96") and the subject itself
// ("wordt mw. 103", "is moeder inmiddels 95").
const AGE_FILLER = String.raw`(?:zelf|ook|tenslotte|ten slotte|immers|toch|intussen|ondertussen|al|nu|dan|inmiddels|bijna|pas|net|ruim|morgen|overmorgen|vandaag|gisteren|binnenkort|straks|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|die dag|deze week|deze maand|volgende week|volgende maand|dit jaar|mw\.?|mevr\.?|mevrouw|dhr\.?|meneer|ze|zij|hij|moeder|vader|oma|opa|cliënt|client|bewoner|bewoonster|patiënt)`;
const bareAgeBefore = new RegExp(
  String.raw`(?:\b(?:ben|is|wordt|word|werd|was|inmiddels|bijna|al|nu|dan|pas|net|ruim)[ \t]+(?:${AGE_FILLER}[ \t]+){0,3}|\((?:\p{Lu}\p{Ll}+,[ \t]*)?)$`,
  'iu',
);
// "dat ze 95 is", "toen hij 91 werd", "omdat mw. 96 wordt": the subject before the number, the verb after it.
const subjectAgeRe = /(?<=\b(?:ze|zij|hij|mw\.?|mevr\.?|mevrouw|dhr\.?|meneer|moeder|vader|oma|opa)[ \t]+(?:(?:al|nu|inmiddels|bijna|pas|net|ruim)[ \t]+)?)(9\d|1[01]\d)(?=[ \t]+(?:is|wordt|werd|was|geworden|zou worden)\b)/giu;
// "(vrouw 92)", "(echtgenoot, 94)", "dhr. (99!)": an age in brackets after who it is, or with an exclamation.
const bracketAgeRe = /(?<=\((?:(?:vrouw|man|echtgenote|echtgenoot|partner|moeder|vader|zus|broer|oma|opa|m|v)[ \t]*,?[ \t]*)?)(9\d|10\d)(?=[!?]*\))/giu;
const titledNameAgeRe = /(?<=\b(?:mw|mevr|dhr|mevrouw|meneer)\.?[ \t]+(?:\p{Lu}\.)*[ \t]?(?:(?:van|de|der|den|ter|ten)[ \t]+){0,2}\p{Lu}[\p{L}'-]+(?:[ \t]+\(|,[ \t]+))(9\d|10\d)(?=,[ \t])/giu;
const bareAgeAfter = /^(?:[,.]\d|[ \t]*(?:%|\/|mg|kg|ml|mmol|kilo|cm|keer|x\b|slagen|per|graden|°|min|sec|uur|punten|bpm))/i;
const ageBefore = /(?:maand|jaar|volgende week|binnenkort|straks|morgen)[ \t]+$/i;
const measurementSubject = /(?<!\p{L})(?:gew|kg|sat|saturatie|spo2|pols|hf|hartslag|frequentie|rr|bloeddruk|tensie|gewicht|glucose|bs|temp|temperatuur|score|bmi|ah|af|nrs|vas|barthel|mmse|waarde|cijfer|percentage|spiegel|hb|inr|crp|lengte|omvang|it|het|dat|dit|er)\b[^.\n]{0,12}$/iu;
const ageWordRe = /(?<![\p{L}])(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)negentig|negentig|honderd(?:en(?:een|twee|drie|vier|vijf))?)(?:(?![\p{L}])|(?=jarig))/giu;
const ageRe =
  /(?<![\d.,])(9\d|1[01]\d)(?=\s?-?(?:jarige|jarig|jaar|jr\.?)(?![\p{L}]))|(?<=leeftijd\s*:?\s*)(9\d|1[01]\d)(?!\d)|(?<=[\p{L}.]\s?\()(9\d|10\d)(?=(?:\s?(?:jaar|jr\.?))?\))/giu;

const SUFFIX =
  'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|park|dreef|pad|baan|plantsoen|markt|ring|wal|erf|burgwal|boulevard|allee|dam|veld|haven|straatweg|weide|poort|brink|akker|gaarde|vliet|wetering|zijde|oord|heuvel|hage|promenade|kwartier|dwarsweg|hoeve|drift|kamp|gang|stede|tuin|hoek';
const TV = "(?:van|de|der|den|het|'t|ter|ten|op|aan|in|la|le|du)";
// Inside the words before a street name "aan", "op" and "in" are a verb's preposition ("Woont aan de Molenkamp 3",
// "Lunchroom De Pepermolen aan de Havenkade 8"), not part of the street.
const TV_INNER = "(?:van|de|der|den|het|'t|ter|ten|la|le|du)";
// A house-number range never has a leading zero: "Antwoord 20-02" is a day-month, not number 20-02.
const NUMBER = String.raw`\d{1,5}(?!\d|[,.:]\d|[-/.]\d{1,2}[-/.]\d)(?:(?![xX](?![\p{L}]))[a-zA-Z]{1,2}(?![\p{L}])|[ \t]?-[ \t]?[1-9]\d{0,3}[a-zA-Z]?|(?<=\d{3})-0\d(?!\d)|-(?:[a-zA-Z]{1,2}|I{1,3}|IV|V|VI{1,3})(?![\p{L}])|[ \t](?:[A-Z](?![\p{L}\d])|bis|hs|zw|rd|I{1,3}(?![\p{L}])))?(?![ \t]?(?:x\b|keer|mg|ml|kg|jaar|uur|%|°|cm|mm|minuten|min\b|dagen|weken)|-\d)`;
const addressRe = new RegExp(
  [
    // "Burgemeester de Withstraat 7", "Kerkstraat 12a", "Ringbaan-West 180"
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}'.]*[ \t]+(?:${TV_INNER}[ \t]+){0,2}){0,2}\p{Lu}[\p{L}'-]*?(?:${SUFFIX})(?:-\p{Lu}\p{L}+)?[ \t]+${NUMBER}`,
    // "Lange Voorhout 10", "Laan van Vollenhove 3031"
    String.raw`(?<![\p{L}])(?:Laan|Plein|Dreef|Kade|Singel|Straat|Weg|Hof|Park|Lange|Korte|Oude|Nieuwe|Hoge|Lage|Achter|Voor|Binnen|Buiten|Groot|Grote|Klein|Kleine|Oost|West|Noord|Zuid|Sint|St\.)[ \t]+(?:${TV}[ \t]+){0,2}\p{Lu}[\p{L}'-]+[ \t]+${NUMBER}`,
    String.raw`(?<![\p{L}])Postbus[ \t]+\d{1,6}`,
    // Any capitalised street name + number right before a postcode: "Ganzenwei 19, 4005 VK", "Het Want 33, 8224 CP".
    // Not a dose before an amount: "Paracetamol 4dd 1000 mg".
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}'.-]*[ \t]+(?:${TV}[ \t]+){0,2}){0,2}\p{Lu}[\p{L}'-]+[ \t]+${NUMBER}(?=,?[ \t]+[1-9]\d{3} ?(?!(?:mg|ml|kg|cm|mm|gr|ie|eh|en|in|op|te|de|of|na|om|is)(?![\p{L}\d]))[A-Za-z]{2}(?![\p{L}\d]))`,
  ].join('|'),
  'gu',
);
// After an address label any capitalised words + number form the address.
const labelledAddressRe = new RegExp(
  String.raw`(?<=(?:adres|woonadres|verblijfadres|bezoekadres|postadres|woont aan de|woont op de|woonachtig aan de|woonachtig op)[ \t]*:?[ \t]*)\p{Lu}[\p{L}'-]+(?:[ \t]+(?:${TV}[ \t]+)?\p{Lu}[\p{L}'-]+){0,3}[ \t]+${NUMBER}`,
  'giu',
);

// Internal extension and pager numbers: "toestel 4417", "sein 614", "pieper 3109", "tst. 212".
const extensionRe = /(?<![\p{L}])(?:toestel|toestelnummer|tst\.?|sein|seinnummer|piep|pieper|piepernummer|pager|dect|intern|doorkiesnummer|doorkies|ext\.?)[ \t]*(?:nr\.?|nummer)?[ \t]*:?[ \t]*(\d{2,6})(?![\d,.]\d)/giu;

function push(spans: Span[], type: Span['type'], start: number, end: number, priority: number) {
  spans.push({ type, start, end, priority });
}

/** Trims trailing punctuation that is more likely sentence than URL. */
function urlEnd(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * Finds identifiers with a fixed shape: e-mail, URL, phone, postcode, BSN, IDs, ages of 90+,
 * and street addresses (dates: see dates.ts). Returns unresolved candidates (overlaps allowed).
 */
export function recognizePatterns(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(emailRe)) push(spans, 'EMAIL', m.index, m.index + m[0].length, PRIORITY.EMAIL);
  for (const m of text.matchAll(urlRe)) {
    const end = urlEnd(text, m.index, m.index + m[0].length);
    // "o.a." and "i.v.m." are not domains; a real host has a 2+ letter label before the TLD.
    if (!/^(?:https?:|www\.)/i.test(m[0]) && !/[a-z\d-]{2,}\.[a-z]{2,}/i.test(m[0])) continue;
    push(spans, 'URL', m.index, end, PRIORITY.URL);
  }
  for (const m of text.matchAll(phoneRe)) {
    let end = m.index + m[0].length;
    if (dateInside.test(m[0])) continue;
    while (end > m.index && /[\s-]/.test(text[end - 1] ?? '')) end--;
    push(spans, 'TELEFOON', m.index, end, PRIORITY.TELEFOON);
  }
  for (const m of text.matchAll(postcodeRe)) push(spans, 'POSTCODE', m.index, m.index + m[0].length, PRIORITY.POSTCODE);
  for (const m of text.matchAll(lowerPostcodeRe)) {
    const letters = (m[2] ?? '').toLowerCase();
    const year = /^(?:19|20)\d\d$/.test(m[1] ?? '');
    // After "Straat 12," a postcode is expected; elsewhere the letters must not be a word ("2019 en Marieke").
    const afterAddress = afterHouseNumber.test(text.slice(Math.max(0, m.index - 14), m.index));
    if (notPostcodeLetters.has(letters) && !afterAddress) continue;
    if (year && !afterAddress) continue;
    push(spans, 'POSTCODE', m.index, m.index + m[0].length, PRIORITY.POSTCODE);
  }
  for (const m of text.matchAll(anyPostcodeRe)) {
    // "3dd 1000 mg": a dose, not a postcode.
    if (notPostcodeLetters.has(m[0].slice(-2)) && m[0].slice(-2) === m[0].slice(-2).toLowerCase()) continue;
    if (afterHouseNumber.test(text.slice(Math.max(0, m.index - 14), m.index)) && /\p{L}[ \t]+\d/u.test(text.slice(Math.max(0, m.index - 14), m.index))) {
      push(spans, 'POSTCODE', m.index, m.index + m[0].length, PRIORITY.POSTCODE);
    }
  }

  for (const m of text.matchAll(idLabelRe)) {
    const value = m[1] ?? '';
    const digits = value.replace(/\D/g, '');
    if (digits.length < 4) continue;
    const start = m.index + m[0].length - value.length;
    const isBsnLabel = /bsn|burgerservice/i.test(m[0].slice(0, m[0].length - value.length));
    const type = isBsnLabel && digits.length === 9 && isValidBsn(digits) ? 'BSN' : 'ID';
    push(spans, type, start, start + value.trimEnd().length, type === 'BSN' ? PRIORITY.BSN : PRIORITY.ID + 1);
  }
  for (const m of text.matchAll(bsnShapeRe)) {
    if (isValidBsn(m[0])) push(spans, 'BSN', m.index, m.index + m[0].length, PRIORITY.BSN);
    else if (/^\d{9}$/.test(m[0])) push(spans, 'ID', m.index, m.index + m[0].length, PRIORITY.ID);
  }
  for (const m of text.matchAll(extensionRe)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    push(spans, 'ID', start, start + value.length, PRIORITY.ID);
  }
  for (const m of text.matchAll(longNumberRe)) push(spans, 'ID', m.index, m.index + m[0].length, PRIORITY.ID);

  for (const m of text.matchAll(ageRe)) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  // "is 94", "ik ben al 99", "wordt dan 94", "inmiddels 91", "(Toos, 96)", "geb. 04-02-1932 (93)": an age of 90+ without
  // "jaar", after a verb of being or becoming or alone in brackets; not when a measurement is the subject ("sat is 94").
  for (const m of text.matchAll(ageNumberRe)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const bracket = before.endsWith('(') || /\(\p{Lu}\p{Ll}+,[ \t]*$/u.test(before);
    if (bracket ? !after.startsWith(')') || +m[0] > 109 : !bareAgeBefore.test(before) || bareAgeAfter.test(after)) continue;
    if (!bracket && measurementSubject.test(before.replace(/(?:ben|is|wordt|word|werd|was)[ \t]+(?:\p{L}+\.?[ \t]+){0,3}$/u, ''))) continue;
    push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  }
  // "haar 95ste verjaardag", "een vrouw van 94", "(m, 92)", "lft. 93", "leeftijd van 91", "93 j.", "93 geworden".
  const moreAges =
    /(?<![\d,.])(9\d|10\d)(?=(?:e|ste)[ \t]+verjaardag\b)|(?<=\b(?:vrouw|man|dame|heer|mevrouw|meneer|moeder|vader|oma|opa|weduwe|weduwnaar)[ \t]+van[ \t]+)(9\d|10\d)(?![\d,.]|[ \t]*(?:kg|kilo|cm|%))|(?<=\((?:m|v|man|vrouw|♀|♂)[ \t]*[,/][ \t]*)(9\d|10\d)(?=\))|(?<=\b(?:lft|leeftijd[ \t]+van)\.?[ \t]*:?[ \t]*)(9\d|10\d)(?![\d]|[,.]\d)|(?<![\d,.])(9\d|10\d)(?=[ \t]?j(?:\.|(?=[),;]))|[ \t]+(?:is[ \t]+)?geworden\b)/giu;
  for (const m of text.matchAll(moreAges)) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  // Ages in words: "is drieënnegentig", "vierennegentig jaar", "wordt honderd".
  for (const m of text.matchAll(ageWordRe)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (/^[ \t-]*(?:jaar|jarige?|jr)\b/i.test(after) || bareAgeBefore.test(before)) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  }
  // "Mw. Verhoef (94, Lindelaan 3)", "dhr. Bos, 91, komt": an age right after a titled name, in brackets or between commas.
  for (const m of text.matchAll(titledNameAgeRe)) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  for (const re of [subjectAgeRe, bracketAgeRe]) for (const m of text.matchAll(re)) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  // "op zijn 92e", "op haar 95ste": an age as an ordinal.
  for (const m of text.matchAll(/(?<=\bop (?:zijn|haar|z'n|d'r)[ \t]+)(9\d|10\d)(?=(?:e|ste)\b)/giu)) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  // "volgende maand 97 wordt"
  for (const m of text.matchAll(/(?<![\d,.])(9\d|10\d)(?=[ \t]+(?:wordt|werd|geworden|is geworden)\b)/gu)) {
    if (ageBefore.test(text.slice(Math.max(0, m.index - 20), m.index))) push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  }
  // "ze wordt 22 augustus 100": the age reached on a date.
  for (const m of text.matchAll(/(?<=\bwordt[ \t]+(?:op[ \t]+)?\d{1,2}[ \t]+(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?[ \t]+)(9\d|1[01]\d)(?![\d,.])/giu)) {
    push(spans, 'LEEFTIJD', m.index, m.index + m[0].length, PRIORITY.LEEFTIJD);
  }
  for (const m of text.matchAll(addressRe)) push(spans, 'ADRES', m.index, m.index + m[0].trimEnd().length, PRIORITY.ADRES);
  for (const m of text.matchAll(labelledAddressRe)) push(spans, 'ADRES', m.index, m.index + m[0].trimEnd().length, PRIORITY.ADRES);
  return spans;
}
