import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh-024',
    setting: 'ZKH',
    text: `Controles 08:00
RR      128/74
P       76
T       37,3
SpO2    98
AF      16
Pijn    2`,
    expected: [
      { kind: 'bloeddruk', value: '128/74', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
      { kind: 'saturatie', value: '98', unit: '%' },
      { kind: 'ademfrequentie', value: '16', unit: '/min' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-025',
    setting: 'wijk',
    text: `Samen met dhr. vanochtend gewogen: 91,8 kg. Enkels iets oedemateus, steunkousen aan. RR 122/68, pols 64. Dhr. houdt zich goed aan de vochtbeperking.`,
    expected: [
      { kind: 'gewicht', value: '91.8', unit: 'kg' },
      { kind: 'bloeddruk', value: '122/68', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
    ],
  },
  {
    id: 'mh-026',
    setting: 'GHZ',
    text: `Drinklijst Fatima vandaag: 250 + 150 + 200 + 250 + 100 + 200 ml, totaal 1150 ml. Dat is te weinig, streven is minimaal 1500 ml per dag. Plassen 4x, niet gemeten.`,
    expected: [
      { kind: 'vochtinname', value: '1150', unit: 'mL' },
    ],
  },
  {
    id: 'mh-027',
    setting: 'ZKH',
    text: `Terug van OK om 13:20 na laparoscopische cholecystectomie. Controles op afdeling: RR 134/79, P 66, sat 96%, temp 36,4. Pijnscore 4. Mw. wil nog niet eten, wel wat water gehad.`,
    expected: [
      { kind: 'bloeddruk', value: '134/79', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'temperatuur', value: '36.4', unit: '°C' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-028',
    setting: 'VVT',
    text: `RR 152/91, HF 71, temp 36.8. Mw klaagt over hoofdpijn, NRS 5. Paracetamol gegeven.`,
    expected: [
      { kind: 'bloeddruk', value: '152/91', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '71', unit: '/min' },
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-029',
    setting: 'GGZ',
    text: `Dhr. weigert vandaag de somatische controle, wil niet dat er aan hem gezeten wordt. Niet doorgezet. Morgen opnieuw proberen RR en gewicht te meten. Wel goed gegeten. Lithium 2x 400 mg ingenomen onder toezicht.`,
    expected: [],
  },
  {
    id: 'mh-030',
    setting: 'HA',
    text: `S: moeder komt met zoon (6 wk) ivm spugen na voedingen.
O: gewicht 4680 gram, lengte 56 cm, temp 36,9 rectaal. Alert, goede turgor.
E: waarschijnlijk reflux, groeit goed
P: uitleg, kleinere voedingen vaker.`,
    expected: [
      { kind: 'gewicht', value: '4.68', unit: 'kg' },
      { kind: 'lengte', value: '56', unit: 'cm' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
    ],
  },
  {
    id: 'mh-031',
    setting: 'ZKH',
    text: `Opname: RR li 168/96, re 152/88. Verschil meer dan 10 mmHg, arts geïnformeerd. Pols 82 reg. Temp 36,7. Sat 97%.`,
    expected: [
      { kind: 'bloeddruk', value: '168/96', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '152/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '82', unit: '/min' },
      { kind: 'temperatuur', value: '36.7', unit: '°C' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
  {
    id: 'mh-032',
    setting: 'wijk',
    text: `Om 10:15 gebeld door buurvrouw, mw. voelde zich trillerig. Bij aankomst BG 3,2. 3 dextro's gegeven. Na 15 minuten opnieuw geprikt: 5,6. Mw. daarna boterham gegeten. Overleg HA: vanavond 2 E minder Insulatard.`,
    expected: [
      { kind: 'glucose', value: '3.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.6', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-033',
    setting: 'GHZ',
    text: `Nachtdienst. Tom sliep onrustig, hoestte veel. Om 03:00 temp 37,9. Zijn kamergenoot Ali had om 01:00 ook verhoging, 38,2, en kreeg paracetamol. Artsenbezoek voor beiden aangevraagd.`,
    expected: [
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
    ],
  },
  {
    id: 'mh-034',
    setting: 'ZKH',
    text: `Dhr. opgenomen met koorts, bloedkweken afgenomen. Ochtendronde: T 37,8, P 92, RR 116/72, AF 18, sat 95%. Antibiotica iv gestart, dhr. verdraagt het goed.`,
    expected: [
      { kind: 'temperatuur', value: '37.8', unit: '°C' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
      { kind: 'bloeddruk', value: '116/72', unit: 'mmHg' },
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'mh-035',
    setting: 'VVT',
    text: `Maandelijkse weging: 69,5 kg, BMI 25,8. Mw. eet goed, geen bijzonderheden.`,
    expected: [
      { kind: 'gewicht', value: '69.5', unit: 'kg' },
      { kind: 'bmi', value: '25.8', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-036',
    setting: 'GGZ',
    text: `Mevrouw voelde zich vanmiddag draaierig na de ophoging van haar quetiapine. Bloeddruk gemeten, zittend was die 102 over 64 en haar hartslag zat op 96. Na een half uur liggen voelde ze zich beter.`,
    expected: [
      { kind: 'bloeddruk', value: '102/64', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
    ],
  },
  {
    id: 'mh-037',
    setting: 'HA',
    text: `S: herhaalrecept metformine. Geen klachten.
O: -
E: DM2
P: recept 2dd 500 mg. Jaarcontrole in maart, dan ook gewicht en RR. Streef HbA1c < 53.`,
    expected: [],
  },
  {
    id: 'mh-038',
    setting: 'ZKH',
    text: `Controle: RR 98/56 | HF 110 | AF 24 | T 38,9 | sat 92% (kamerlucht) | bewustzijn A. Arts gebeld, vocht iv gestart.`,
    expected: [
      { kind: 'bloeddruk', value: '98/56', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '110', unit: '/min' },
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'temperatuur', value: '38.9', unit: '°C' },
      { kind: 'saturatie', value: '92', unit: '%' },
    ],
  },
  {
    id: 'mh-039',
    setting: 'wijk',
    text: `Wond sacrum verzorgd, ruikt wat. Omgeving rood en warm. Temp 38,0. Wondverpleegkundige ingeschakeld, dochter op de hoogte gebracht.`,
    expected: [
      { kind: 'temperatuur', value: '38.0', unit: '°C' },
    ],
  },
  {
    id: 'mh-040',
    setting: 'GHZ',
    text: `Wegen in rolstoel bij de fysio: 101,5 kg met stoel. De elektrische stoel weegt volgens de leverancier 38 kg. Netto 63,5 kg.`,
    expected: [
      { kind: 'gewicht', value: '63.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh-041',
    setting: 'ZKH',
    text: `Dhr. heeft katheter. Diurese 650 ml, helder. Gedronken 800 ml. Temp 37,1. RR 140/85. Dhr. zit veel in de stoel.`,
    expected: [
      { kind: 'uitscheiding', value: '650', unit: 'mL' },
      { kind: 'vochtinname', value: '800', unit: 'mL' },
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
      { kind: 'bloeddruk', value: '140/85', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh-042',
    setting: 'VVT',
    text: `Ochtendzorg: mw. gewassen aan de wastafel, zelf tanden gepoetst. Steunkousen aangetrokken. Mw. vertelde dat haar buurman gisteren met de ambulance is weggebracht, ze was er verdrietig over. Ontbijt: beschuit en koffie.`,
    expected: [],
  },
  {
    id: 'mh-043',
    setting: 'ZKH',
    text: `Pijn: in rust 2, bij hoesten 6, bij mobiliseren uit bed 8 (NRS). Anesthesie gebeld, extra bolus via pijnpomp gegeven.`,
    expected: [
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-044',
    setting: 'HA',
    text: `S: duizelig bij opstaan, sinds start doxazosine.
O: RR zittend 124/78, staand na 1 min 102/66, na 3 min 108/70. P zittend 76, staand 92.
E: orthostatische hypotensie
P: doxazosine stoppen.`,
    expected: [
      { kind: 'bloeddruk', value: '124/78', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '102/66', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '108/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
    ],
  },
  {
    id: 'mh-045',
    setting: 'GGZ',
    text: `Somatische controle: RR 119/77, pols 68, gewiht 74,1 kg. Cliënt rookt veel, gesprek over stoppen met roken gevoerd.`,
    expected: [
      { kind: 'bloeddruk', value: '119/77', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'gewicht', value: '74.1', unit: 'kg' },
    ],
  },
  {
    id: 'mh-046',
    setting: 'wijk',
    text: `Bij mw. Jansen de insuline gegeven, BS 11,3 voor de lunch. Mw. heeft vanochtend gebak gehad op een verjaardag. Humalog volgens schema.`,
    expected: [
      { kind: 'glucose', value: '11.3', unit: 'mmol/L' },
    ],
  },
];
