import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md-061',
    setting: 'HA',
    text: `S: hoest sinds 5 dagen, koorts thuis gemeten tot 39,4. O: temp 38,2, AF 20, sat 95%, pols 96. Crepitaties re basaal. E: pneumonie. P: amoxicilline 500 mg 3dd 7 dagen, bij sat < 92% terugbellen.`,
    expected: [
      { kind: 'temperatuur', value: '38.2', unit: '°C' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
    ],
  },
  {
    id: 'md-062',
    setting: 'HA',
    text: `S: controle hypertensie. O: RR 162/98 li, 158/96 re. Pols 68. Gewicht 93 kg. E: onvoldoende ingesteld. P: amlodipine 5 mg erbij, controle RR over 2 wk, streef < 140/90.`,
    expected: [
      { kind: 'bloeddruk', value: '162/98', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '158/96', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'gewicht', value: '93', unit: 'kg' },
    ],
  },
  {
    id: 'md-063',
    setting: 'HA',
    text: `S: moeder komt met dochter (3 jr) ivm koorts sinds gisteren. Moeder zelf ook grieperig, had thuis bij zichzelf 38,0 gemeten. O (kind): temp 39,1, HF 130, AF 30. Trommelvliezen rustig.`,
    expected: [
      { kind: 'temperatuur', value: '39.1', unit: '°C' },
      { kind: 'hartfrequentie', value: '130', unit: '/min' },
      { kind: 'ademfrequentie', value: '30', unit: '/min' },
    ],
  },
  {
    id: 'md-064',
    setting: 'HA',
    text: `Jaarcontrole DM2 (POH). O: gewicht 88,4 kg, lengte 1,76 m, BMI 28,5. RR 136/82. Glucose nuchter (vingerprik hier op de praktijk) 7,1. Lab: HbA1c 54, kreat 88, eGFR 71. Voetonderzoek geen bijz.`,
    expected: [
      { kind: 'gewicht', value: '88.4', unit: 'kg' },
      { kind: 'lengte', value: '176', unit: 'cm' },
      { kind: 'bmi', value: '28.5', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '136/82', unit: 'mmHg' },
      { kind: 'glucose', value: '7.1', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md-065',
    setting: 'HA',
    text: `Telefonisch consult: mw. meldt dat haar man gisteren een RR had van 190/110 bij de apotheek. Advies: vandaag met hem langskomen voor meting. Mw. zelf geen klachten.`,
    expected: [],
  },
  {
    id: 'md-066',
    setting: 'wijk',
    text: `ochtendzorg gedaan, mw was wat suffig. rr 98/56 p 110 tmp 38,7 sat 93 % . HA gebelt, komt om 11 uur. dochter op de hoogte gebracht`,
    expected: [
      { kind: 'bloeddruk', value: '98/56', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '110', unit: '/min' },
      { kind: 'temperatuur', value: '38.7', unit: '°C' },
      { kind: 'saturatie', value: '93', unit: '%' },
    ],
  },
  {
    id: 'md-067',
    setting: 'VVT',
    text: `Controlelijst vandaag:
tijd | RR | P | T
08.00 | 128/76 | 70 | 36,6
20.00 | 134/80 | 74 | 36,9
Gewicht vandaag 66 kg.`,
    expected: [
      { kind: 'bloeddruk', value: '128/76', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'temperatuur', value: '36.6', unit: '°C' },
      { kind: 'bloeddruk', value: '134/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '74', unit: '/min' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
      { kind: 'gewicht', value: '66', unit: 'kg' },
    ],
  },
  {
    id: 'md-068',
    setting: 'ZKH',
    text: `Post-op dag 0, 22.00: RR 118/70 P 78 T 37,5 sat 97 NRS 2. Diurese sinds OK 650 ml via CAD. Infuus NaCl 0,9% 1000 ml/24u loopt goed.`,
    expected: [
      { kind: 'bloeddruk', value: '118/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'temperatuur', value: '37.5', unit: '°C' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'uitscheiding', value: '650', unit: 'mL' },
    ],
  },
  {
    id: 'md-069',
    setting: 'wijk',
    text: `Dhr. heeft diarree. Vocht gedronken vandaag tot nu toe: 4 bekers thee à 150 ml en 1 glas water 200 ml = 800 ml. Gewicht 70,2 kg, vorige week 72,0 kg. Temp 37,3.`,
    expected: [
      { kind: 'vochtinname', value: '800', unit: 'mL' },
      { kind: 'gewicht', value: '70.2', unit: 'kg' },
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
    ],
  },
  {
    id: 'md-070',
    setting: 'HA',
    text: `S: pijn li knie sinds 2 dagen. O: pijn NRS bij lopen 8, in rust 3. Temp 36,7. Zwelling, warm. Omvang knie li 42 cm, re 38 cm. P: punctie, naproxen 500 mg 2dd.`,
    expected: [
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
      { kind: 'temperatuur', value: '36.7', unit: '°C' },
    ],
  },
  {
    id: 'md-071',
    setting: 'VVT',
    text: `Mw. klaagde over hoofdpijn. BD gemeten aan beide armen. Links: 176/94. Rechts: 170/90. Hartslag 82. Bel HA als bovendruk > 180.`,
    expected: [
      { kind: 'bloeddruk', value: '176/94', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '170/90', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '82', unit: '/min' },
    ],
  },
  {
    id: 'md-072',
    setting: 'ZKH',
    text: `Overdracht kinderafdeling. Patiëntje 6 jr, nu gewogen: 21,4 kg. Paracetamol 320 mg gegeven (15 mg/kg). Temp 39. HF 128. Ouders aanwezig; vader is zelf ook ziek, 38,5 koorts.`,
    expected: [
      { kind: 'gewicht', value: '21.4', unit: 'kg' },
      { kind: 'temperatuur', value: '39', unit: '°C' },
      { kind: 'hartfrequentie', value: '128', unit: '/min' },
    ],
  },
  {
    id: 'md-073',
    setting: 'HA',
    text: `Leefstijlconsult. O: gewicht 110 kg, buikomtrek 118 cm, RR 148/92. Streefgewicht 100 kg over een half jaar. Vorig consult 113 kg.`,
    expected: [
      { kind: 'gewicht', value: '110', unit: 'kg' },
      { kind: 'bloeddruk', value: '148/92', unit: 'mmHg' },
    ],
  },
  {
    id: 'md-074',
    setting: 'VVT',
    text: `Mw. in terminale fase. Ademhaling onregelmatig, pauzes van 20 sec. Ademfreq ca. 10/min. Pols niet goed voelbaar. Niet meer wegen of prikken, op wens van familie.`,
    expected: [
      { kind: 'ademfrequentie', value: '10', unit: '/min' },
    ],
  },
  {
    id: 'md-075',
    setting: 'wijk',
    text: `Mw. zweterig en verward aangetroffen. 4 dextro's gegeven. Na 15 min wachten: BG gestegen van 2,9 naar 5,6, mw. weer helder. Avondeten naar voren gehaald.`,
    expected: [
      { kind: 'glucose', value: '5.6', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md-076',
    setting: 'HA',
    text: `O: T 37.0 RR 120/80 P 64 SpO2 99% AF 12. Longen schoon. Gewicht 58 kg (weegschaal praktijk).`,
    expected: [
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
      { kind: 'bloeddruk', value: '120/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
      { kind: 'saturatie', value: '99', unit: '%' },
      { kind: 'ademfrequentie', value: '12', unit: '/min' },
      { kind: 'gewicht', value: '58', unit: 'kg' },
    ],
  },
  {
    id: 'md-077',
    setting: 'ZKH',
    text: `Overplaatsing van IC naar afdeling. Laatste waarden op de IC (04.00): RR 110/60 HF 95. Bij aankomst op de afdeling 10.30: RR 124/72, HF 88, sat 95% met 1 l O2, T 37,4.`,
    expected: [
      { kind: 'bloeddruk', value: '124/72', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
    ],
  },
  {
    id: 'md-078',
    setting: 'VVT',
    text: `Mw. had vanochtend geen zin in zorg. Bloedsuiker niet geprikt, mw. at niet. Volgens dochter was het gisteravond 12,3. Doorgegeven aan avonddienst: BS prikken voor het eten.`,
    expected: [],
  },
  {
    id: 'md-079',
    setting: 'wijk',
    text: `Wijkbezoek. gluc na de lunch 11,8, mw. had taart gegeten op verjaardag kleindochter. Kleindochter (diabetes type 1) liet trots haar sensor zien: 6,2. Geen actie, avond nogmaals prikken.`,
    expected: [
      { kind: 'glucose', value: '11.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md-080',
    setting: 'ZKH',
    text: `MEWS ronde: ademfreq 18/min; saturatie 96 %; pols 72 slagen/min; tensie 135/85 mmHg; temperatuur 37,2 °C; pijnscore 3 (NRS); bewustzijn alert. MEWS 0. Volgende ronde 20.00.`,
    expected: [
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'hartfrequentie', value: '72', unit: '/min' },
      { kind: 'bloeddruk', value: '135/85', unit: 'mmHg' },
      { kind: 'temperatuur', value: '37.2', unit: '°C' },
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
    ],
  },
];
