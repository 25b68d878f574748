import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md2-061',
    setting: 'wijk',
    text: `RR zittend 138/82 en staand 126/78. Pols 76 resp. 84. Dhr. geeft aan 's ochtends licht in het hoofd te zijn.`,
    expected: [
      { kind: 'bloeddruk', value: '138/82', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '126/78', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'md2-062',
    setting: 'ZKH',
    text: `Temp gedaald van 39,2 gisteravond naar 37,8 vanochtend. Pols van 110 naar 88. AB iv wordt voortgezet, morgen evaluatie switch naar oraal.`,
    expected: [
      { kind: 'temperatuur', value: '37.8', unit: '°C' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
    ],
  },
  {
    id: 'md2-063',
    setting: 'VVT',
    text: `Pijnscore mw: in rust 3, bij wassen 6, bij transfer naar de stoel 8. Paracetamol 1 g om 7 uur al gegeven, EVV vraagt HA naar extra pijnmedicatie.`,
    expected: [
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
    ],
  },
  {
    id: 'md2-064',
    setting: 'ZKH',
    text: `Benauwd om 04:00. Voor vernevelen: AF 24, sat 91%. Salbutamol/ipratropium verneveld. Na vernevelen: AF 18, sat 95%.`,
    expected: [
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
      { kind: 'saturatie', value: '91', unit: '%' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'md2-065',
    setting: 'GGZ',
    text: `Cliënt angstig bij aankomst op de afdeling, pols 118. Na gesprek en 20 min rust op de kamer pols 92. Lithiumspiegel vorige week 0,8.`,
    expected: [
      { kind: 'hartfrequentie', value: '118', unit: '/min' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
    ],
  },
  {
    id: 'md2-066',
    setting: 'ZKH',
    text: `SEH. Dissectie uitsluiten: RR rechterarm 178/96, linkerarm 150/88. P 96. NRS pijn op de borst 8. CT-angio aangevraagd.`,
    expected: [
      { kind: 'bloeddruk', value: '178/96', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '150/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
    ],
  },
  {
    id: 'md2-067',
    setting: 'VVT',
    text: `Oorthermometer: temp oor links 37,9, oor rechts 38,3. Mw. rillerig, extra deken gegeven.`,
    expected: [
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
      { kind: 'temperatuur', value: '38.3', unit: '°C' },
    ],
  },
  {
    id: 'md2-068',
    setting: 'wijk',
    text: `Samen met dhr. gewandeld in het park. BG voor de wandeling 9,8, na de wandeling 6,4. Dhr. merkt zelf ook dat bewegen helpt.`,
    expected: [
      { kind: 'glucose', value: '9.8', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md2-069',
    setting: 'ZKH',
    text: `Sat zonder O2 88%, met 2 l/min via neusbril 94%. Arts: streef 88-92% ivm COPD, O2 teruggezet naar 1 l/min, sat daarna 91%.`,
    expected: [
      { kind: 'saturatie', value: '88', unit: '%' },
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'saturatie', value: '91', unit: '%' },
    ],
  },
  {
    id: 'md2-070',
    setting: 'HA',
    text: `S: pt heeft thuis RR gemeten, lijstje meegenomen: ma 148/92, di 152/94, wo 145/90.
O: vandaag op spreekuur niet gemeten ivm tijd.
P: lijstje naar POH, volgende week RR in de praktijk.`,
    expected: [],
  },
  {
    id: 'md2-071',
    setting: 'VVT',
    text: `Bovendruk 165, onderdruk 95. Mw. heeft hoofdpijn. HA gebeld, wil morgen zelf langskomen en nog eens meten.`,
    expected: [{ kind: 'bloeddruk', value: '165/95', unit: 'mmHg' }],
  },
  {
    id: 'md2-072',
    setting: 'ZKH',
    text: `sat 94% met 2 liter O2 via neusbril. AF 22. T 38,7. P 104. Sputumkweek ingestuurd.`,
    expected: [
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'temperatuur', value: '38.7', unit: '°C' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
    ],
  },
  {
    id: 'md2-073',
    setting: 'wijk',
    text: `Lengte gemeten voor de diëtist: 1,64 m. Gewicht 58,3 kg. BMI 21,7. MUST-score 1.`,
    expected: [
      { kind: 'lengte', value: '164', unit: 'cm' },
      { kind: 'gewicht', value: '58.3', unit: 'kg' },
      { kind: 'bmi', value: '21.7', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md2-074',
    setting: 'GHZ',
    text: `Gewogen met de tillift-weegschaal: 71,4 kg incl. tilband. Tilband weegt 1,4 kg, dus netto 70 kg.`,
    expected: [{ kind: 'gewicht', value: '70', unit: 'kg' }],
  },
  {
    id: 'md2-075',
    setting: 'ZKH',
    text: `Rapportage pasgeborene (zoon van mw. B.), dag 3: gewicht 3280 g, geboortegewicht was 3450 g. Temp baby 36,9. Drinkt goed aan de borst. Moeder: RR 118/72, kraamvrouw voelt zich goed.`,
    expected: [
      { kind: 'gewicht', value: '3.28', unit: 'kg' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
    ],
  },
  {
    id: 'md2-076',
    setting: 'GGZ',
    text: `Somatische screening bij start antipsychoticum: gewicht 76,5 kg, lengte 1.78 m, buikomvang 94 cm, RR 124/80. Lipiden en glucose nuchter volgende week via lab.`,
    expected: [
      { kind: 'gewicht', value: '76.5', unit: 'kg' },
      { kind: 'lengte', value: '178', unit: 'cm' },
      { kind: 'bloeddruk', value: '124/80', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-077',
    setting: 'HA',
    text: `S: keelpijn sinds 3 dagen, thuis koorts tot 39,5.
O: temp 38,2 tymp, P 96, sat 98%. Tonsillen gezwollen met beslag.
E: tonsillitis.
P: feneticilline 500 mg 4dd 7 dagen.`,
    expected: [
      { kind: 'temperatuur', value: '38.2', unit: '°C' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
    ],
  },
  {
    id: 'md2-078',
    setting: 'VVT',
    text: `Mw. pijn in de rug. NRS 6. Volgens protocol bij NRS ≥4 extra pijnstilling, paracetamol 1000 mg gegeven. Evaluatie over 1 uur door collega.`,
    expected: [{ kind: 'pijnscore', value: '6', unit: 'NRS' }],
  },
  {
    id: 'md2-079',
    setting: 'ZKH',
    text: `VAS pijn in rust 45 (schaal 0-100). Epiduraal loopt 8 ml/u, blokhoogte Th8.`,
    expected: [{ kind: 'pijnscore', value: '45', unit: 'VAS' }],
  },
  {
    id: 'md2-080',
    setting: 'wijk',
    text: `Wondverzorging ulcus cruris links. Wond 3 x 2 cm, minder beslag dan vorige week. Compressie opnieuw aangelegd. Mw. 84 jaar, woont alleen. Volgende keer wegen.`,
    expected: [],
  },
];
