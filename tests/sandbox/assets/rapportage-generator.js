/*
 * Deterministic generator of fictional nursing reports (rapportages) for groot-dossier.html and benchmarks.
 * Pure ES module without DOM access, so Node tests and benchmarks can import it too.
 *
 * The newest three reports are fixed and carry the distinctive facts listed in ../key-facts.json; the
 * generated older reports never use those facts' keywords, so a recall check can only pass on the latest ones.
 */

export const DEFAULT_COUNT = 3000;
export const DEFAULT_SEED = 20251120;
export const MAX_COUNT = 100000;

/** Small seeded PRNG (mulberry32): same seed, same sequence, in every browser and in Node. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
const pad = (n) => String(n).padStart(2, '0');

/** Local wall-clock date of the fictional ward, computed in UTC so the time zone of the machine never matters. */
function stamp(year, month, day, hour, minute) {
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const dd = pad(d.getUTCDate());
  const mm = pad(d.getUTCMonth() + 1);
  const yyyy = d.getUTCFullYear();
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return {
    iso: `${yyyy}-${mm}-${dd}T${time}`,
    date: `${WEEKDAYS[d.getUTCDay()]} ${dd}-${mm}-${yyyy} ${time}`,
  };
}

/** The three newest reports, newest first. Keep in sync with ../key-facts.json. */
export const LATEST_REPORTS = [
  {
    ...stamp(2025, 11, 20, 21, 40),
    author: 'Jolanda Meijer',
    role: 'verpleegkundige',
    topic: 'Lichamelijk welbevinden',
    lines: [
      'S: Mw. meldt pijn in de linkerpols nadat ze bij de wastafel is uitgegleden.',
      'O: Zwelling en blauwe verkleuring linkerpols, NRS 6. RR 152/88, P 92 reg., sat 96%. Geen hoofdletsel.',
      'E: Verdenking polsfractuur links. Let op: mw. gebruikt geen bloedverdunners.',
      'P: Huisartsenpost gebeld; röntgenfoto gepland morgen om 09:30 op de SEH. Pols gekoeld en in mitella. Dochter Ellen geïnformeerd.',
    ],
  },
  {
    ...stamp(2025, 11, 20, 14, 15),
    author: 'Thijs van Leeuwen',
    role: 'fysiotherapeut',
    topic: 'Participatie',
    lines: [
      'Mw. oefent met de nieuwe rollator met zitje. Loopt vandaag 40 meter zelfstandig, twee keer rust genomen.',
      'Doel: in januari zelfstandig naar het restaurant beneden lopen voor de warme maaltijd.',
    ],
  },
  {
    ...stamp(2025, 11, 20, 9, 5),
    author: 'Femke Kuiper',
    role: 'verzorgende IG',
    topic: 'Mentaal welbevinden',
    lines: [
      'Kleinzoon Daan heeft een tablet ingesteld; mw. heeft voor het eerst gevideobeld met haar zus Grietje in Canada. Mw. straalde en vertelde er de hele ochtend over.',
      'Afgesproken: elke zondag om 17:00 helpt de verzorging met het videobellen.',
    ],
  },
];

const STAFF = {
  zorg: [
    ['Femke Kuiper', 'verzorgende IG'],
    ['Ahmed Bouzid', 'verzorgende IG'],
    ['Marloes Verbeek', 'helpende'],
    ['Gerrit Postma', 'verzorgende IG'],
    ['Ilse Koster', 'EVV-er'],
    ['Bram Willems', 'verzorgende IG'],
  ],
  verpleging: [
    ['Jolanda Meijer', 'verpleegkundige'],
    ['Sanne de Wit', 'verpleegkundige'],
    ['Rianne Smit', 'verpleegkundige'],
  ],
  activiteiten: [['Nadia Benali', 'activiteitenbegeleider']],
  arts: [['Esther Hofman', 'specialist ouderengeneeskunde']],
};

const S_LINES = [
  'Mw. zegt dat ze goed geslapen heeft.',
  'Mw. geeft aan wat stijf te zijn in de rug.',
  'Mw. voelt zich "niet zo fit vandaag".',
  'Mw. zegt geen pijn te hebben.',
  'Mw. klaagt over koude voeten.',
  'Mw. vertelt dat ze trek heeft.',
];
const O_EXTRA = [
  'Huid intact.',
  'Ontbijt volledig op.',
  'Drinkt voldoende.',
  'Enkels niet oedemateus.',
  'Loopt met rollator naar de huiskamer.',
  'Mondzorg gedaan, gebitsprothese schoongemaakt.',
];
const E_LINES = ['Stabiel.', 'Geen bijzonderheden.', 'Waarden binnen de afgesproken grenzen.', 'Iets vermoeider dan gisteren.'];
const P_LINES = [
  'Zorg volgens zorgleefplan continueren.',
  'Volgende controle volgens afspraak.',
  'Avonddienst let op vochtinname.',
  'Bij klachten arts bellen.',
];
const ZORG_NOTES = [
  'Ochtendzorg: mw. heeft zich gedeeltelijk zelf gewassen, rug en benen door verzorging. Goed gehumeurd, geen bijzonderheden.',
  'Ochtendzorg: gedoucht met hulp, steunkousen aangetrokken. Mw. opgewekt.',
  'Mw. heeft de warme maaltijd goed gegeten (stamppot) en 3 bekers thee gedronken.',
  'Mw. at de helft van de broodmaaltijd; drinkt voldoende (ca. 1200 ml).',
  'Avondzorg: mw. om 21:00 naar bed geholpen, incontinentiemateriaal verschoond, huid intact.',
  'Nacht: mw. sliep goed, 1x geholpen met toiletgang.',
  'Nacht: mw. lag om 03:00 wakker, warme melk gegeven, daarna geslapen.',
  'Mw. heeft zelf haar nagels gevijld; verzorging heeft geholpen met de handcrème.',
];
const MENTAAL = [
  'Mw. was vandaag wat somber; gesprek gehad over vroeger op de boerderij in Friesland, daarna opgeklaard.',
  'Mw. vertelde vrolijk over haar kleinkinderen en zong mee met de radio.',
  'Mw. was in de middag wat onrustig en vroeg meerdere keren hoe laat het was. Rustig na uitleg.',
  'Mw. mist haar overleden man Klaas; foto bij het bed gezet op haar verzoek.',
];
const PARTICIPATIE = [
  'Mw. heeft meegedaan met het sjoelen in de huiskamer en won de tweede ronde.',
  'Mw. heeft geluisterd naar het koor in de recreatiezaal.',
  'Dochter Ellen was op bezoek; samen koffie gedronken in de tuinkamer.',
  'Mw. heeft geholpen met het vouwen van de servetten en vond dat fijn.',
  'Mw. wilde niet mee naar de bingo, bleef liever op de kamer lezen.',
];
const WOON = [
  'Kamer opgeruimd, bed verschoond. Mw. wil de gordijnen overdag open.',
  'Nieuwe hoog-laagbed geplaatst, mw. is tevreden.',
  'Kast opgeruimd met dochter; winterkleding ingeruimd.',
];
const MEDICATIE = [
  'Medicatie volgens toedienlijst gegeven en afgetekend.',
  'Levothyroxine om 07:00 nuchter gegeven.',
  'Oxycodon 5 mg zo nodig gegeven om 15:00 voor rugpijn (NRS 5), na 1 uur NRS 2.',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}
function between(rand, min, max) {
  return min + Math.floor(rand() * (max - min + 1));
}
function decimal(value) {
  return value.toFixed(1).replace('.', ',');
}

function soep(rand) {
  const sys = between(rand, 118, 158);
  const dia = between(rand, 62, 92);
  const p = between(rand, 58, 96);
  const t = decimal(36.1 + between(rand, 0, 14) / 10);
  const sat = between(rand, 93, 98);
  const weight = rand() < 0.3 ? ` gew: ${decimal(57 + between(rand, 0, 25) / 10)} kg.` : '';
  return [
    `S: ${pick(rand, S_LINES)}`,
    `O: RR ${sys}/${dia}, P ${p}${rand() < 0.6 ? ' reg.' : ''}, T ${t}, sat ${sat}%.${weight} ${pick(rand, O_EXTRA)}`,
    `E: ${pick(rand, E_LINES)}`,
    `P: ${pick(rand, P_LINES)}`,
  ];
}

function olderReport(rand) {
  const r = rand();
  if (r < 0.3) return { topic: 'Lichamelijk welbevinden', staff: 'verpleging', lines: soep(rand) };
  if (r < 0.55) return { topic: 'Lichamelijk welbevinden', staff: 'zorg', lines: [pick(rand, ZORG_NOTES)] };
  if (r < 0.68) return { topic: 'Mentaal welbevinden', staff: 'zorg', lines: [pick(rand, MENTAAL)] };
  if (r < 0.8) return { topic: 'Participatie', staff: rand() < 0.5 ? 'activiteiten' : 'zorg', lines: [pick(rand, PARTICIPATIE)] };
  if (r < 0.88) return { topic: 'Woon- en leefomstandigheden', staff: 'zorg', lines: [pick(rand, WOON)] };
  if (r < 0.98) return { topic: 'Medicatie', staff: 'verpleging', lines: [pick(rand, MEDICATIE)] };
  return {
    topic: 'Evaluatie zorgplan',
    staff: 'arts',
    lines: ['MDO: zorgleefplan doorgenomen met mw. en dochter Ellen. Doelen ongewijzigd, evaluatie over 3 maanden.'],
  };
}

const SLOT_HOURS = [21, 14, 7];

/**
 * Builds `count` reports, newest first: LATEST_REPORTS, then generated ones going back three per day.
 * @example generateRapportages(100).length === 100
 * @param {number} [count]
 * @param {number} [seed]
 */
export function generateRapportages(count = DEFAULT_COUNT, seed = DEFAULT_SEED) {
  const n = Math.max(0, Math.min(MAX_COUNT, Math.floor(count)));
  const rand = mulberry32(seed);
  const reports = LATEST_REPORTS.slice(0, n).map((r) => ({ ...r, lines: [...r.lines] }));
  for (let k = 0; reports.length < n; k++) {
    const day = 19 - Math.floor(k / 3);
    const hour = SLOT_HOURS[k % 3];
    const { topic, staff, lines } = olderReport(rand);
    const [author, role] = pick(rand, STAFF[staff]);
    reports.push({ ...stamp(2025, 11, day, hour, between(rand, 0, 59)), author, role, topic, lines });
  }
  return reports;
}
