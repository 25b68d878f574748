import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md-001',
    setting: 'VVT',
    text: `Ochtendzorg dhr. gedaan, goed geslapen. RR 142/86 P 76 T 36,9 sat 95%. Eetlust matig, ontbijt half op.`,
    expected: [
      { kind: 'bloeddruk', value: '142/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'md-002',
    setting: 'VVT',
    text: `Mw. klaagde over duizeligheid bij opstaan. Tensie liggend 138/82, staand na 3 min 112/70. Pols resp. 68 en 84. Mw. gevraagd rustig op te staan, HA geinformeerd.`,
    expected: [
      { kind: 'bloeddruk', value: '138/82', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '112/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'md-003',
    setting: 'wijk',
    text: `Wondzorg li onderbeen. Wond 4 x 3 cm, beslag geel, matig exsudaat. Pijn bij verbandwissel NRS 6, daarna in rust 2. Temp 37,4. Paracetamol 1000 mg 30 min voor wondzorg gegeven. Volgende keer wond opnieuw meten en foto maken.`,
    expected: [
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
    ],
  },
  {
    id: 'md-004',
    setting: 'wijk',
    text: `Diabeteszorg. BG nuchter 7,8 mmol/l. Novorapid 6 E gegeven, Lantus 18 E om 22.00 (door mantelzorg). Mw. had gisteravond een hypo van 3,4, met druivensuiker opgelost. Streefwaarde nuchter 5-8.`,
    expected: [
      { kind: 'glucose', value: '7.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md-005',
    setting: 'VVT',
    text: `Weging op de tilweegschaal (passieve lift): totaal 91,4 kg, tilband en juk samen 3,2 kg, dus mw. weegt 88,2 kg. Vorige maand 90 kg, gewichtsverlies besproken met diëtiste. MUST 2.`,
    expected: [
      { kind: 'gewicht', value: '88.2', unit: 'kg' },
    ],
  },
  {
    id: 'md-006',
    setting: 'VVT',
    text: `Mw. weigerde vanochtend de controles, wilde eerst koffie. Later nogmaals proberen, RR en gewicht staan voor vanmiddag gepland. Stemming somber, vertelde veel over haar overleden man.`,
    expected: [],
  },
  {
    id: 'md-007',
    setting: 'wijk',
    text: `Dhr. geeft aan kortademig te zijn bij traplopen. Ademhaling 22 per minuut in rust, sat 91% zonder O2. Na 5 min rust sat 94, ademfrequentie 18. Enkels iets oedemateus. HA gebeld, komt vanmiddag langs.`,
    expected: [
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
    ],
  },
  {
    id: 'md-008',
    setting: 'VVT',
    text: `Vochtlijst 24 uur: ochtend 650 ml, middag 500 ml, avond 400 ml, totaal ingenomen 1550 ml. Urine opgevangen: 1100 ml. Streven minimaal 1500 ml per dag, gehaald.`,
    expected: [
      { kind: 'vochtinname', value: '1550', unit: 'mL' },
      { kind: 'uitscheiding', value: '1100', unit: 'mL' },
    ],
  },
  {
    id: 'md-009',
    setting: 'wijk',
    text: `Dagcurve gedaan i.v.m. ontregeling: 07.30 8,9 - 11.30 12,4 - 17.00 10,1 - 22.00 7,2 mmol/L. Gisteren waren de waarden hoger (tot 16). Humalog volgens schema, 8-8-10 E.`,
    expected: [
      { kind: 'glucose', value: '8.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '12.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.2', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md-010',
    setting: 'VVT',
    text: `Dhr. zat op de rand van bed, voelde warm aan. Oortemp 38,4, pols 96, RR 128/74. Mw. (echtgenote) ook verkouden, zij had 37,9. Paracetamol 500 mg gegeven, over 1 uur temp opnieuw controleren.`,
    expected: [
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'bloeddruk', value: '128/74', unit: 'mmHg' },
    ],
  },
  {
    id: 'md-011',
    setting: 'wijk',
    text: `Controle na val gisteren. RR re arm 156/92, li arm 148/88. Pols 80 onregelmatig. Pijn li heup bij lopen 5, in rust 1. Gisteren bij de val was RR volgens dochter 'heel laag', toen niet gemeten.`,
    expected: [
      { kind: 'bloeddruk', value: '156/92', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '148/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
      { kind: 'pijnscore', value: '1', unit: 'NRS' },
    ],
  },
  {
    id: 'md-012',
    setting: 'VVT',
    text: `Ochtendzorg ok. BD 118/64 HF 58 T 36.4 SpO2 97 %. Bisoprolol 5 mg gegeven, pols boven de 55 dus mocht.`,
    expected: [
      { kind: 'bloeddruk', value: '118/64', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '58', unit: '/min' },
      { kind: 'temperatuur', value: '36.4', unit: '°C' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
  {
    id: 'md-013',
    setting: 'wijk',
    text: `Mw. gewogen thuis op eigen weegschaal: 67,8 kg. Lengte 1,64 m, BMI 25,2. Mw. wil graag naar 62 kg.`,
    expected: [
      { kind: 'gewicht', value: '67.8', unit: 'kg' },
      { kind: 'lengte', value: '164', unit: 'cm' },
      { kind: 'bmi', value: '25.2', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md-014',
    setting: 'VVT',
    text: `Decubitus sacrum cat. 2, wond 2 x 1,5 cm. Bradenscore 12. Wondbed rood, geen infectietekenen, temp 37,1. Wisselligging elke 3 uur, volgende wondmeting over een week.`,
    expected: [
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
    ],
  },
  {
    id: 'md-015',
    setting: 'wijk',
    text: `Voetcontrole + glucose. BS voor de lunch 5,4. HbA1c van vorige week 58 mmol/mol (lab). Metformine 500 mg 2dd. Gewogen: 79 kg, stabiel.`,
    expected: [
      { kind: 'glucose', value: '5.4', unit: 'mmol/L' },
      { kind: 'gewicht', value: '79', unit: 'kg' },
    ],
  },
  {
    id: 'md-016',
    setting: 'VVT',
    text: `Avonddienst: mw. onrustig. Om 20.00 RR 165/95, om 22.00 na rust nogmaals gemeten, toen 150/88. Pols 88 en om 22.00 78. Temp 37,0. Oxazepam 10 mg gegeven om 22.15.`,
    expected: [
      { kind: 'bloeddruk', value: '165/95', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '150/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
    ],
  },
  {
    id: 'md-017',
    setting: 'wijk',
    text: `Dhr. heeft bezoek van zoon, die vroeg of wij ook zijn bloeddruk wilden meten: 170/100, geadviseerd naar eigen HA te gaan. Bij dhr. zelf RR 132/78, pols 70.`,
    expected: [
      { kind: 'bloeddruk', value: '132/78', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
    ],
  },
  {
    id: 'md-018',
    setting: 'VVT',
    text: `Mw. heeft veel pijn in de rug. Pijn bij transfer VAS 65, in bed VAS 30. Oxycodon 5 mg extra gegeven, evaluatie pijn over een uur.`,
    expected: [
      { kind: 'pijnscore', value: '65', unit: 'VAS' },
      { kind: 'pijnscore', value: '30', unit: 'VAS' },
    ],
  },
  {
    id: 'md-019',
    setting: 'wijk',
    text: `Bloeddruk thuis gemeten door mw. zelf met eigen meter, afgelopen week gemiddeld 145/90. Vandaag bij ons bezoek: 138/84 P 74. Tensie-doel van de HA: < 140/90.`,
    expected: [
      { kind: 'bloeddruk', value: '138/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '74', unit: '/min' },
    ],
  },
  {
    id: 'md-020',
    setting: 'VVT',
    text: `Dhr. naar dagbesteding. Gisteren gewogen, 71 kg. Verder geen bijzonderheden. Vrijdag weer wegen.`,
    expected: [],
  },
];
