import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh3a-001',
    setting: 'VVT',
    text: `Ochtendrapportage PG-afd, kamer 12. Mw. (88) onrustig wakker geworden, trok aan de bedhekken.
Tensie 148/82, pols 78 reg. Temp 37,4 oor. Sat 95%.
Ontbijt half op. Braden 13, wisselligging voortzetten.`,
    expected: [
      { kind: 'bloeddruk', value: '148/82', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'mh3a-002',
    setting: 'VVT',
    text: `Dextro 7.45u: 11,8. Novorapid 8E gespoten volgens schema.
Om 11.30 BS 6,2, daarna lunch gehad, alles op.
Lantus 22 E staat om 22.00 gepland (avonddienst).`,
    expected: [
      { kind: 'glucose', value: '11.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.2', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-003',
    setting: 'VVT',
    text: `Maandelijkse weging met tilliftweegschaal: 81,6 kg incl. tilband (tilband weegt 1,4 kg) -> netto 80,2 kg.
Vorige maand 82,0 kg. Lengte volgens dossier (opname 2021) 1,70 m. BMI nu 27,7.`,
    expected: [
      { kind: 'gewicht', value: '80.2', unit: 'kg' },
      { kind: 'bmi', value: '27.7', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh3a-004',
    setting: 'VVT',
    text: `Avonddienst: mw voelt warm aan, suffer dan normaal.
T 38,7 rect. P 104, RR 102/58, AF 24, sat 91% zonder O2.
HA gebeld, komt langs. Afspraak: bel bij T > 39 of sat < 90.
Urine ruikt sterk, stick nitriet pos.`,
    expected: [
      { kind: 'temperatuur', value: '38.7', unit: '°C' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'bloeddruk', value: '102/58', unit: 'mmHg' },
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'saturatie', value: '91', unit: '%' },
    ],
  },
  {
    id: 'mh3a-005',
    setting: 'VVT',
    text: `Vochtlijst 24u (ivm verminderde intake):
07.30 thee 150
10.00 koffie 125
12.30 soep 150 + water 100
15.00 thee 150
17.30 melk 150
20.00 thee 125
Totaal 950 ml. Urine niet opgevangen, incontinent.
Streven is 1,5 L, mw. aangemoedigd om meer te drinken.`,
    expected: [
      { kind: 'vochtinname', value: '950', unit: 'mL' },
    ],
  },
  {
    id: 'mh3a-006',
    setting: 'VVT',
    text: `Nachtdienst. Dhr 3x uit bed geweest, teruggebracht. Om 03.00 verschoond.
Sensormatje staat aan. Geen pijnuitingen gezien.
Kamer 7 en 9 waren ook onrustig, zie hun rapportage.`,
    expected: [],
  },
  {
    id: 'mh3a-007',
    setting: 'VVT',
    text: `Mw klaagt over pijn li heup na val gisteren.
NRS in rust 3, bij transfer naar rolstoel 8.
Paracetamol 1 gr gegeven om 9u, effect vanmiddag evalueren.
RR 136/74.`,
    expected: [
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
      { kind: 'bloeddruk', value: '136/74', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh3a-008',
    setting: 'VVT',
    text: `Ivm duizeligheid orthostatische meting gedaan:
liggend       RR 152/84  P 68
na 1 min staan RR 128/72  P 80
na 3 min staan RR 120/70  P 84
Specialist ouderengeneeskunde geinformeerd. In juni ook al daling gezien (toen 160/90 -> 130/75).`,
    expected: [
      { kind: 'bloeddruk', value: '152/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'bloeddruk', value: '128/72', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'bloeddruk', value: '120/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'mh3a-009',
    setting: 'wijk',
    text: `Bezoek 08.10. Dhr nuchter BS 9,4. Insulatard 16 E sc buik li gegeven.
Voeten geinspecteerd, geen wondjes.
Dhr vertelt dat zijn glucose gisteravond 15,1 was na verjaardag van kleinzoon.
Afgesproken: bel bij BS onder 4 of boven 20.`,
    expected: [
      { kind: 'glucose', value: '9.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-010',
    setting: 'wijk',
    text: `Wijkbezoek. Mw RR 134/78, pols 70.
Echtgenoot vroeg of ik bij hem ook wilde meten: 168/96, hem geadviseerd contact op te nemen met eigen HA.
Mw woog zich op eigen weegschaal terwijl ik erbij was: 59 kg.`,
    expected: [
      { kind: 'bloeddruk', value: '134/78', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'gewicht', value: '59', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-011',
    setting: 'wijk',
    text: `Wondzorg ulcus cruris re onderbeen. Wond 4,5 x 3 cm, diepte 0,5 cm, 30% geel beslag.
Gereinigd, Aquacel Ag, korte rek zwachtel.
Pijn tijdens verbandwissel NRS 6, na afloop 3.
Gewicht vandaag 96,4 kg (ivm oedeem wekelijks wegen), vorige week 98,1.`,
    expected: [
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'gewicht', value: '96.4', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-012',
    setting: 'wijk',
    text: `Dhr benauwder dan gisteren, praat in korte zinnen.
Sat 89% met 2 l O2, AF 26/min, P 98. Temp 37.9.
Prednison 30 mg gisteren gestart door HA.
Vanmiddag nogmaals sat meten, bij < 88% HA bellen.`,
    expected: [
      { kind: 'saturatie', value: '89', unit: '%' },
      { kind: 'ademfrequentie', value: '26', unit: '/min' },
      { kind: 'hartfrequentie', value: '98', unit: '/min' },
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
    ],
  },
  {
    id: 'mh3a-013',
    setting: 'wijk',
    text: `Telefonisch contact met dochter. Afgesproken dat we vanaf maandag 2x per week RR meten (doel < 140/90 volgens HA).
Mw heeft nieuwe metformine 500 mg 2dd, in baxter vanaf 12-10. Volgend bezoek do.`,
    expected: [],
  },
  {
    id: 'mh3a-014',
    setting: 'wijk',
    text: `Sondevoeding via PEG: Nutrison Energy 1000 ml + 4x 100 ml water spoelen + 50 ml bij medicatie.
Totaal vocht vandaag 1450 ml.
Diurese opgevangen in urinaal: 1100 ml.
Gew 52,3 kg.`,
    expected: [
      { kind: 'vochtinname', value: '1450', unit: 'mL' },
      { kind: 'uitscheiding', value: '1100', unit: 'mL' },
      { kind: 'gewicht', value: '52.3', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-015',
    setting: 'wijk',
    text: `CAD-zak geleegd, 650 ml, donker en geconcentreerd. Dhr drinkt slecht.
Temp 37 oraal. Pols 88.
Ik vraag HA om urinekweek, katheter is 6 wk geleden gewisseld (Ch 16).`,
    expected: [
      { kind: 'uitscheiding', value: '650', unit: 'mL' },
      { kind: 'temperatuur', value: '37', unit: '°C' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'mh3a-016',
    setting: 'GHZ',
    text: `Nachtdienst woning De Linde. Om 02.40 tonisch-clonische aanval, duur ca 3 min.
Direct na aanval: sat 92%, pols 118.
Om 03.15 sat 97%, pols 90, temp 37,6.
Buccolam 10 mg niet toegediend (aanval < 5 min). Daarna doorgeslapen tot 07.00.`,
    expected: [
      { kind: 'saturatie', value: '92', unit: '%' },
      { kind: 'hartfrequentie', value: '118', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'hartfrequentie', value: '90', unit: '/min' },
      { kind: 'temperatuur', value: '37.6', unit: '°C' },
    ],
  },
  {
    id: 'mh3a-017',
    setting: 'GHZ',
    text: `Maandelijks wegen: 67,3 kg (aug 68,9). Client zat rustig op de weegstoel.
Lengte opnieuw gemeten tegen de muur: 1,58 m. BMI 27,0.
Dietist op de hoogte, streefgewicht 63 kg.`,
    expected: [
      { kind: 'gewicht', value: '67.3', unit: 'kg' },
      { kind: 'lengte', value: '158', unit: 'cm' },
      { kind: 'bmi', value: '27.0', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh3a-018',
    setting: 'GHZ',
    text: `Client wilde vanavond geen bloeddruk laten meten, werd boos toen de band om ging. Niet doorgezet.
Morgen opnieuw proberen met vertrouwde begeleider.
Verder gezellige avond, 2 bekers thee gedronken bij het tv kijken.`,
    expected: [],
  },
  {
    id: 'mh3a-019',
    setting: 'GHZ',
    text: `Glucose vingerprik: voor ontbijt 5,6 - voor lunch 8,9 - voor avondeten 13,4 - voor slapen 10,2.
Humalog volgens schema 4-6-8 E.
Client had 's middags stiekem snoep gegeten uit de kast van huisgenoot.`,
    expected: [
      { kind: 'glucose', value: '5.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '13.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.2', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-020',
    setting: 'GHZ',
    text: `Client hoest en snottert. T 38,0. Pols 96. Sat 96%.
Huisgenoot van kamer 4 had vorige week ook koorts (39,1).
Paracetamol 500 mg gegeven. Veel drinken aangeboden: vandaag in totaal 1,2 liter gedronken.`,
    expected: [
      { kind: 'temperatuur', value: '38.0', unit: '°C' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'vochtinname', value: '1200', unit: 'mL' },
    ],
  },
  {
    id: 'mh3a-021',
    setting: 'GHZ',
    text: `Dagbesteding: client (34) was om 10.15 op de groep, 2 uur gepuzzeld (puzzel van 500 stukjes).
Tijdens lunch 2 boterhammen gegeten.
's Middags met 3 begeleiders naar de kinderboerderij, busje nr 2. Geen bijzonderheden.`,
    expected: [],
  },
  {
    id: 'mh3a-022',
    setting: 'ZKH',
    text: `MEWS-ronde 06.00 (k. 412-2):
AF 22 | SpO2 93% (2L neusbril) | RR 98/56 | HF 112 | T 38,4 | AVPU: A
MEWS 4 -> zaalarts gebeld, bloedkweken afgenomen. CRP gisteren 145.
Diurese afgelopen 8 uur 240 ml via CAD.`,
    expected: [
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'bloeddruk', value: '98/56', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
      { kind: 'uitscheiding', value: '240', unit: 'mL' },
    ],
  },
  {
    id: 'mh3a-023',
    setting: 'ZKH',
    text: `Terug van OK 14.20 (TKP re).
Controles: 14.30 RR 122/70 P 64 sat 98%; 15.00 RR 118/68 P 66 sat 97%.
NRS 5 -> oxycodon 5 mg po.
Infuus NaCl 0,9% 1000 ml/24u. Nog niet geplast, blaasscan om 18u.`,
    expected: [
      { kind: 'bloeddruk', value: '122/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
      { kind: 'bloeddruk', value: '118/68', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
    ],
  },
  {
    id: 'mh3a-024',
    setting: 'ZKH',
    text: `Vochtbalans 24 u: in 2350 ml (iv 1500, oraal 850), uit 1750 ml urine. Balans +600.
Gewicht 74,2 kg (bij opname 71,0).
Vochtbeperking 1,5 L ingesteld door cardioloog.`,
    expected: [
      { kind: 'vochtinname', value: '2350', unit: 'mL' },
      { kind: 'uitscheiding', value: '1750', unit: 'mL' },
      { kind: 'gewicht', value: '74.2', unit: 'kg' },
    ],
  },
  {
    id: 'mh3a-025',
    setting: 'HA',
    text: `S: Mw komt voor hypertensiecontrole, geen klachten. Gebruikt amlodipine 5 mg.
O: RR li 158/94, re 152/90, na 5 min rust li 146/88. P 76 reg. Gew 84 kg, BMI 29,4.
E: RR nog boven streefwaarde.
P: amlodipine naar 10 mg, controle over 4 wk bij POH, streef < 140/90.`,
    expected: [
      { kind: 'bloeddruk', value: '158/94', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '152/90', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '146/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'gewicht', value: '84', unit: 'kg' },
      { kind: 'bmi', value: '29.4', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh3a-026',
    setting: 'HA',
    text: `Consult zuigeling (4 mnd) met moeder ivm spugen na voeding.
Gewicht 6240 g, lengte 63 cm, T 37,0 rectaal. Groeit mooi rond P50.
Moeder zelf verkouden, had gisteren 38,2.
Advies: 6x 150 ml flesvoeding, niet meer.`,
    expected: [
      { kind: 'gewicht', value: '6.24', unit: 'kg' },
      { kind: 'lengte', value: '63', unit: 'cm' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
    ],
  },
  {
    id: 'mh3a-027',
    setting: 'GGZ',
    text: `Somatische screening (clozapinegebruik), kliniek afd. 3:
- RR 124/80, pols 104 (bekend tachycard op clozapine)
- gewicht 96,8 kg, lengte 1,83 m, BMI 28,9
- buikomvang 108 cm
- nuchtere glucose (vingerprik) 6,1
Lab: clozapinespiegel 0,45, HbA1c 44. Vorige screening (maart) gewicht 91 kg.`,
    expected: [
      { kind: 'bloeddruk', value: '124/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'gewicht', value: '96.8', unit: 'kg' },
      { kind: 'lengte', value: '183', unit: 'cm' },
      { kind: 'bmi', value: '28.9', unit: 'kg/m2' },
      { kind: 'glucose', value: '6.1', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh3a-028',
    setting: 'GGZ',
    text: `Client weigert somatische controle vandaag. Zegt zelf "rond de 100 kilo" te wegen en een "prima bloeddruk" te hebben.
Lithium 800 mg ingenomen onder toezicht, lithiumspiegel vorige week 0,9.
Controle wordt morgen opnieuw aangeboden.`,
    expected: [],
  },
];
