import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh-070',
    setting: 'ZKH',
    text: `Overdracht nacht naar vroege dienst. Mw. heeft goed geslapen. Om 06:00 controles: RR 121/69, P 58, T 36,3, sat 97% kamerlucht. Pijn NRS 1. Urineproductie nacht: 900 ml via katheter.`,
    expected: [
      { kind: 'bloeddruk', value: '121/69', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '58', unit: '/min' },
      { kind: 'temperatuur', value: '36.3', unit: '°C' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'pijnscore', value: '1', unit: 'NRS' },
      { kind: 'uitscheiding', value: '900', unit: 'mL' },
    ],
  },
  {
    id: 'mh-071',
    setting: 'wijk',
    text: `BS vanmiddag 16,8, flink hoog. Gisteren was hij ook al 15,2. Mw. heeft kerstkransjes gegeten. Overleg met POH: Lantus van 20 naar 22 E. Bij BS boven 20 bellen.`,
    expected: [
      { kind: 'glucose', value: '16.8', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-072',
    setting: 'GGZ',
    text: `Start clozapine week 3. Dagelijkse controle: temp 37,6, pols 112 (in rust), RR staand 100/60. Cliënt kwijlt veel. Arts op de hoogte.`,
    expected: [
      { kind: 'temperatuur', value: '37.6', unit: '°C' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
      { kind: 'bloeddruk', value: '100/60', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh-073',
    setting: 'HA',
    text: `S: dochter (3 jr) sinds gisteren koorts, trekt aan oor.
O: T 38,8, AF 28, sat 97%, geen intrekkingen. Oren: li trommelvlies rood, bomberend.
E: OMA li
P: paracetamol, controle bij geen verbetering na 3 dgn.`,
    expected: [
      { kind: 'temperatuur', value: '38.8', unit: '°C' },
      { kind: 'ademfrequentie', value: '28', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
  {
    id: 'mh-074',
    setting: 'VVT',
    text: `rr 130/85 p 72 t 37,2 sat 96% gew 66.4 kg`,
    expected: [
      { kind: 'bloeddruk', value: '130/85', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '72', unit: '/min' },
      { kind: 'temperatuur', value: '37.2', unit: '°C' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'gewicht', value: '66.4', unit: 'kg' },
    ],
  },
  {
    id: 'mh-075',
    setting: 'ZKH',
    text: `Capillaire bloedglucosebepaling om 03:00 in verband met zweten: 2,9 mmol/l. Glucose 10% 50 ml iv gegeven. Om 03:20 capillair opnieuw: 6,1. Dhr. is weer helder.`,
    expected: [
      { kind: 'glucose', value: '2.9', unit: 'mmol/L' },
      { kind: 'glucose', value: '6.1', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-076',
    setting: 'GHZ',
    text: `Wegen: Pieter met rolstoel 112,4 kg. Rolstoel zonder Pieter 24,9 kg. Pieter weegt dus 87,5 kg. Hij is sinds vorige maand 1 kg aangekomen.`,
    expected: [
      { kind: 'gewicht', value: '87.5', unit: 'kg' },
    ],
  },
  {
    id: 'mh-077',
    setting: 'wijk',
    text: `Ochtendzorg dhr. Peters. Temp 37,8, iets verhoogd, dhr. voelt zich grieperig. Pols 90. Dochter gevraagd paracetamol te halen.`,
    expected: [
      { kind: 'temperatuur', value: '37.8', unit: '°C' },
      { kind: 'hartfrequentie', value: '90', unit: '/min' },
    ],
  },
  {
    id: 'mh-078',
    setting: 'ZKH',
    text: `Dhr. benauwd, sat 88% bij 2 l O2, opgehoogd naar 4 l, daarna sat 93%. AF 26. Arts gebeld. Bloedgas afgenomen: pH 7,32, pCO2 7,1 kPa.`,
    expected: [
      { kind: 'saturatie', value: '88', unit: '%' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'ademfrequentie', value: '26', unit: '/min' },
    ],
  },
  {
    id: 'mh-079',
    setting: 'VVT',
    text: `Gewogen: 49,2 kg. Lengte gemeten: 160 cm. BMI 19,2. Mw. eet slecht, diëtiste ingeschakeld.`,
    expected: [
      { kind: 'gewicht', value: '49.2', unit: 'kg' },
      { kind: 'lengte', value: '160', unit: 'cm' },
      { kind: 'bmi', value: '19.2', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-080',
    setting: 'GGZ',
    text: `Tijdens het wandelen naar de kliniek werd mevrouw kortademig. Op de afdeling haar saturatie gemeten, die was 95 procent, en haar hartslag 102. Na rust ging het beter.`,
    expected: [
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'hartfrequentie', value: '102', unit: '/min' },
    ],
  },
  {
    id: 'mh-081',
    setting: 'HA',
    text: `S: komt met thuismeetlijst, ochtendwaarden gemiddeld 152/94.
O: RR in spreekkamer 158/96, na 5 min rust 150/92. P 78.
E: hypertensie
P: start lisinopril 10 mg, controle 4 wk.`,
    expected: [
      { kind: 'bloeddruk', value: '158/96', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '150/92', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
    ],
  },
  {
    id: 'mh-082',
    setting: 'ZKH',
    text: `Diurese 24 uur 2100 ml, vochtintake 24 uur 1800 ml. Gewicht vandaag 78,3 kg, gisteren 79,1 kg. Vochtbeperking 1,5 liter blijft.`,
    expected: [
      { kind: 'uitscheiding', value: '2100', unit: 'mL' },
      { kind: 'vochtinname', value: '1800', unit: 'mL' },
      { kind: 'gewicht', value: '78.3', unit: 'kg' },
    ],
  },
  {
    id: 'mh-083',
    setting: 'VVT',
    text: `Pijnobservatie: mw. geeft zelf NRS 3 aan bij de transfer naar de stoel. Tillift ingezet na overleg met ergotherapeut.`,
    expected: [
      { kind: 'pijnscore', value: '3', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-084',
    setting: 'GHZ',
    text: `Fleur is terug van het weekend bij haar ouders. Bij terugkomst temp 37,1, pols 76. Ze was moe en is vroeg naar bed gegaan.`,
    expected: [
      { kind: 'temperatuur', value: '37.1', unit: '°C' },
      { kind: 'hartfrequentie', value: '76', unit: '/min' },
    ],
  },
  {
    id: 'mh-085',
    setting: 'wijk',
    text: `Stomazorg. Ileostoma productie afgelopen 24 uur 1300 ml, dun. Mw. drinkt goed, volgens de drinklijst 2,1 liter. Huid rond stoma rustig. Bij productie boven 1500 ml per 24 uur contact met stomaverpleegkundige.`,
    expected: [
      { kind: 'uitscheiding', value: '1300', unit: 'mL' },
      { kind: 'vochtinname', value: '2100', unit: 'mL' },
    ],
  },
  {
    id: 'mh-086',
    setting: 'ZKH',
    text: `Post-op controle 1 uur na terugkomst: RR 109/64, P 61, sat 95%, T 35,9. NRS 0 in rust. Epiduraal 8 ml/u. Blaasscan 350 ml, gaat zelf proberen te plassen.`,
    expected: [
      { kind: 'bloeddruk', value: '109/64', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '61', unit: '/min' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'temperatuur', value: '35.9', unit: '°C' },
      { kind: 'pijnscore', value: '0', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-087',
    setting: 'VVT',
    text: `Controles mw. Smit, RR/P/T: 138/76 - 68 - 36,7. Mw. voelt zich goed.`,
    expected: [
      { kind: 'bloeddruk', value: '138/76', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'temperatuur', value: '36.7', unit: '°C' },
    ],
  },
  {
    id: 'mh-088',
    setting: 'GGZ',
    text: `Gewicht vandaag 104,6 kg, bij opname 3 maanden geleden 96 kg, dus 8,6 kg aangekomen sinds start olanzapine. Lengte opnieuw gemeten: 1,83 m, BMI nu 31,2.`,
    expected: [
      { kind: 'gewicht', value: '104.6', unit: 'kg' },
      { kind: 'lengte', value: '183', unit: 'cm' },
      { kind: 'bmi', value: '31.2', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-089',
    setting: 'ZKH',
    text: `Neuro-controle: pupillen isocoor, reageren op licht. RR 172/94, P 66. Glucose 7,9. Temp 36,8. Geen nieuwe uitval.`,
    expected: [
      { kind: 'bloeddruk', value: '172/94', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '66', unit: '/min' },
      { kind: 'glucose', value: '7.9', unit: 'mmol/L' },
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
    ],
  },
  {
    id: 'mh-090',
    setting: 'HA',
    text: `S: dochter maakt zich zorgen, moeder eet slecht.
O: gew 52,3 kg, RR 118/70, P 84 irr.
E: ongewenst gewichtsverlies, AF?
P: ECG en lab.`,
    expected: [
      { kind: 'gewicht', value: '52.3', unit: 'kg' },
      { kind: 'bloeddruk', value: '118/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
    ],
  },
  {
    id: 'mh-091',
    setting: 'GHZ',
    text: `Vochtlijst Bram (sondevoeding + water):
08:00 250 ml
12:00 250 ml
16:00 250 ml
20:00 250 ml
Totaal 1000 ml + spoelen 200 ml = 1200 ml in.
Luiers gewogen: urine ongeveer 800 ml.`,
    expected: [
      { kind: 'vochtinname', value: '1200', unit: 'mL' },
      { kind: 'uitscheiding', value: '800', unit: 'mL' },
    ],
  },
  {
    id: 'mh-092',
    setting: 'wijk',
    text: `Dhr. bezocht ivm wondcontrole teen. Temperatruur 37,0, glucse 8,6. Teen iets rood, foto gemaakt voor HA.`,
    expected: [
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
      { kind: 'glucose', value: '8.6', unit: 'mmol/L' },
    ],
  },
];
