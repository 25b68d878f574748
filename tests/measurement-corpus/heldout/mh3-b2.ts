import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh3b-029',
    setting: 'ZKH',
    text: `MEWS 12:00: AF 18, sat 95, RR 110/70, P 92, T 38,1 -> MEWS 2.
MEWS 16:00: AF 22, sat 93, RR 100/60, P 108, T 38,9 -> MEWS 4, arts gebeld, bloedkweken afgenomen.`,
    expected: [
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'bloeddruk', value: '110/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
      { kind: 'temperatuur', value: '38.1', unit: '°C' },
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'bloeddruk', value: '100/60', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '108', unit: '/min' },
      { kind: 'temperatuur', value: '38.9', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-030',
    setting: 'HA',
    text: `S: dhr. komt voor controle na start bisoprolol. Geen duizeligheid meer.
O: 62 sl/min pols, regulair. 128/78 RR. Gewicht stabiel, 84 kg.
E/P: goed effect, zo doorgaan. Jaarcontrole bij POH.`,
    expected: [
      { kind: 'hartfrequentie', value: '62', unit: '/min' },
      { kind: 'bloeddruk', value: '128/78', unit: 'mmHg' },
      { kind: 'gewicht', value: '84', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-031',
    setting: 'GGZ',
    text: `Clozapine-controle: temp 37,8, pols 112 in rust. Dhr. geeft aan veel te kwijlen en obstipatie (3 dgn geen ontlasting). RR 106/64. Arts-assistent ingelicht ivm tachycardie en subfebriele temp, bloed (leuko's, CRP) afgenomen. Clozapine 300 mg vanavond wel gegeven na overleg.`,
    expected: [
      { kind: 'temperatuur', value: '37.8', unit: '°C' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
      { kind: 'bloeddruk', value: '106/64', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh3b-032',
    setting: 'ZKH',
    text: `Vochtbalans 1e dag postop (7-7 uur)
In: infuus 2000 ml, po 600 ml. Totaal in: 2600 ml
Uit: urine 1650 ml, maaghevel 300 ml, drain 80 ml. Totaal uit: 2030 ml
Balans +570
Maaghevel gallig, drain sereus.`,
    expected: [
      { kind: 'vochtinname', value: '2600', unit: 'mL' },
      { kind: 'uitscheiding', value: '2030', unit: 'mL' },
    ],
  },
  {
    id: 'mh3b-033',
    setting: 'HA',
    text: `S: sinds vannacht pijn op de borst, drukkend, straalt uit naar li arm.
O: bleek, klam. RR 94/60, P 48, sat 94%. ECG: ST-elevatie inferieur.
E: STEMI inferior.
P: 112 gebeld (A1), aspirine 300 mg kauwen, nitrospray 1x, ambu binnen 10 min aanwezig.`,
    expected: [
      { kind: 'bloeddruk', value: '94/60', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '48', unit: '/min' },
      { kind: 'saturatie', value: '94', unit: '%' },
    ],
  },
  {
    id: 'mh3b-034',
    setting: 'VVT',
    text: `Weekcontrole afd. Linde, mw. Bakker:
gew: 71,8
RR: 142/78
P: 80
BS nuchter: 6,9
Mw. Jansen (kamer 4) ook gewogen, zie haar dossier.`,
    expected: [
      { kind: 'gewicht', value: '71.8', unit: 'kg' },
      { kind: 'bloeddruk', value: '142/78', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'glucose', value: '6.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-035',
    setting: 'ZKH',
    text: `Middagdienst: temp gedaald van 39,4 naar 37,7 na paracetamol. Pols nu 96 (was 124). Sat 96% bij 2 L. RR 116/72. Voelt zich beter, heeft 1/2 boterham gegeten.`,
    expected: [
      { kind: 'temperatuur', value: '37.7', unit: '°C' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'bloeddruk', value: '116/72', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh3b-036',
    setting: 'GGZ',
    text: `Huisbezoek FACT. Cliënt woont sinds 2 mnd zelfstandig. Huis redelijk op orde. Depot (Xeplion 100 mg) gezet in li bovenarm. Cliënt zegt een paar kilo afgevallen te zijn, wil bij volgende bezoek samen wegen. Stemming stabiel, geen psychotische verschijnselen.`,
    expected: [],
  },
  {
    id: 'mh3b-037',
    setting: 'ZKH',
    text: `SEH: vrouw 45 jr, fietsongeval, behandelkamer 3. Bij binnenkomst RR 135/85, pols 90, ademfrequentie 16, saturatie 99 procent. Temperatuur niet gemeten. Pijnscore 8 li pols, deformatie. Na fentanyl intranasaal pijn 4.`,
    expected: [
      { kind: 'bloeddruk', value: '135/85', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '90', unit: '/min' },
      { kind: 'ademfrequentie', value: '16', unit: '/min' },
      { kind: 'saturatie', value: '99', unit: '%' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
    ],
  },
  {
    id: 'mh3b-038',
    setting: 'wijk',
    text: `Dhr. P. gezien voor steunkousen en controle. Benen oedemateus tot knie, 2+ putjes. Gewogen: 89,6 kg, vorige week 86,9 kg, dus bijna 3 kg aangekomen in een week. Dhr. benauwder bij traplopen. RR 152/90, pols 88 onregelmatig. HA gebeld ivm hartfalen, furosemide verhoogd naar 2dd 40 mg.`,
    expected: [
      { kind: 'gewicht', value: '89.6', unit: 'kg' },
      { kind: 'bloeddruk', value: '152/90', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-039',
    setting: 'HA',
    text: `POH DM consult. Mw. heeft dagcurve van gisteren meegenomen: 7,2 - 10,8 - 9,4 - 8,1. Vandaag op spreekuur BG (2u na ontbijt) 9,9. Insulatard verhoogd van 14 naar 16 E. RR 130/76. Gewicht 74,1 kg. Volgende week telefonisch contact, streef nuchter 5-8.`,
    expected: [
      { kind: 'glucose', value: '9.9', unit: 'mmol/L' },
      { kind: 'bloeddruk', value: '130/76', unit: 'mmHg' },
      { kind: 'gewicht', value: '74.1', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-040',
    setting: 'GHZ',
    text: `Kim vandaag naar de tandarts geweest, ging goed. 's Middags gezellig meegedaan met knutselen. Eetlust goed. Geen bijzonderheden. Morgen weegdag.`,
    expected: [],
  },
  {
    id: 'mh3b-041',
    setting: 'ZKH',
    text: `DKA-protocol uur 4: gluc 16,3 (uur 3: 19,8). Insuline iv 6 E/u (0,1 E/kg/u). Kalium 4,1. pH 7,18. Diurese afgelopen uur 90 ml. RR 108/62, HF 104, AF 24 (Kussmaul).`,
    expected: [
      { kind: 'glucose', value: '16.3', unit: 'mmol/L' },
      { kind: 'uitscheiding', value: '90', unit: 'mL' },
      { kind: 'bloeddruk', value: '108/62', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-042',
    setting: 'GGZ',
    text: `Nachtdienst: mw. om 03:00 wakker, angstig, klaagt over hartkloppingen. Pols 124 regulair, RR 148/96, sat 99%. Na ademhalingsoefeningen en gesprek om 03:30 pols 92. Temazepam 10 mg gegeven volgens zn-lijst. Verder rustige nacht.`,
    expected: [
      { kind: 'hartfrequentie', value: '124', unit: '/min' },
      { kind: 'bloeddruk', value: '148/96', unit: 'mmHg' },
      { kind: 'saturatie', value: '99', unit: '%' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-043',
    setting: 'VVT',
    text: `Vochtlijst mw. de Vries (vochtbeperking 1,2 l):
ontbijt 300 ml, 10u koffie 150 ml, lunch 250 ml, middag thee 150 ml, avond 200 ml.
Totaal vandaag 1050 ml. Urine niet gemeten (incontinent).`,
    expected: [
      { kind: 'vochtinname', value: '1050', unit: 'mL' },
    ],
  },
  {
    id: 'mh3b-044',
    setting: 'HA',
    text: `Rijbewijskeuring (75+). Visus li 0,8 re 0,9. Bloeddruk: 158/86 mmHg. Pols: 70 sl/min. Lengte 1,69 m, gewicht 70 kg. Gehoor ok. Geen DM, glucose niet bepaald. Verklaring ingevuld.`,
    expected: [
      { kind: 'bloeddruk', value: '158/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'lengte', value: '169', unit: 'cm' },
      { kind: 'gewicht', value: '70', unit: 'kg' },
    ],
  },
  {
    id: 'mh3b-045',
    setting: 'ZKH',
    text: `Pre-OK checklist: nuchter vanaf 24:00. Gew 102 kg, lengte 1,88 m. RR 134/84 P 66. BS 6,6. Allergie: penicilline. Kamer 5, OK gepland 10:30. Polsbandje gecontroleerd.`,
    expected: [
      { kind: 'gewicht', value: '102', unit: 'kg' },
      { kind: 'lengte', value: '188', unit: 'cm' },
      { kind: 'bloeddruk', value: '134/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'glucose', value: '6.6', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-046',
    setting: 'wijk',
    text: `Bezoek voor medicatie en sondevoeding. Voorschrift Nutrison 1500 ml/24u via pomp, loopt 63 ml/u. Extra water volgens schema gegeven. Sondepositie gecontroleerd, markering 55 cm bij neusvleugel. Dhr. comfortabel.`,
    expected: [],
  },
  {
    id: 'mh3b-047',
    setting: 'ZKH',
    text: `Vitale functies 06.00u: T 37.3 C, HR 78 bpm, BP 121/69, SpO2 98 % RA, ademh 16/min.`,
    expected: [
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'bloeddruk', value: '121/69', unit: 'mmHg' },
      { kind: 'saturatie', value: '98', unit: '%' },
      { kind: 'ademfrequentie', value: '16', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-048',
    setting: 'GGZ',
    text: `Metabole screening (antipsychotica) dhr. K.:
- lengte 1.79 m
- gewicht 86.3 kg
- BMI 26.9
- buikomvang 101 cm
- RR 128/84
- nuchter glucose 5.8 (capillair)
Lipidenspectrum aangevraagd. Vorige screening (2023) BMI 24.1.`,
    expected: [
      { kind: 'lengte', value: '179', unit: 'cm' },
      { kind: 'gewicht', value: '86.3', unit: 'kg' },
      { kind: 'bmi', value: '26.9', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '128/84', unit: 'mmHg' },
      { kind: 'glucose', value: '5.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3b-049',
    setting: 'GHZ',
    text: `Obstipatie: Bas heeft sinds 4 dagen geen ontlasting. Buik bol, niet erg pijnlijk volgens hem (pijnscore 2). Movicolon 2 sachets gegeven. Gedronken vandaag: ca. 1,5 liter. Temp 37,1. AVG morgen op de hoogte brengen.`,
    expected: [
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'vochtinname', value: '1500', unit: 'mL' },
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
    ],
  },
  {
    id: 'mh3b-050',
    setting: 'ZKH',
    text: `Pt kon niet plassen sinds gisteravond, bladderscan 780 ml. CAD ingebracht CH14, direct 820 ml heldere urine afgelopen. RR 150/88, P 84.`,
    expected: [
      { kind: 'uitscheiding', value: '820', unit: 'mL' },
      { kind: 'bloeddruk', value: '150/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-051',
    setting: 'HA',
    text: `Herhaalrecept metformine en gliclazide. Laatste controle 3 mnd geleden: HbA1c 51, RR 136/80, gew 79 kg. Geen reden tot aanpassing. Volgende controle over 3 maanden, dan ook nierfunctie.`,
    expected: [],
  },
  {
    id: 'mh3b-052',
    setting: 'VVT',
    text: `Avonddienst: mw. voelde zich niet lekker, misselijk. Temp 37,9, pols 96, RR 104/62, ademfreq 20, sat 95%. Urine donker, weinig geplast. Vanavond nog 2 glazen water gedronken. HA-post gebeld, advies: vocht stimuleren, bij temp boven 38,5 opnieuw bellen.`,
    expected: [
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'bloeddruk', value: '104/62', unit: 'mmHg' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'mh3b-053',
    setting: 'ZKH',
    text: `Dagelijks wegen (hartfalen): 84,7 kg nuchter na plassen. Gisteren 85,9. Streefgewicht 82 kg. Vocht in 1200 ml / uit 1900 ml. RR 112/64 li en 116/66 re. NT-proBNP 4200. Pols 72 (pacemakerritme).`,
    expected: [
      { kind: 'gewicht', value: '84.7', unit: 'kg' },
      { kind: 'vochtinname', value: '1200', unit: 'mL' },
      { kind: 'uitscheiding', value: '1900', unit: 'mL' },
      { kind: 'bloeddruk', value: '112/64', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '116/66', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '72', unit: '/min' },
    ],
  },
  {
    id: 'mh3b-054',
    setting: 'wijk',
    text: `Dhr. en mw. Smit beiden gezien. Dhr. (onze cliënt): BG 7,4 voor de lunch, Humalog 6 E gegeven. RR 138/82. Mw. Smit vroeg of ik bij haar ook de tensie wilde meten: 168/98, advies contact eigen HA. Wondje dhr. li hiel gecontroleerd: schoon, droog.`,
    expected: [
      { kind: 'glucose', value: '7.4', unit: 'mmol/L' },
      { kind: 'bloeddruk', value: '138/82', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh3b-055',
    setting: 'GGZ',
    text: `Detox dag 2 (CIWA 14). RR 166/102, pols 108, temp 37,5, tremor ++, transpireert. Oxazepam 50 mg gegeven volgens schema, na 1 uur RR 148/92, pols 94. Drinkt goed: vandaag 2,2 liter. Glucose 5,1.`,
    expected: [
      { kind: 'bloeddruk', value: '166/102', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '108', unit: '/min' },
      { kind: 'temperatuur', value: '37.5', unit: '°C' },
      { kind: 'bloeddruk', value: '148/92', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '94', unit: '/min' },
      { kind: 'vochtinname', value: '2200', unit: 'mL' },
      { kind: 'glucose', value: '5.1', unit: 'mmol/L' },
    ],
  },
];
