import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh-093',
    setting: 'ZKH',
    text: `MEWS-ronde 22:00: AF 16, sat 96, HF 79, RR 142/81, T 37.4, bewustzijn alert. Urine 520 ml.`,
    expected: [
      { kind: 'ademfrequentie', value: '16', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'hartfrequentie', value: '79', unit: '/min' },
      { kind: 'bloeddruk', value: '142/81', unit: 'mmHg' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'uitscheiding', value: '520', unit: 'mL' },
    ],
  },
  {
    id: 'mh-094',
    setting: 'VVT',
    text: `Mw. v.d. Berg zat vanmiddag bij haar man op de kamer. Haar man had een RR van 180/100, zijn arts is gebeld. Mw. zelf rustig, RR 134/72, pols 74.`,
    expected: [
      { kind: 'bloeddruk', value: '134/72', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '74', unit: '/min' },
    ],
  },
  {
    id: 'mh-095',
    setting: 'GGZ',
    text: `Lithiumspiegel vanochtend afgenomen, uitslag volgt. Cliënt trilt licht. RR 126/82, pols 88, gewicht 67,8 kg.`,
    expected: [
      { kind: 'bloeddruk', value: '126/82', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'gewicht', value: '67.8', unit: 'kg' },
    ],
  },
  {
    id: 'mh-096',
    setting: 'HA',
    text: `S: meer benauwd, meer sputum, geel.
O: AF 22, SpO2 92%, T 37,4, P 98. Verlengd expirium, piepen bdz.
E: COPD-exacerbatie
P: prednisolon en doxycycline.`,
    expected: [
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
      { kind: 'saturatie', value: '92', unit: '%' },
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'hartfrequentie', value: '98', unit: '/min' },
    ],
  },
  {
    id: 'mh-097',
    setting: 'ZKH',
    text: `Dag 2 na hemicolectomie. Katheter verwijderd om 10:00, om 15:30 spontaan geplast 300 ml. Temp 37,9, P 94, RR 128/72. Pijn bij hoesten 5, in rust 2.`,
    expected: [
      { kind: 'uitscheiding', value: '300', unit: 'mL' },
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
      { kind: 'hartfrequentie', value: '94', unit: '/min' },
      { kind: 'bloeddruk', value: '128/72', unit: 'mmHg' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-098',
    setting: 'VVT',
    text: `Weging met tillift: 58,9 kg, tilband weegt 0,7 kg, mw. weegt dus 58,2 kg. Vorige weging in juni: 59,4 kg.`,
    expected: [
      { kind: 'gewicht', value: '58.2', unit: 'kg' },
    ],
  },
  {
    id: 'mh-099',
    setting: 'GHZ',
    text: `Milan was vandaag erg onrustig en sloeg zichzelf tegen het hoofd. Pols 104, temp 37,2. Geen duidelijke oorzaak gevonden. Tandarts gebeld voor controle gebit.`,
    expected: [
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'temperatuur', value: '37.2', unit: '°C' },
    ],
  },
  {
    id: 'mh-100',
    setting: 'wijk',
    text: `Mw. heeft haar eigen bloeddrukmeter, vanochtend samen gemeten: 149/86, pols 77. Haar man meet altijd mee, hij had 135/80. Mw. noteert alles in haar boekje; vorige week zat ze rond de 160.`,
    expected: [
      { kind: 'bloeddruk', value: '149/86', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '77', unit: '/min' },
    ],
  },
  {
    id: 'mh-101',
    setting: 'ZKH',
    text: `Glucosedagcurve:
| tijd | waarde |
| 07:00 | 5,9 |
| 11:30 | 8,7 |
| 17:00 | 10,4 |
| 21:30 | 7,2 |`,
    expected: [
      { kind: 'glucose', value: '5.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '8.7', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.2', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-102',
    setting: 'VVT',
    text: `Mw. prikt zelf, ik heb meegekeken: BG 6,4 mmol/l. Mw. spuit zelf haar Mixtard, gaat goed.`,
    expected: [
      { kind: 'glucose', value: '6.4', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-103',
    setting: 'GGZ',
    text: `ECG gemaakt ivm haloperidol: QTc 452 ms, HF 74. RR li 122/80, re 126/82. Uitslag ECG naar psychiater.`,
    expected: [
      { kind: 'hartfrequentie', value: '74', unit: '/min' },
      { kind: 'bloeddruk', value: '122/80', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '126/82', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh-104',
    setting: 'HA',
    text: `S: 28 wk zwanger, controles bij verloskundige prima, komt voor hoofdpijn.
O: RR 118/72, gew 71 kg (voor de zwangerschap 64 kg). Geen oedeem.
E: spanningshoofdpijn
P: paracetamol zo nodig, bij RR boven 140/90 of toename hoofdpijn direct contact.`,
    expected: [
      { kind: 'bloeddruk', value: '118/72', unit: 'mmHg' },
      { kind: 'gewicht', value: '71', unit: 'kg' },
    ],
  },
  {
    id: 'mh-105',
    setting: 'ZKH',
    text: `Na de transfusie (2e zak erytrocyten) controles: T 37,2, P 80, RR 131/77. Geen reactie, mw. voelt zich goed.`,
    expected: [
      { kind: 'temperatuur', value: '37.2', unit: '°C' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'bloeddruk', value: '131/77', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh-106',
    setting: 'GHZ',
    text: `Sanne gewogen op de rolstoelweegschaal, het gewicht van de stoel wordt automatisch afgetrokken. Gewicht 46,9 kg.`,
    expected: [
      { kind: 'gewicht', value: '46.9', unit: 'kg' },
    ],
  },
  {
    id: 'mh-107',
    setting: 'wijk',
    text: `Dhr. hoest, temp 38.4, sat 93, ademh.freq 22. HA gebeld, komt vanmiddag. Echtgenote is ook ziek, zij had gisteren 38.9.`,
    expected: [
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'ademfrequentie', value: '22', unit: '/min' },
    ],
  },
  {
    id: 'mh-108',
    setting: 'ZKH',
    text: `Opnamegesprek: lengte 1,69 m, gewicht 62,5 kg (op de bedweegschaal), BMI 21,9. Allergie: penicilline.`,
    expected: [
      { kind: 'lengte', value: '169', unit: 'cm' },
      { kind: 'gewicht', value: '62.5', unit: 'kg' },
      { kind: 'bmi', value: '21.9', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-109',
    setting: 'VVT',
    text: `Pijnmeting mw. met de VAS-lat, voor medicatie: 55. Oxycontin 10 mg gegeven, over 1 uur nogmaals VAS afnemen.`,
    expected: [
      { kind: 'pijnscore', value: '55', unit: 'VAS' },
    ],
  },
  {
    id: 'mh-110',
    setting: 'GGZ',
    text: `Wekelijkse weging in ondergoed, na het plassen: 44,8 kg, BMI 16,3 (lengte 1,66 m bekend uit intake). Doel in behandelplan: BMI 18,5. Cliënte was boos na de weging.`,
    expected: [
      { kind: 'gewicht', value: '44.8', unit: 'kg' },
      { kind: 'bmi', value: '16.3', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-111',
    setting: 'ZKH',
    text: `Intake: po 650 ml + iv 1500 ml = 2150 ml. Output: urine 1700 ml. Dhr. drinkt slecht, infuus blijft.`,
    expected: [
      { kind: 'vochtinname', value: '2150', unit: 'mL' },
      { kind: 'uitscheiding', value: '1700', unit: 'mL' },
    ],
  },
  {
    id: 'mh-112',
    setting: 'HA',
    text: `S: groeicontrole, ouders bezorgd dat zoon (8 jr) klein is.
O: lengte 1,24 m, gewicht 23,6 kg. Vader 1,70 m, moeder 1,58 m.
E: lengte passend bij ouderlengte
P: over 6 mnd opnieuw meten.`,
    expected: [
      { kind: 'lengte', value: '124', unit: 'cm' },
      { kind: 'gewicht', value: '23.6', unit: 'kg' },
    ],
  },
  {
    id: 'mh-113',
    setting: 'VVT',
    text: `ADL gedaan. BD 126/70 HF 66 AF 14 T 36,4 SpO2 95. Mw. had een goede nacht.`,
    expected: [
      { kind: 'bloeddruk', value: '126/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'ademfrequentie', value: '14', unit: '/min' },
      { kind: 'temperatuur', value: '36.4', unit: '°C' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'mh-114',
    setting: 'wijk',
    text: `Glucoseboekje doorgenomen: afgelopen week waarden tussen 6 en 13. Vandaag voor de lunch BG 9,9. Voeten: eelt re hiel, pedicure ingeschakeld.`,
    expected: [
      { kind: 'glucose', value: '9.9', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-115',
    setting: 'ZKH',
    text: `Pijn na toediening morfine 2,5 mg iv gezakt van NRS 8 naar NRS 4. RR 119/66, HF 70, sat 97%. Mw. slaapt nu.`,
    expected: [
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
      { kind: 'bloeddruk', value: '119/66', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
];
