import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md-041',
    setting: 'GHZ',
    text: `Cliënt (ernstig verstandelijke beperking) onrustig, trekt steeds aan li oor. Temp gemeten met de oorthermometer, na twee pogingen: 38.3. Pols 100. Pijn moeilijk in te schatten, wijst naar oor. Huisarts gebeld.`,
    expected: [
      { kind: 'temperatuur', value: '38.3', unit: '°C' },
      { kind: 'hartfrequentie', value: '100', unit: '/min' },
    ],
  },
  {
    id: 'md-042',
    setting: 'GHZ',
    text: `Maandelijkse weging op de rolstoelweegschaal: met rolstoel 112,6 kg. Rolstoel (los gewogen in januari) 24,8 kg. Cliënt netto 87,8 kg. Vorige maand 86,5.`,
    expected: [
      { kind: 'gewicht', value: '87.8', unit: 'kg' },
    ],
  },
  {
    id: 'md-043',
    setting: 'GHZ',
    text: `Na aanval om 14.10 (duur 2 min): pols 112, sat 92%. Midazolam neusspray 5 mg klaargelegd, niet nodig geweest. Over 15 min controles herhalen.`,
    expected: [
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
      { kind: 'saturatie', value: '92', unit: '%' },
    ],
  },
  {
    id: 'md-044',
    setting: 'GHZ',
    text: `Woensdag: J. was vrolijk op het werk. Bloeddrukmeter is stuk, RR meten morgen met de meter van de andere groep. Begeleider van groep 3 had zelf zijn RR laten meten bij de HA, 128/80 :)`,
    expected: [],
  },
  {
    id: 'md-045',
    setting: 'GHZ',
    text: `Glucose zelf geprikt door cliënt onder begeleiding: voor ontbijt 6,1, voor lunch 9.4, voor avondeten 5,7. Mag zelf insuline spuiten, 10 E Humalog bij avondeten.`,
    expected: [
      { kind: 'glucose', value: '6.1', unit: 'mmol/L' },
      { kind: 'glucose', value: '9.4', unit: 'mmol/L' },
      { kind: 'glucose', value: '5.7', unit: 'mmol/L' },
    ],
  },
  {
    id: 'md-046',
    setting: 'GGZ',
    text: `Somatische screening bij start clozapine. Lengte 175 cm, gewicht 88 kg, BMI 28,7. Buikomvang 104 cm. RR 128/84, pols 92. Lipidenprofiel en HbA1c aangevraagd.`,
    expected: [
      { kind: 'lengte', value: '175', unit: 'cm' },
      { kind: 'gewicht', value: '88', unit: 'kg' },
      { kind: 'bmi', value: '28.7', unit: 'kg/m2' },
      { kind: 'bloeddruk', value: '128/84', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
    ],
  },
  {
    id: 'md-047',
    setting: 'GGZ',
    text: `Cliënt weigert RR meting, wil wel gewogen worden: 102,3 kg in kleding en schoenen. Bij opname 3 mnd geleden 94 kg. Gewichtstoename besproken.`,
    expected: [
      { kind: 'gewicht', value: '102.3', unit: 'kg' },
    ],
  },
  {
    id: 'md-048',
    setting: 'GGZ',
    text: `Lithiumspiegel 0,8 mmol/l (streef 0,6-1,0). Cliënt heeft tremor aan beide handen. RR 118/76, P 64. Advies: 2 liter per dag drinken.`,
    expected: [
      { kind: 'bloeddruk', value: '118/76', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
    ],
  },
  {
    id: 'md-049',
    setting: 'GGZ',
    text: `Cliënt geagiteerd, na separatie controles: pols 124, RR 150/95, temp 37,3, ademfrequentie 20, zuurstofsaturatie 97. Lorazepam 2,5 mg gegeven. Verpleegkundige die geslagen werd: geen letsel.`,
    expected: [
      { kind: 'hartfrequentie', value: '124', unit: '/min' },
      { kind: 'bloeddruk', value: '150/95', unit: 'mmHg' },
      { kind: 'temperatuur', value: '37.3', unit: '°C' },
      { kind: 'ademfrequentie', value: '20', unit: '/min' },
      { kind: 'saturatie', value: '97', unit: '%' },
    ],
  },
  {
    id: 'md-050',
    setting: 'GGZ',
    text: `Notitie somatisch arts. O: RR 134/88, pols 78 reg. Gew 71,5 kg (vorige controle 69). BMI 24,7. Lengte niet opnieuw gemeten.`,
    expected: [
      { kind: 'bloeddruk', value: '134/88', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '78', unit: '/min' },
      { kind: 'gewicht', value: '71.5', unit: 'kg' },
      { kind: 'bmi', value: '24.7', unit: 'kg/m2' },
    ],
  },
  {
    id: 'md-051',
    setting: 'GHZ',
    text: `Dagelijkse controle ivm infectie. Temperatuur 's ochtends 37,9 en 's avonds 38,4. Antibiotica dag 3 (amoxicilline 500 mg 3dd). Eergisteren nog 39,1.`,
    expected: [
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
    ],
  },
  {
    id: 'md-052',
    setting: 'GGZ',
    text: `Cliënt vertelt dat zijn vader hoge bloeddruk had (boven de 180) en dat hij bang is voor hetzelfde. Afgesproken dat volgende week bij de somatische screening RR, gewicht en middelomtrek gemeten worden.`,
    expected: [],
  },
  {
    id: 'md-053',
    setting: 'GHZ',
    text: `Bewoner heeft last van obstipatie en buikpijn. Pijnscore NRS 7 (met plaatjes uitgelegd). Lichaamstemperatuur 37,0. Laatste ontlasting 4 dagen geleden. Movicolon 1 sachet gegeven.`,
    expected: [
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'temperatuur', value: '37.0', unit: '°C' },
    ],
  },
  {
    id: 'md-054',
    setting: 'GGZ',
    text: `Voor ECT: RR 142/90 P 88 sat 98. Na ECT in verkoever: RR 160/96 P 104 sat 96. Grens voor start ECT was RR < 180/100.`,
    expected: [
      { kind: 'bloeddruk', value: '142/90', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '88', unit: '/min' },
      { kind: 'saturatie', value: '98', unit: '%' },
      { kind: 'bloeddruk', value: '160/96', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '104', unit: '/min' },
      { kind: 'saturatie', value: '96', unit: '%' },
    ],
  },
  {
    id: 'md-055',
    setting: 'GHZ',
    text: `Gewogen met tillift met weegunit: 58,9 kg incl. tilband (tilband 1,4 kg), dus 57,5 kg. Diëtist wil streefgewicht 60 kg.`,
    expected: [
      { kind: 'gewicht', value: '57.5', unit: 'kg' },
    ],
  },
  {
    id: 'md-056',
    setting: 'GGZ',
    text: `Mw. K. kwam met klachten van hoofdpijn. Tensie: 'ik meet het zelf thuis, gisteren 170/105'. Hier 2x gemeten: 148/94 en 144/92. Hoofdpijn NRS 5.`,
    expected: [
      { kind: 'bloeddruk', value: '148/94', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '144/92', unit: 'mmHg' },
      { kind: 'pijnscore', value: '5', unit: 'NRS' },
    ],
  },
  {
    id: 'md-057',
    setting: 'GHZ',
    text: `Controle bij dagbesteding: zijn zus (ook cliënt bij ons) had temp 38,2 en is naar huis gegaan. Bij hem: bovendruk 126, onderdruk 78, temp 36,9. Alert.`,
    expected: [
      { kind: 'bloeddruk', value: '126/78', unit: 'mmHg' },
      { kind: 'temperatuur', value: '36.9', unit: '°C' },
    ],
  },
  {
    id: 'md-058',
    setting: 'GGZ',
    text: `Cliënt met anorexia nervosa, wekelijkse weging in ondergoed, met rug naar de schaal: 43,2 kg. Lengte 168 cm. BMI 15,3. Afspraak: bij gewicht onder 42 kg overleg arts. Pols in rust 48, RR 92/58, temp 35,9.`,
    expected: [
      { kind: 'gewicht', value: '43.2', unit: 'kg' },
      { kind: 'lengte', value: '168', unit: 'cm' },
      { kind: 'bmi', value: '15.3', unit: 'kg/m2' },
      { kind: 'hartfrequentie', value: '48', unit: '/min' },
      { kind: 'bloeddruk', value: '92/58', unit: 'mmHg' },
      { kind: 'temperatuur', value: '35.9', unit: '°C' },
    ],
  },
  {
    id: 'md-059',
    setting: 'GHZ',
    text: `Nachtdienst: bewoner hoestte veel. Ademhalingen geteld, 24 per min, sat 93. Gisteravond in de avonddienst was de sat nog 95.`,
    expected: [
      { kind: 'ademfrequentie', value: '24', unit: '/min' },
      { kind: 'saturatie', value: '93', unit: '%' },
    ],
  },
  {
    id: 'md-060',
    setting: 'GGZ',
    text: `Clozapinespiegel en bloedbeeld afgenomen (leuko 6,2, neutro 3,8). Cliënt voelt zich warm, temp 36,8, dus geen koorts. Volgende week weer bloedbeeld.`,
    expected: [
      { kind: 'temperatuur', value: '36.8', unit: '°C' },
    ],
  },
];
