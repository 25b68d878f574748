import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'mh-047',
    setting: 'ZKH',
    text: `Mw. (91) opgenomen via SEH met collumfractuur re. Bij binnenkomst op afdeling: RR 162/84, pols 88, temp 36,2, sat 94%. Pijn NRS 5. Mw. ligt op een antidecubitusmatras.`,
    expected: [
      { kind: 'bloeddruk', value: '162/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'temperatuur', value: '36.2', unit: '°C' },
      { kind: 'saturatie', value: '94', unit: '%' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-048',
    setting: 'VVT',
    text: `Warmteprotocol. Vochtinname mw. Bakker vandaag: 1500 ml. Urine niet gemeten. Temp 37,5 (oor). Mw. zat in de schaduw in de tuin.`,
    expected: [
      { kind: 'vochtinname', value: '1500', unit: 'mL' },
      { kind: 'temperatuur', value: '37.5', unit: '°C' },
    ],
  },
  {
    id: 'mh-049',
    setting: 'GHZ',
    text: `Lisa voelde warm aan, temp 38,3. Paracetamol gegeven na overleg met de arts. Ze is op de bank gaan liggen met een dekentje.`,
    expected: [
      { kind: 'temperatuur', value: '38.3', unit: '°C' },
    ],
  },
  {
    id: 'mh-050',
    setting: 'ZKH',
    text: `Koorts is gezakt, temp gedaald van 39,0 vannacht naar 37,4 nu. HF 84, RR 126/78. Mw. voelt zich beter, eet weer wat.`,
    expected: [
      { kind: 'temperatuur', value: '37.4', unit: '°C' },
      { kind: 'hartfrequentie', value: '84', unit: '/min' },
      { kind: 'bloeddruk', value: '126/78', unit: 'mmHg' },
    ],
  },
  {
    id: 'mh-051',
    setting: 'wijk',
    text: `Driemaandelijkse BD-controle. BD 148/92 P 70 reg. Dhr. heeft geen klachten, gebruikt medicatie trouw.`,
    expected: [
      { kind: 'bloeddruk', value: '148/92', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
    ],
  },
  {
    id: 'mh-052',
    setting: 'GGZ',
    text: `Cliënt in de separeer, te onrustig voor controles. Volgens protocol dagelijks RR en pols; vandaag niet gelukt. Haloperidol 5 mg im gegeven om 14:10. Morgenochtend opnieuw proberen te meten.`,
    expected: [],
  },
  {
    id: 'mh-053',
    setting: 'ZKH',
    text: `Vitale parameters:
Systolische bloeddruk: 131 mmHg
Diastolische bloeddruk: 79 mmHg
Hartfrequentie (monitor): 73 /min
Ademhalingsfrequentie: 15 /min
Perifere zuurstofsaturatie: 99 %
Lichaamstemperatuur (tympanisch): 36,6 °C`,
    expected: [
      { kind: 'bloeddruk', value: '131/79', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '73', unit: '/min' },
      { kind: 'ademfrequentie', value: '15', unit: '/min' },
      { kind: 'saturatie', value: '99', unit: '%' },
      { kind: 'temperatuur', value: '36.6', unit: '°C' },
    ],
  },
  {
    id: 'mh-054',
    setting: 'VVT',
    text: `Dhr. gewogen in de passieve lift met weegschaal: 82,7 kg. Eetlust matig, dhr. krijgt drinkvoeding erbij.`,
    expected: [
      { kind: 'gewicht', value: '82.7', unit: 'kg' },
    ],
  },
  {
    id: 'mh-055',
    setting: 'HA',
    text: `S: keelpijn 5 dgn, slikken lukt slecht.
O: T 38,6, tonsillen vergroot met beslag, pijnlijke klieren.
E: tonsillitis
P: feneticilline kuur.`,
    expected: [
      { kind: 'temperatuur', value: '38.6', unit: '°C' },
    ],
  },
  {
    id: 'mh-056',
    setting: 'ZKH',
    text: `Vochtbalans dagdienst: in 1100 ml, uit 1450 ml, balans -350 ml. Dhr. heeft vanochtend furosemide iv gehad.`,
    expected: [
      { kind: 'vochtinname', value: '1100', unit: 'mL' },
      { kind: 'uitscheiding', value: '1450', unit: 'mL' },
    ],
  },
  {
    id: 'mh-057',
    setting: 'GHZ',
    text: `Dagbesteding: Kevin heeft vandaag 2 uur in de tuin gewerkt en 3 kratten aardappels gesorteerd. Hij had er zin in. Volgende week dinsdag gaat hij naar de tandarts. Zijn zus belde, zij is bevallen van een dochter van 3250 gram en 49 cm.`,
    expected: [],
  },
  {
    id: 'mh-058',
    setting: 'wijk',
    text: `COPD-controle thuis. Sat 89% zonder zuurstof, 93% met 1 l/min. AF 24, wat benauwd. Temp 37,2. Afspraak: bel HA bij sat onder 88%.`,
    expected: [
      { kind: 'saturatie', value: '89', unit: '%' },
      { kind: 'saturatie', value: '93', unit: '%' },
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'temperatuur', value: '37.2', unit: '°C' },
    ],
  },
  {
    id: 'mh-059',
    setting: 'ZKH',
    text: `0-meting bij opname: tesnie 145/80, pols 90, temp 36,8, sat 95, gew 70,2 kg, lengte 178. Dhr. is wat angstig voor de operatie.`,
    expected: [
      { kind: 'bloeddruk', value: '145/80', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '90', unit: '/min' },
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
      { kind: 'saturatie', value: '95', unit: '%' },
      { kind: 'gewicht', value: '70.2', unit: 'kg' },
      { kind: 'lengte', value: '178', unit: 'cm' },
    ],
  },
  {
    id: 'mh-060',
    setting: 'VVT',
    text: `Mw. gaf aan dat de pijn in haar knie vandaag een 6 was, bij lopen erger, een 8. Oxynorm gegeven volgens afspraak.`,
    expected: [
      { kind: 'pijnscore', value: '6', unit: 'NRS' },
      { kind: 'pijnscore', value: '8', unit: 'NRS' },
    ],
  },
  {
    id: 'mh-061',
    setting: 'GGZ',
    text: `Lithiumcontrole. Spiegel gisteren afgenomen: 1,1 mmol/l (range 0,6-1,0), psychiater verlaagt de dosis naar 800 mg. Vandaag geen tremor. RR 128/84, P 62, gewicht 79 kg.`,
    expected: [
      { kind: 'bloeddruk', value: '128/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '62', unit: '/min' },
      { kind: 'gewicht', value: '79', unit: 'kg' },
    ],
  },
  {
    id: 'mh-062',
    setting: 'ZKH',
    text: `Dhr. 2e dag na TURP. Spoelkatheter: spoelvloeistof in 6000 ml, uit 7200 ml, dus netto urineproductie 1200 ml. Urine lichtroze. Temp 37,0, RR 135/70, HF 70.`,
    expected: [
      { kind: 'uitscheiding', value: '1200', unit: 'mL' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
      { kind: 'bloeddruk', value: '135/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '70', unit: '/min' },
    ],
  },
  {
    id: 'mh-063',
    setting: 'wijk',
    text: `Zorgplan besproken met dhr. en zoon. Afspraken: RR 1x per week meten (streef onder 140/90), gewicht 1x per maand, bij gewichtsverlies van meer dan 3 kg HA inlichten. Dhr. akkoord.`,
    expected: [],
  },
  {
    id: 'mh-064',
    setting: 'GHZ',
    text: `Anouk had vannacht twee korte absences. Ochtend: temp 36.5, pols 80, sat 98. Lijkt goed hersteld, gaat gewoon naar dagbesteding.`,
    expected: [
      { kind: 'temperatuur', value: '36.5', unit: '°C' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
    ],
  },
  {
    id: 'mh-065',
    setting: 'ZKH',
    text: `BG-curve vandaag (mmol/l): 8,2 - 14,6 - 10,1 - 7,3. Na de tweede meting correctie-insuline gegeven volgens schema. Diabetesverpleegkundige komt morgen langs.`,
    expected: [
      { kind: 'glucose', value: '8.2', unit: 'mmol/L' },
      { kind: 'glucose', value: '14.6', unit: 'mmol/L' },
      { kind: 'glucose', value: '10.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '7.3', unit: 'mmol/L' },
    ],
  },
  {
    id: 'mh-066',
    setting: 'VVT',
    text: `Mw. gewogen op de staweegschaal, zonder schoenen: 70,3 kg. Mw. was tevreden.`,
    expected: [
      { kind: 'gewicht', value: '70.3', unit: 'kg' },
    ],
  },
  {
    id: 'mh-067',
    setting: 'HA',
    text: `CVRM-controle.
O: RR 142/88, gew 96 kg, lengte 1,75 m, BMI 31,3, middelomtrek 109 cm. Rookt niet meer.
E: RR boven streefwaarde
P: leefstijladvies, herhaling over 6 wk.`,
    expected: [
      { kind: 'bloeddruk', value: '142/88', unit: 'mmHg' },
      { kind: 'gewicht', value: '96', unit: 'kg' },
      { kind: 'lengte', value: '175', unit: 'cm' },
      { kind: 'bmi', value: '31.3', unit: 'kg/m2' },
    ],
  },
  {
    id: 'mh-068',
    setting: 'ZKH',
    text: `Dhr. bekend met AF, vanmiddag snelle hartslag. Monitor: HF 138 irregulair. RR 110/75. Sat 96%. Ademfrequentie 18. Cardioloog gebeld en komt kijken.`,
    expected: [
      { kind: 'hartfrequentie', value: '138', unit: '/min' },
      { kind: 'bloeddruk', value: '110/75', unit: 'mmHg' },
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'ademfrequentie', value: '18', unit: '/min' },
    ],
  },
  {
    id: 'mh-069',
    setting: 'VVT',
    text: `Evaluatie: in de afgelopen maand was de RR steeds rond 130/80 en het gewicht stabiel rond 68 kg. Geen reden om vaker te controleren. Volgende meting over 4 weken.`,
    expected: [],
  },
];
