import type { MeasurementCase } from '../caseSchema';

export const cases: MeasurementCase[] = [
  {
    id: 'md2-041',
    setting: 'VVT',
    text: `24-uurs urine wordt morgen om 08:00 gestart, bokaal staat klaar in de badkamer. Mw. heeft vandaag 1200 ml gedronken, dat is beter dan de afgelopen dagen.`,
    expected: [{ kind: 'vochtinname', value: '1200', unit: 'mL' }],
  },
  {
    id: 'md2-042',
    setting: 'ZKH',
    text: `UP 450 ml om 16:00, spontaan na verwijderen CAD. Bladderscan direct na mictie: residu 80 ml, akkoord volgens uroloog.`,
    expected: [{ kind: 'uitscheiding', value: '450', unit: 'mL' }],
  },
  {
    id: 'md2-043',
    setting: 'wijk',
    text: `Urostoma: zak vandaag 2x door mij geleegd, samen ca 1300 ml. Huid rond stoma rustig, plaat vervangen.`,
    expected: [{ kind: 'uitscheiding', value: '1300', unit: 'mL' }],
  },
  {
    id: 'md2-044',
    setting: 'ZKH',
    text: `Uurdiurese: 22u 35 ml, 23u 40 ml, 24u 30 ml. Arts wil minimaal 0,5 ml/kg/u, is besproken, afwachten.`,
    expected: [
      { kind: 'uitscheiding', value: '35', unit: 'mL' },
      { kind: 'uitscheiding', value: '40', unit: 'mL' },
      { kind: 'uitscheiding', value: '30', unit: 'mL' },
    ],
  },
  {
    id: 'md2-045',
    setting: 'GHZ',
    text: `Vocht: ontbijt 2 bekers (400 ml), lunch 300 ml, middag 250 ml, avond 350 ml, totaal 1300 ml. Geplast op toilet, niet gemeten.`,
    expected: [{ kind: 'vochtinname', value: '1300', unit: 'mL' }],
  },
  {
    id: 'md2-046',
    setting: 'ZKH',
    text: `Pt. heeft 3 glazen water gehad. Intake sinds 07:00 totaal 750 ml, output via katheter 1200 ml. Thoraxdrain 150 ml, niet gelekt.`,
    expected: [
      { kind: 'vochtinname', value: '750', unit: 'mL' },
      { kind: 'uitscheiding', value: '1200', unit: 'mL' },
    ],
  },
  {
    id: 'md2-047',
    setting: 'VVT',
    text: `Mw. klaagt over veel plassen. Vanaf 8u alles opgevangen: 250, 200, 300 en 150 ml, totaal 900 ml. Urinestick: nitriet neg.`,
    expected: [{ kind: 'uitscheiding', value: '900', unit: 'mL' }],
  },
  {
    id: 'md2-048',
    setting: 'HA',
    text: `S: enkeloedeem, kortademig bij traplopen. Drinkt naar eigen zeggen meestal wel 3 liter per dag.
O: gewicht 84 kg, RR 155/90, P 92 irr. Lichte crepitaties basaal.
E: decompensatio cordis?
P: NT-proBNP, vochtbeperking 1,5 l, dagelijks wegen, terug over 1 wk.`,
    expected: [
      { kind: 'gewicht', value: '84', unit: 'kg' },
      { kind: 'bloeddruk', value: '155/90', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '92', unit: '/min' },
    ],
  },
  {
    id: 'md2-049',
    setting: 'ZKH',
    text: `Blaasspoeling na TURP. Ingelopen spoelvloeistof 6000 ml, uit 7100 ml, netto diurese 1100 ml. Urine lichtroze. Oraal ingenomen 1400 ml.`,
    expected: [
      { kind: 'uitscheiding', value: '1100', unit: 'mL' },
      { kind: 'vochtinname', value: '1400', unit: 'mL' },
    ],
  },
  {
    id: 'md2-050',
    setting: 'VVT',
    text: `Vochtbalans: in 1650 / uit 1100 ml (plus 1 natte luier). Mw. drinkt beter met rietje.`,
    expected: [
      { kind: 'vochtinname', value: '1650', unit: 'mL' },
      { kind: 'uitscheiding', value: '1100', unit: 'mL' },
    ],
  },
  {
    id: 'md2-051',
    setting: 'ZKH',
    text: `RR li arm 152/88, re arm 138/80. Verschil >10 mmHg, arts geïnformeerd.`,
    expected: [
      { kind: 'bloeddruk', value: '152/88', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '138/80', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-052',
    setting: 'VVT',
    text: `Orthostatische meting: liggend 146/82 P 68, na 1 min staan 124/74 P 80, na 3 min 118/70 P 86. Mw. duizelig bij staan.`,
    expected: [
      { kind: 'bloeddruk', value: '146/82', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '124/74', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '118/70', unit: 'mmHg' },
      { kind: 'hartfrequentie', value: '68', unit: '/min' },
      { kind: 'hartfrequentie', value: '80', unit: '/min' },
      { kind: 'hartfrequentie', value: '86', unit: '/min' },
    ],
  },
  {
    id: 'md2-053',
    setting: 'wijk',
    text: `08:00 temp 38,4. Paracetamol 1000 mg gegeven. 14:00 bij tweede bezoek opnieuw temp: 37,6. Mw. drinkt goed.`,
    expected: [
      { kind: 'temperatuur', value: '38.4', unit: '°C' },
      { kind: 'temperatuur', value: '37.6', unit: '°C' },
    ],
  },
  {
    id: 'md2-054',
    setting: 'ZKH',
    text: `Sat in rust 96%, na loopje over de gang 89%, herstelt binnen 2 min naar 95%.`,
    expected: [
      { kind: 'saturatie', value: '96', unit: '%' },
      { kind: 'saturatie', value: '89', unit: '%' },
      { kind: 'saturatie', value: '95', unit: '%' },
    ],
  },
  {
    id: 'md2-055',
    setting: 'GGZ',
    text: `Pols in rust 64, direct na sporttherapie 112. Cliënt enthousiast over het hardlopen.`,
    expected: [
      { kind: 'hartfrequentie', value: '64', unit: '/min' },
      { kind: 'hartfrequentie', value: '112', unit: '/min' },
    ],
  },
  {
    id: 'md2-056',
    setting: 'ZKH',
    text: `NRS rust 2, bij hoesten/mobiliseren 7. Oxycodon 5 mg extra gegeven, na 1 uur NRS bij bewegen 4.`,
    expected: [
      { kind: 'pijnscore', value: '2', unit: 'NRS' },
      { kind: 'pijnscore', value: '7', unit: 'NRS' },
      { kind: 'pijnscore', value: '4', unit: 'NRS' },
    ],
  },
  {
    id: 'md2-057',
    setting: 'VVT',
    text: `Gewogen op staweegschaal: 61,8 kg. Omdat het vorige week nog 65 kg was opnieuw gewogen, weer 61,9 kg. Diëtist ingeschakeld.`,
    expected: [
      { kind: 'gewicht', value: '61.8', unit: 'kg' },
      { kind: 'gewicht', value: '61.9', unit: 'kg' },
    ],
  },
  {
    id: 'md2-058',
    setting: 'HA',
    text: `O: RR 1e meting 168/98, na 5 min rust 2e meting 156/94, 3e meting 154/92. Thuismetingen vorige week gem. 149/90.`,
    expected: [
      { kind: 'bloeddruk', value: '168/98', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '156/94', unit: 'mmHg' },
      { kind: 'bloeddruk', value: '154/92', unit: 'mmHg' },
    ],
  },
  {
    id: 'md2-059',
    setting: 'ZKH',
    text: `Temp 06:00 39,1 -> bloedkweken afgenomen. 10:00 38,6. 14:00 37,9. CRP 185.`,
    expected: [
      { kind: 'temperatuur', value: '39.1', unit: '°C' },
      { kind: 'temperatuur', value: '38.6', unit: '°C' },
      { kind: 'temperatuur', value: '37.9', unit: '°C' },
    ],
  },
  {
    id: 'md2-060',
    setting: 'GHZ',
    text: `Epileptische aanval om 13:10, duur ca 3 min. Tijdens aanval sat 86%, na 2 min 92% en na 5 min zonder O2 97%. Pols tijdens aanval 130, daarna 96. Buccolam 10 mg niet nodig geweest.`,
    expected: [
      { kind: 'saturatie', value: '86', unit: '%' },
      { kind: 'saturatie', value: '92', unit: '%' },
      { kind: 'saturatie', value: '97', unit: '%' },
      { kind: 'hartfrequentie', value: '130', unit: '/min' },
      { kind: 'hartfrequentie', value: '96', unit: '/min' },
    ],
  },
];
