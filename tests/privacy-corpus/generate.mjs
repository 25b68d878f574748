// Writes generated.ts: template reports filled with random identifiers, to test the
// recogniser on names it has no list entry for. Family names come from the full CC0
// Meertens list (mostly rare names), first names from @faker-js/faker nl (MIT).
// Deterministic: run `node tests/privacy-corpus/generate.mjs` from the repo root.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { allLocales } from '@faker-js/faker';

const here = dirname(fileURLToPath(import.meta.url));
const COUNT = 44;

let seed = 20240312;
/** mulberry32: small seeded PRNG so the corpus is stable across runs. */
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n, w = 2) => String(n).padStart(w, '0');

// Vendored CC0 list (lib/privacy/data/sources/README.md), so this runs from the repository alone.
const familyNames = readFileSync(join(here, '../../lib/privacy/data/sources/nl-family-names-freq5.lst'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  // Plain names only: no digits, no odd punctuation, no glued prefixes like 'sGravemade.
  .filter((l) => /^[\p{L}' -]+$/u.test(l) && !/^'?s?[a-z]+[A-Z]/u.test(l) && l.length >= 3);
const nl = allLocales.nl.person.first_name;
const female = nl.female;
const male = nl.male;

const places = [
  'Apeldoorn', 'Deventer', 'Zutphen', 'Harderwijk', 'Meppel', 'Emmen', 'Sneek', 'Heerenveen', 'Drachten',
  'Kampen', 'Gouda', 'Woerden', 'Alphen aan den Rijn', 'Delft', 'Schiedam', 'Vlaardingen', 'Dordrecht',
  'Gorinchem', 'Tiel', 'Culemborg', 'Oss', 'Uden', 'Veghel', 'Helmond', 'Weert', 'Sittard', 'Heerlen',
  'Kerkrade', 'Middelburg', 'Vlissingen', 'Terneuzen', 'Bergen op Zoom', 'Roosendaal', 'Breda',
  'Oosterhout', 'Hoorn', 'Enkhuizen', 'Alkmaar', 'Haarlem', 'Hilversum', 'Huizen', 'Lelystad', 'Almere',
  'Doetinchem', 'Winterswijk', 'Hengelo', 'Oldenzaal', 'Steenwijk', 'Hoogezand', 'Veendam', 'Winschoten',
];
const streetStems = ['Kerk', 'Molen', 'Dorps', 'School', 'Beuken', 'Eiken', 'Linden', 'Vogel', 'Rozen', 'Tulpen', 'Haven', 'Stations', 'Burgemeester Visser', 'Wilhelmina', 'Julianna', 'Oranje', 'Koning', 'Prinses Irene', 'Hoofd', 'Brink', 'Esdoorn', 'Lijster', 'Merel', 'Zwaluw', 'Spoor'];
const streetSuffixes = ['straat', 'laan', 'weg', 'plein', 'singel', 'gracht', 'kade', 'dijk', 'hof', 'dreef', 'pad', 'erf'];
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const monthsShort = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const orgKinds = ['Zorggroep', 'Thuiszorg', 'Verpleeghuis', 'Zorgcentrum', 'Woonzorgcentrum', 'Huisartsenpraktijk', 'Apotheek', 'Stichting'];
const orgNames = ['De Linde', 'Het Baken', 'De Zonnehoek', 'Oostergouw', 'De Horst', 'Sint Jozef', 'Het Gastenhuis', 'De Wingerd', 'Avondlicht', 'De Riethorst', 'Beukenstein', 'De Vijverhof'];

const P = (s) => `[[PERSOON|${s}]]`;
const T = (type, s) => `[[${type}|${s}]]`;

function familyName() {
  return pick(familyNames);
}
function firstName(sex = rand() < 0.55 ? 'f' : 'm') {
  return pick(sex === 'f' ? female : male);
}
function initials() {
  const n = int(1, 3);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(65 + int(0, 25)).replace(/[QXYZ]/, 'J') + '.';
  return s;
}
function date({ withYear = true, year } = {}) {
  const y = year ?? int(2022, 2025);
  const m = int(1, 12);
  const d = int(1, 28);
  const formats = withYear
    ? [
        () => `${pad(d)}-${pad(m)}-${y}`,
        () => `${d}-${m}-${y}`,
        () => `${d}/${m}/${String(y).slice(2)}`,
        () => `${pad(d)}.${pad(m)}.${y}`,
        () => `${y}-${pad(m)}-${pad(d)}`,
        () => `${d} ${months[m - 1]} ${y}`,
        () => `${d} ${monthsShort[m - 1]} '${String(y).slice(2)}`,
        () => `${d} ${monthsShort[m - 1]}. ${y}`,
      ]
    : [() => `${d} ${months[m - 1]}`, () => `${d} ${monthsShort[m - 1]}`];
  return pick(formats)();
}
function phone() {
  const sub = `${int(1, 9)}${pad(int(0, 9999999), 7)}`;
  const area = pick(['010', '020', '030', '038', '050', '053', '055', '070', '073', '076', '0182', '0229', '0318', '0546']);
  const local = pad(int(0, 10 ** (10 - area.length) - 1), 10 - area.length).replace(/^0/, '4');
  return pick([
    () => `06-${sub}`,
    () => `06 ${sub.slice(0, 2)} ${sub.slice(2, 4)} ${sub.slice(4, 6)} ${sub.slice(6)}`,
    () => `+31 6 ${sub}`,
    () => `${area}-${local}`,
    () => `${area} ${local}`,
    () => `+31 (0)${area.slice(1)} ${local}`,
    () => `0031${area.slice(1)}${local}`,
  ])();
}
function postcode() {
  const letters = 'ABCDEGHJKLMNPRSTVWXZ';
  return `${int(1000, 9999)}${pick([' ', '', ' '])}${pick([...letters])}${pick([...letters])}`;
}
function street() {
  return `${pick(streetStems)}${pick(streetSuffixes)} ${int(1, 240)}${pick(['', '', '', 'a', 'b', '-2', ' A', ' bis'])}`;
}
function bsn() {
  for (;;) {
    const d = Array.from({ length: 9 }, (_, i) => (i === 0 ? int(1, 9) : int(0, 9)));
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += d[i] * (9 - i);
    sum -= d[8];
    if (sum % 11 === 0) return d.join('');
  }
}
function fullName() {
  return pick([
    () => `${firstName()} ${familyName()}`,
    () => `${initials()} ${familyName()}`,
    () => `${firstName()} ${familyName()}-${familyName()}`,
  ])();
}
function org() {
  return `${pick(orgKinds)} ${pick(orgNames)}`;
}

const templates = [
  () => {
    const fam = familyName();
    return `Mw. ${P(fam)} heeft vanochtend ontbeten in de huiskamer. Om 10.30 uur kwam haar dochter ${P(firstName('f'))} op bezoek. Mw. ${P(fam)} was opgewekt. RR 138/80, pols 70. Paracetamol 500 mg 3dd.`;
  },
  () => {
    const fam = familyName();
    return `Dhr. ${P(`${initials()} ${fam}`)} is op ${T('DATUM', date())} gevallen in de badkamer. Geen letsel. Zoon ${P(`${firstName('m')} ${fam}`)} is gebeld via ${T('TELEFOON', phone())}.`;
  },
  () =>
    `Nieuwe cliënt: ${P(fullName())}, geboren ${T('DATUM', date({ year: int(1925, 1950) }))}, BSN ${T('BSN', bsn())}. Adres: ${T('ADRES', street())}, ${T('POSTCODE', postcode())} ${T('PLAATS', pick(places))}.`,
  () => {
    const name = firstName();
    return `${P(name)} was vandaag rustig. Begeleider ${P(firstName())} heeft met ${P(name)} gewandeld naar het park. Avondmedicatie om 20.00 uur gegeven.`;
  },
  () =>
    `Huisarts ${P(familyName())} uit ${T('PLAATS', pick(places))} heeft op ${T('DATUM', date())} amoxicilline 500 mg 3dd voorgeschreven. Kuur tot en met ${T('DATUM', date({ withYear: false }))}.`,
  () =>
    `Overgeplaatst van ${T('ORGANISATIE', org())} naar ${T('ORGANISATIE', org())}. Contactpersoon: ${P(fullName())}, ${T('TELEFOON', phone())}. Cliëntnummer ${T('ID', String(int(1000000, 99999999)))}.`,
  () => {
    const age = int(90, 103);
    return `Mevr. ${P(familyName())} (${T('LEEFTIJD', String(age))} jaar) woont sinds ${T('DATUM', `${pick(months)} ${int(2015, 2023)}`)} op de afdeling. Ze is slechthorend en draagt rechts een hoortoestel.`;
  },
  () =>
    `Telefonisch overleg met SO ${P(`${firstName()} ${familyName()}`)}: morfine ophogen naar 15 mg 6dd. Evaluatie ${T('DATUM', date())}. Familie (${P(firstName())}) akkoord.`,
  () =>
    `MDO: aanwezig EVV ${P(fullName())}, fysiotherapeut ${P(fullName())} en arts dr. ${P(familyName())}. Tinetti 18, Barthel 11. Besluit: rolstoel voor lange afstanden.`,
  () =>
    `E-mail van ${P(`${firstName()} ${familyName()}`)} (${T('EMAIL', `${firstName().toLowerCase()}.${pick(['jansen', 'devries', 'smit', 'bos', 'mulder', 'kok'])}${int(1, 99)}@${pick(['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl'])}`)}): vraagt of haar moeder naar de kerstmarkt mag op ${T('DATUM', date({ withYear: false }))}.`,
  () =>
    `Verwijzing: patiëntnummer ${T('ID', String(int(1000000, 9999999)))}, mw. ${P(`${firstName('f')} ${familyName()}`)}, ${T('ADRES', street())} te ${T('PLAATS', pick(places))}. Reden: valpreventie.`,
  () => {
    const fam = familyName();
    return `${P(fam)}, ${P(initials())} (dhr.) - ${T('DATUM', date({ year: int(1928, 1945) }))} - kamer 14`;
  },
];

const docs = [];
for (let i = 0; i < COUNT; i++) {
  const text = templates[i % templates.length]();
  docs.push({ id: `gen-${pad(i + 1)}`, genre: 'generated', text });
}

const header = `// GENERATED by tests/privacy-corpus/generate.mjs, do not edit by hand.
// Family names: Meertens Nederlandse Familienamenbank via digitalheir/family-names-in-the-netherlands (CC0).
// First names: @faker-js/faker nl locale (MIT). Everything else is random and fictional.
import type { CorpusSource } from './parse';

export const generatedDocs: CorpusSource[] = `;
writeFileSync(join(here, 'generated.ts'), `${header}${JSON.stringify(docs, null, 2)};\n`);
console.log(`wrote ${docs.length} docs`);
