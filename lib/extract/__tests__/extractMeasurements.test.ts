import { describe, expect, it } from 'vitest';
import { extractMeasurements } from '../extractMeasurements';
import { measurementSchema, type MeasurementKind } from '../measurement';
import { checkPlausibility } from '../plausibility';

/** [what the carer wrote, kind, normalised value, unit, the phrase that must be quoted] */
const phrasings: [string, MeasurementKind, string, string, string][] = [
  // bloeddruk
  ['RR 135/85', 'bloeddruk', '135/85', 'mmHg', 'RR 135/85'],
  ['RR: 135/85 mmHg', 'bloeddruk', '135/85', 'mmHg', 'RR: 135/85 mmHg'],
  ['bloeddruk 135 / 85', 'bloeddruk', '135/85', 'mmHg', 'bloeddruk 135 / 85'],
  ['BD 120/70', 'bloeddruk', '120/70', 'mmHg', 'BD 120/70'],
  ['tensie 140/90', 'bloeddruk', '140/90', 'mmHg', 'tensie 140/90'],
  ['Bloeddruk: 142/88 mmHg', 'bloeddruk', '142/88', 'mmHg', 'Bloeddruk: 142/88 mmHg'],
  ['RR re arm 150/90', 'bloeddruk', '150/90', 'mmHg', 'RR re arm 150/90'],
  ['bloeddruk was 118 over 72', 'bloeddruk', '118/72', 'mmHg', 'bloeddruk was 118 over 72'],
  ['RR135/85', 'bloeddruk', '135/85', 'mmHg', 'RR135/85'],
  ['RR-meting 130/80', 'bloeddruk', '130/80', 'mmHg', 'RR-meting 130/80'],
  ['Tensie: 160/95 mm Hg', 'bloeddruk', '160/95', 'mmHg', 'Tensie: 160/95 mm Hg'],
  ['BP 125/80', 'bloeddruk', '125/80', 'mmHg', 'BP 125/80'],
  ['gemeten: 130/85 mmHg', 'bloeddruk', '130/85', 'mmHg', '130/85 mmHg'],
  ['Bloeddruk (zittend):\n128/84', 'bloeddruk', '128/84', 'mmHg', 'Bloeddruk (zittend):\n128/84'],
  // hartfrequentie
  ['P 88 reg.', 'hartfrequentie', '88', '/min', 'P 88'],
  ['pols 72', 'hartfrequentie', '72', '/min', 'pols 72'],
  ['HF 110', 'hartfrequentie', '110', '/min', 'HF 110'],
  ['hartslag 64/min', 'hartfrequentie', '64', '/min', 'hartslag 64/min'],
  ['Pols: 76/min regulair', 'hartfrequentie', '76', '/min', 'Pols: 76/min'],
  ['pols 92 irregulair', 'hartfrequentie', '92', '/min', 'pols 92'],
  ['Hartfrequentie 58 sl/min', 'hartfrequentie', '58', '/min', 'Hartfrequentie 58 sl/min'],
  ['polsfrequentie 64 per minuut', 'hartfrequentie', '64', '/min', 'polsfrequentie 64 per minuut'],
  ['HF: 102 bpm', 'hartfrequentie', '102', '/min', 'HF: 102 bpm'],
  ['hartslag van 84', 'hartfrequentie', '84', '/min', 'hartslag van 84'],
  ['P:68x/min', 'hartfrequentie', '68', '/min', 'P:68x/min'],
  // temperatuur
  ['T 38,2', 'temperatuur', '38.2', '°C', 'T 38,2'],
  ['temp 37.8°C', 'temperatuur', '37.8', '°C', 'temp 37.8°C'],
  ['38,5 graden', 'temperatuur', '38.5', '°C', '38,5 graden'],
  ['Temperatuur 37,4 °C', 'temperatuur', '37.4', '°C', 'Temperatuur 37,4 °C'],
  ['Temp: 38.9', 'temperatuur', '38.9', '°C', 'Temp: 38.9'],
  ['temp. 36,6 tympanisch', 'temperatuur', '36.6', '°C', 'temp. 36,6'],
  ['koorts 39,1', 'temperatuur', '39.1', '°C', 'koorts 39,1'],
  ['koorts van 39 graden', 'temperatuur', '39', '°C', 'koorts van 39 graden'],
  ['T=37,5', 'temperatuur', '37.5', '°C', 'T=37,5'],
  ['T37,9', 'temperatuur', '37.9', '°C', 'T37,9'],
  ['verhoging 37,8', 'temperatuur', '37.8', '°C', 'verhoging 37,8'],
  ['rectaal 38,0', 'temperatuur', '38.0', '°C', 'rectaal 38,0'],
  ['36,8°C', 'temperatuur', '36.8', '°C', '36,8°C'],
  ['37,2 graden Celsius', 'temperatuur', '37.2', '°C', '37,2 graden Celsius'],
  ['temperatuur gedaald van 39,2 naar 37,6', 'temperatuur', '37.6', '°C', 'temperatuur gedaald van 39,2 naar 37,6'],
  // saturatie
  ['sat 94% zo2', 'saturatie', '94', '%', 'sat 94%'],
  ['SpO2 96 %', 'saturatie', '96', '%', 'SpO2 96 %'],
  ['saturatie 91% met 2L O2', 'saturatie', '91', '%', 'saturatie 91%'],
  ['Saturatie: 95 procent', 'saturatie', '95', '%', 'Saturatie: 95 procent'],
  ['O2-sat 93%', 'saturatie', '93', '%', 'O2-sat 93%'],
  ['sat. 98%', 'saturatie', '98', '%', 'sat. 98%'],
  ['SaO2 92 %', 'saturatie', '92', '%', 'SaO2 92 %'],
  ['sat 89% bij 2 l O2', 'saturatie', '89', '%', 'sat 89%'],
  ['zuurstofsaturatie 96%', 'saturatie', '96', '%', 'zuurstofsaturatie 96%'],
  ['Sp02 97', 'saturatie', '97', '%', 'Sp02 97'],
  // ademfrequentie
  ['AF 18', 'ademfrequentie', '18', '/min', 'AF 18'],
  ['ademfrequentie 22/min', 'ademfrequentie', '22', '/min', 'ademfrequentie 22/min'],
  ['ademhaling 16/min', 'ademfrequentie', '16', '/min', 'ademhaling 16/min'],
  ['AF: 24 per minuut', 'ademfrequentie', '24', '/min', 'AF: 24 per minuut'],
  ['Ademhalingsfrequentie 20', 'ademfrequentie', '20', '/min', 'Ademhalingsfrequentie 20'],
  ['resp 18', 'ademfrequentie', '18', '/min', 'resp 18'],
  // pijnscore
  ['NRS 7', 'pijnscore', '7', 'NRS', 'NRS 7'],
  ['pijnscore 6/10', 'pijnscore', '6', 'NRS', 'pijnscore 6/10'],
  ['VAS 40', 'pijnscore', '40', 'VAS', 'VAS 40'],
  ['pijn 6/10', 'pijnscore', '6', 'NRS', 'pijn 6/10'],
  ['Pijnscore (NRS): 4', 'pijnscore', '4', 'NRS', 'Pijnscore (NRS): 4'],
  ['NRS pijn 8', 'pijnscore', '8', 'NRS', 'NRS pijn 8'],
  ['pijn: 3', 'pijnscore', '3', 'NRS', 'pijn: 3'],
  ['NRS-score 5', 'pijnscore', '5', 'NRS', 'NRS-score 5'],
  ['VAS 65/100', 'pijnscore', '65', 'VAS', 'VAS 65/100'],
  ['pijnscore 0', 'pijnscore', '0', 'NRS', 'pijnscore 0'],
  // gewicht
  ['gew: 68kg', 'gewicht', '68', 'kg', 'gew: 68kg'],
  ['gewicht 68,4 kg', 'gewicht', '68.4', 'kg', 'gewicht 68,4 kg'],
  ['Gew. 81 kilo', 'gewicht', '81', 'kg', 'Gew. 81 kilo'],
  ['weegt 64 kg', 'gewicht', '64', 'kg', 'weegt 64 kg'],
  ['gewogen: 59,8 kg', 'gewicht', '59.8', 'kg', 'gewogen: 59,8 kg'],
  ['gewicht 3450 gram', 'gewicht', '3.45', 'kg', 'gewicht 3450 gram'],
  // lengte
  ['lengte 1,72 m', 'lengte', '172', 'cm', 'lengte 1,72 m'],
  ['172 cm lang', 'lengte', '172', 'cm', '172 cm lang'],
  ['lengte: 165 cm', 'lengte', '165', 'cm', 'lengte: 165 cm'],
  ['Lengte 1.80m', 'lengte', '180', 'cm', 'Lengte 1.80m'],
  ['1,68 m lang', 'lengte', '168', 'cm', '1,68 m lang'],
  ['lengte 172cm', 'lengte', '172', 'cm', 'lengte 172cm'],
  // bmi
  ['BMI 24,3', 'bmi', '24.3', 'kg/m2', 'BMI 24,3'],
  ['BMI: 31,2 kg/m2', 'bmi', '31.2', 'kg/m2', 'BMI: 31,2 kg/m2'],
  // glucose
  ['glucose 7,8', 'glucose', '7.8', 'mmol/L', 'glucose 7,8'],
  ['BG 12.1 mmol/l', 'glucose', '12.1', 'mmol/L', 'BG 12.1 mmol/l'],
  ['dextro 5,6', 'glucose', '5.6', 'mmol/L', 'dextro 5,6'],
  ['bloedsuiker 6,4 mmol/L', 'glucose', '6.4', 'mmol/L', 'bloedsuiker 6,4 mmol/L'],
  ['BS 8,2', 'glucose', '8.2', 'mmol/L', 'BS 8,2'],
  ['glucose nuchter 5,9', 'glucose', '5.9', 'mmol/L', 'glucose nuchter 5,9'],
  ['gluc 14,2', 'glucose', '14.2', 'mmol/L', 'gluc 14,2'],
  ['Dextro: 4,1 mmol/l', 'glucose', '4.1', 'mmol/L', 'Dextro: 4,1 mmol/l'],
  // vochtinname
  ['vochtinname 1500 ml', 'vochtinname', '1500', 'mL', 'vochtinname 1500 ml'],
  ['intake 1,5 L', 'vochtinname', '1500', 'mL', 'intake 1,5 L'],
  ['vocht 1200 ml', 'vochtinname', '1200', 'mL', 'vocht 1200 ml'],
  ['vochtintake 1.500 ml', 'vochtinname', '1500', 'mL', 'vochtintake 1.500 ml'],
  ['heeft 1200 ml gedronken', 'vochtinname', '1200', 'mL', '1200 ml gedronken'],
  ['gedronken: 900 ml', 'vochtinname', '900', 'mL', 'gedronken: 900 ml'],
  ['vochtinname 1800', 'vochtinname', '1800', 'mL', 'vochtinname 1800'],
  ['Intake vandaag ca. 900 ml', 'vochtinname', '900', 'mL', 'Intake vandaag ca. 900 ml'],
  // uitscheiding
  ['diurese 800 ml', 'uitscheiding', '800', 'mL', 'diurese 800 ml'],
  ['urineproductie 1200cc', 'uitscheiding', '1200', 'mL', 'urineproductie 1200cc'],
  ['uitscheiding 1,2 L', 'uitscheiding', '1200', 'mL', 'uitscheiding 1,2 L'],
  ['urine 650 ml', 'uitscheiding', '650', 'mL', 'urine 650 ml'],
  ['UP 400 ml', 'uitscheiding', '400', 'mL', 'UP 400 ml'],
  ['CAD-zak 600 ml geleegd', 'uitscheiding', '600', 'mL', 'CAD-zak 600 ml'],
  ['300 ml urine', 'uitscheiding', '300', 'mL', '300 ml urine'],
  // fillers, times and bars between cue and value
  ['pols om 14:00 72', 'hartfrequentie', '72', '/min', 'pols om 14:00 72'],
  ['temperatuur 38,0 gr.', 'temperatuur', '38.0', '°C', 'temperatuur 38,0 gr.'],
  ['RR | 135/85', 'bloeddruk', '135/85', 'mmHg', 'RR | 135/85'],
  ['gewicht in kg: 68', 'gewicht', '68', 'kg', 'gewicht in kg: 68'],
  // what the DOM hands over: non-breaking spaces, subscripts
  ['RR\u00a0135/85\u00a0mmHg', 'bloeddruk', '135/85', 'mmHg', 'RR\u00a0135/85\u00a0mmHg'],
  ['T 37,2\u202f°C', 'temperatuur', '37.2', '°C', 'T 37,2\u202f°C'],
  ['SpO₂ 95%', 'saturatie', '95', '%', 'SpO₂ 95%'],
  ['O₂-sat 93 %', 'saturatie', '93', '%', 'O₂-sat 93 %'],
];

describe('extractMeasurements: nurse phrasings', () => {
  it.each(phrasings)('%s → %s %s %s', (text, kind, value, unit, phrase) => {
    const found = extractMeasurements(text);
    expect(found).toHaveLength(1);
    const [m] = found;
    expect(m).toMatchObject({ kind, value, unit });
    expect(text.slice(m!.start, m!.end)).toBe(phrase);
    expect(measurementSchema.parse(m)).toEqual(m);
  });

  it('finds the same measurement wherever it sits in a sentence', () => {
    const text = 'Om 08:00 gemeten bij mevr. Jansen: temp 37.8°C, daarna ontbijt.';
    const [m] = extractMeasurements(text);
    expect(m).toMatchObject({ kind: 'temperatuur', value: '37.8' });
    expect(text.slice(m!.start, m!.end)).toBe('temp 37.8°C');
  });
});

describe('extractMeasurements: combined lines and reports', () => {
  it('splits a vitals line into its measurements, in text order', () => {
    const text = 'RR 128/76, P 80, T 36,9, sat 97%';
    const found = extractMeasurements(text);
    expect(found.map((m) => [m.kind, m.value, m.unit, text.slice(m.start, m.end)])).toEqual([
      ['bloeddruk', '128/76', 'mmHg', 'RR 128/76'],
      ['hartfrequentie', '80', '/min', 'P 80'],
      ['temperatuur', '36.9', '°C', 'T 36,9'],
      ['saturatie', '97', '%', 'sat 97%'],
    ]);
  });

  it('accepts lowercase single-letter cues inside a vitals line', () => {
    const found = extractMeasurements('rr 120/80 p 72 t 36,8 sat 96');
    expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual([
      'bloeddruk=120/80',
      'hartfrequentie=72',
      'temperatuur=36.8',
      'saturatie=96',
    ]);
  });

  it('reads a fluid balance with in and uit', () => {
    const found = extractMeasurements('Vochtbalans: in 1800 ml, uit 1400 ml');
    expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual(['vochtinname=1800', 'uitscheiding=1400']);
  });

  it('reads only the readings from a full SOEP report', () => {
    const text = [
      'Rapportage 12-03-2024 08:15 — T. de Vries (VIG)',
      'S: Mevr. geeft aan slecht geslapen te hebben, pijn in li heup NRS 6.',
      'O: RR 148/92 mmHg, P 96 irr, T 38,4 tymp, sat 93% zo2, AF 22/min. Gewicht 71,3 kg.',
      'Intake ca. 900 ml, diurese 450 ml. Dextro 11,2 mmol/l om 07:45.',
      'E: Koortsig, saturatie lager dan gisteren (96%). 50% van ontbijt gegeten.',
      'P: Paracetamol 1000 mg 4 dd, bij T > 38,5 arts bellen. Om 14:30 RR controle. Kamer 135, tel. 06-12345678.',
      'Mw. is 85 jaar, woont Kerkstraat 12. Clientnr 1234567. Metoprolol 50 mg 1 dd, insuline 10 E.',
      'Hoofdeinde 30 graden. Wond li hiel lengte 3 cm breedte 2 cm. Streefgewicht 70 kg. Max vochtinname 1500 ml.',
    ].join('\n');
    const found = extractMeasurements(text);
    expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual([
      'pijnscore=6',
      'bloeddruk=148/92',
      'hartfrequentie=96',
      'temperatuur=38.4',
      'saturatie=93',
      'ademfrequentie=22',
      'gewicht=71.3',
      'vochtinname=900',
      'uitscheiding=450',
      'glucose=11.2',
    ]);
    // Every phrase is verbatim and ordered without overlap.
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(text.slice(found[5]!.start, found[5]!.end)).toBe('AF 22/min');
  });

  it('handles a second report with the same kinds again', () => {
    const found = extractMeasurements('13-03 RR 150/95 P 90\n12-03 RR 140/90 P 84');
    expect(found.filter((m) => m.kind === 'bloeddruk').map((m) => m.value)).toEqual(['150/95', '140/90']);
    expect(found.filter((m) => m.kind === 'hartfrequentie').map((m) => m.value)).toEqual(['90', '84']);
  });

  it('reads a flowsheet rendered with bars, one measurement per cell', () => {
    const text = [
      'Datum | Tijd | RR | Pols | T (°C) | SpO2',
      '13-03 | 08:00 | 135/85 | 72 | 37,2 | 96',
      '12-03 | 20:00 | 140/90 | 80 | 38,1 | 94%',
    ].join('\n');
    const found = extractMeasurements(text);
    expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual([
      'bloeddruk=135/85',
      'hartfrequentie=72',
      'temperatuur=37.2',
      'saturatie=96',
      'bloeddruk=140/90',
      'hartfrequentie=80',
      'temperatuur=38.1',
      'saturatie=94',
    ]);
    expect(found.map((m) => text.slice(m.start, m.end)).slice(4)).toEqual(['140/90', '80', '38,1', '94%']);
  });

  it('reads a tab-separated flowsheet and ignores columns that are not measurements', () => {
    const text = 'Datum\tKamer\tRR\tP\tT\n13-03\t135\t135/85\t72\t37,2\n12-03\t12\t1350/85\t12\t37,9';
    expect(extractMeasurements(text).map((m) => `${m.kind}=${m.value}`)).toEqual([
      'bloeddruk=135/85',
      'hartfrequentie=72',
      'temperatuur=37.2',
      'temperatuur=37.9',
    ]);
  });

  it('stops reading a table at the first ordinary line', () => {
    expect(extractMeasurements('RR | Pols\n135/85 | 72\nkamer 12 | bed 3\n\n140/90 | 80')).toHaveLength(2);
  });

  it('returns nothing for empty text or text without numbers', () => {
    expect(extractMeasurements('')).toEqual([]);
    expect(extractMeasurements('Pols regulair, RR niet gemeten, T normaal.')).toEqual([]);
  });

  // Speed lives in `npm run bench`; this checks that a long text is read whole.
  it('reads every line of a long page text', () => {
    const line = 'O: RR 128/76, P 80, T 36,9, sat 97%. Metoprolol 50 mg om 14:30, kamer 135, 12-03-2024.\n';
    const text = line.repeat(2000);
    const found = extractMeasurements(text);
    expect(found).toHaveLength(8000);
  });
});

/** Numbers that are not readings, and readings that are impossible. */
const traps: [string, MeasurementKind?][] = [
  ['metoprolol 50 mg'],
  ['2 dd 500 mg paracetamol'],
  ['10 E insuline'],
  ['paracetamol 1 g'],
  ['afspraak om 14:30'],
  ['8.00 uur ontbijt'],
  ['P 14:30'],
  ['P: 14.30 uur arts bellen'],
  ['12-03 controle'],
  ['gezien op 12/3'],
  ['03-12-2024'],
  ['11/12'],
  ['kamer 135'],
  ['K.12'],
  ['06-12345678'],
  ['tel 0612345678'],
  ['BSN 123456782, clientnummer 7654321'],
  ['85 jaar'],
  ['Kerkstraat 12'],
  ['2 tabletten'],
  ['3x per dag'],
  ['P: plan morgen 2x RR meten'],
  ['P: 30 min mobiliseren'],
  ['P: 50 mg metoprolol'],
  ['P 80-jarige mevrouw'],
  ['T. de Vries'],
  ['T 2x per dag'],
  ['T 06-12345678'],
  ['12/10'],
  ['50% gegeten'],
  ['intake 50% van de maaltijd'],
  ['satisfied 90'],
  ['RR 1350/85'],
  ['T 3.82'],
  ['RR 85/135'],
  ['hoofdeinde 30 graden'],
  ['hoofdeinde 40°'],
  ['O2 2 L/min'],
  ['zuurstof in 2 L O2'],
  ['gewicht 2 kg afgevallen'],
  ['streefgewicht 65 kg'],
  ['bij T > 38,5 paracetamol'],
  ['bel arts bij temp boven 38,5'],
  ['bij T 38,5 paracetamol geven'],
  ['T 38,5 of hoger: arts bellen'],
  ['kalium 4,2 mmol/l'],
  ['HbA1c 53 mmol/mol'],
  ['max vochtinname 1500 ml'],
  ['vochtbeperking 1,5 L'],
  ['vochtinname beperkt tot 1500 ml'],
  ['intake 3 bekers'],
  ['wond lengte 3 cm'],
  ['decubitus hiel, lengte 35 cm'],
  ['glucose 5% infuus'],
  ['NRS 6-7'],
  ['pijn 2 dagen'],
  ['zie p 45'],
  ['AF bekend, 110'],
  ['af 18'],
  ['uit 3 dagen'],
  ['BG 12'],
  ['P 12'],
  ['Doel: gewicht 65 kg'],
  ['diurese 40 ml/uur'],
  ['Pols 72 en saturatie 95%', 'temperatuur'],
  ['saturatie 91% met 2L O2', 'vochtinname'],
];

describe('extractMeasurements: invariants on noisy text', () => {
  // Seeded so a failure can be replayed.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = ['RR', 'P', 'T', 'p', 'sat', 'pols', 'gew', 'NRS', 'VAS', 'BG', 'in', 'uit', ':', ' ', ' ', '/', ',', '.',
    '-', '|', '\t', '\n', '%', 'mg', 'ml', 'L', 'kg', 'graden', 'om', 'bij', 'naar', '°C', 'mmHg', 'x', '135', '85', '37',
    '8', '2', '1500', '14:30', '12-03', '0612345678', '38,2', '1,72', 'lengte', 'wond', 'max'];

  it('keeps every result verbatim, ordered, without overlap and plausible', () => {
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 40 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const found = extractMeasurements(text);
      let lastEnd = 0;
      for (const m of found) {
        expect(measurementSchema.safeParse(m).success).toBe(true);
        expect(m.start).toBeGreaterThanOrEqual(lastEnd);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toMatch(/\d/);
        expect(checkPlausibility(m.kind, m.value, m.unit).ok).toBe(true);
        lastEnd = m.end;
      }
    }
  });
});

describe('extractMeasurements: traps', () => {
  it.each(traps)('%s', (text, kind) => {
    const found = extractMeasurements(text);
    if (kind) expect(found.filter((m) => m.kind === kind)).toEqual([]);
    else expect(found).toEqual([]);
  });

  it('drops a lowercase single-letter cue that stands alone', () => {
    expect(extractMeasurements('zie p 72 van het protocol')).toEqual([]);
    expect(extractMeasurements('RR 120/80 p 72').map((m) => m.kind)).toEqual(['bloeddruk', 'hartfrequentie']);
  });

  it('does not let a cue reach over another kind\'s cue', () => {
    const found = extractMeasurements('pols en saturatie 95%');
    expect(found.map((m) => m.kind)).toEqual(['saturatie']);
  });
});

/**
 * The failure classes of issue 14, each as a table: what the carer wrote and the readings a careful
 * colleague copies ("kind=value", in text order). Phrasings are our own, not the corpus's.
 */
const failureClasses: Record<string, [string, string[]][]> = {
  'values that follow an earlier one without a label of their own': [
    ['RR links 150/90, rechts 144/84', ['bloeddruk=150/90', 'bloeddruk=144/84']],
    ['RR liggend 135/85, staand 120/75', ['bloeddruk=135/85', 'bloeddruk=120/75']],
    ['RR 162/98 li, 158/96 re.', ['bloeddruk=162/98', 'bloeddruk=158/96']],
    ['Bloeddruk gemeten aan beide armen. Links 150/90. Rechts 146/88.', ['bloeddruk=150/90', 'bloeddruk=146/88']],
    ['Glucosedagcurve: 6,8 / 11,2 / 7,5', ['glucose=6.8', 'glucose=11.2', 'glucose=7.5']],
    ['BG voor ontbijt 5,9, voor lunch 8,4 en voor het avondeten 7,7', ['glucose=5.9', 'glucose=8.4', 'glucose=7.7']],
    ['Glucose 07:30 6,2; lunch overgeslagen. 12:00 9,1.', ['glucose=6.2', 'glucose=9.1']],
    ['NRS in rust 2, bij bewegen 6', ['pijnscore=2', 'pijnscore=6']],
    ['pijn in rust 2, bij mobiliseren 8', ['pijnscore=2', 'pijnscore=8']],
    ['NRS 4 in rust, bij bewegen 7.', ['pijnscore=4', 'pijnscore=7']],
    ['pols in rust 72, bij mobiliseren 88', ['hartfrequentie=72', 'hartfrequentie=88']],
    ['Pols resp. 64 en 92', ['hartfrequentie=64', 'hartfrequentie=92']],
    ["Temp 's ochtends 37,2 en 's avonds 38,1", ['temperatuur=37.2', 'temperatuur=38.1']],
    ['sat 92% zonder O2, 96% met 2 l O2', ['saturatie=92', 'saturatie=96']],
    ['Controles (RR - P - T): 120/70 - 76 - 37,1; 118/72 - 80 - 37,4', [
      'bloeddruk=120/70', 'hartfrequentie=76', 'temperatuur=37.1', 'bloeddruk=118/72', 'hartfrequentie=80', 'temperatuur=37.4',
    ]],
    ['bovendruk 142, onderdruk 86', ['bloeddruk=142/86']],
    ['Bloeddruk systolisch 104 en diastolisch 62', ['bloeddruk=104/62']],
    // A list stops at the next label, whatever it is.
    ['P 80, kamer 24', ['hartfrequentie=80']],
    ['sat 95, MEWS 2', ['saturatie=95']],
    ['RR 130/80, 2x per dag meten', ['bloeddruk=130/80']],
    ['Pijnscore 6/10, 3 dagen', ['pijnscore=6']],
    ['Vochtbalans: in 1800 ml, uit 1400 ml', ['vochtinname=1800', 'uitscheiding=1400']],
  ],
  'words between label and value': [
    ['Diurese 24 uur 1600 ml', ['uitscheiding=1600']],
    ['na 20 min BG 4,8', ['glucose=4.8']],
    ['Urineproductie afgelopen 24 uur: 1350 ml', ['uitscheiding=1350']],
    ['Gewicht vanochtend op de weegschaal 72,4 kg', ['gewicht=72.4']],
    ['Glucose zelf gemeten door cliënt onder begeleiding: 6,1', ['glucose=6.1']],
    ['Temperatuur, na twee keer meten met de oorthermometer: 38,3', ['temperatuur=38.3']],
    ['Ademhalingen geteld, 22 per minuut', ['ademfrequentie=22']],
    ['Saturatie in rust zonder zuurstof 93%', ['saturatie=93']],
    ['Ingenomen tot 20.00 uur: 1,1 liter', ['vochtinname=1100']],
    ['Pijn li knie bij traplopen 6.', ['pijnscore=6']],
    ['Bloedsuiker prikken om 12.00', []],
    ['pijn aan 3 tenen', []],
  ],
  'labels not known before': [
    ['ademh.freq 20', ['ademfrequentie=20']],
    ['ademh. freq. 16', ['ademfrequentie=16']],
    ['resp.freq 18', ['ademfrequentie=18']],
    ['tmp 38,7', ['temperatuur=38.7']],
    ['Oortemp 38,4', ['temperatuur=38.4']],
    ['weging: 64,2 kg', ['gewicht=64.2']],
    ['Op de weegschaal: 81,5 kg', ['gewicht=81.5']],
    ['Cliënt woog 62 kg (zonder schoenen)', ['gewicht=62']],
    ['AH-freq 18', ['ademfrequentie=18']],
    ['T ax 37,9', ['temperatuur=37.9']],
  ],
  'arithmetic in the text: the client result only': [
    ['gewogen met rolstoel 78 kg, rolstoel 15 kg, netto 63 kg', ['gewicht=63']],
    ['Weging met rolstoel: totaal 91,4 kg, rolstoel 14,2 kg, dus mw. weegt 77,2 kg', ['gewicht=77.2']],
    ['Gewicht op de tillift 84,2 kg minus tilband 1,2 kg = 83 kg', ['gewicht=83']],
    ['In: 1200 ml (drinken) + 500 ml (sondevoeding) = 1700 ml', ['vochtinname=1700']],
    ['Vochtinname: ontbijt 300, lunch 400, diner 350, totaal 1050 ml', ['vochtinname=1050']],
    ['Gewicht 80 kg, dus 2 kg aangekomen', ['gewicht=80']],
    ['T 38,5 dus paracetamol 1 g gegeven', ['temperatuur=38.5']],
  ],
  'historical values are not taken': [
    ['eergisteren temp 38,9', []],
    ['Temp 37,2. Eergisteren nog 38,9.', ['temperatuur=37.2']],
    ['RR vandaag 130/80, was gisteren 140/90', ['bloeddruk=130/80']],
    ['Gewicht bij opname 80 kg, nu 76 kg', ['gewicht=76']],
    ['T 37,4 (gisteren 38,6)', ['temperatuur=37.4']],
    ['Vorige week gewogen: 72 kg', []],
    ['Temp gisteravond 38,9, vanochtend 37,4', ['temperatuur=37.4']],
    ['Diurese afgelopen nacht 800 ml', ['uitscheiding=800']],
  ],
  'targets, limits and ranges are not taken': [
    ['pols tussen 60 en 90 houden', []],
    ['RR-doel onder 130/80', []],
    ['bel bij T > 38,5', []],
    ['RR streefwaarde < 140/90', []],
    ['Sat ≥ 92% houden', []],
    ['Alarmgrens HF 120', []],
    ['Streefgewicht 70 kg, gewicht nu 72 kg', ['gewicht=72']],
    ['Temp normaal 36,8', ['temperatuur=36.8']],
    ['Afspraak: bij RR boven 180/100 HA bellen', []],
  ],
  'planned measurements are not taken': [
    ['morgen RR meten', []],
    ['Plan: morgen temp en pols controleren', []],
    ['Temp nu 38,4, over 2 uur opnieuw meten', ['temperatuur=38.4']],
    ['P: morgen om 8.00 gewicht en RR', []],
  ],
  "another person's values are not taken": [
    ['Echtgenoot had RR 160/95, mw. zelf RR 128/76', ['bloeddruk=128/76']],
    ['Kamergenote temp 38,9; bij mw. temp 36,7', ['temperatuur=36.7']],
    ['Bij de buurvrouw gemeten: RR 150/90', []],
    ['Haar man liet zijn bloeddruk ook meten: 172/98. Mw. RR 134/80.', ['bloeddruk=134/80']],
    ['Dhr. heeft bezoek van zijn zus, die had temp 38,4.', []],
    ['Kamergenoot op kamer 12 heeft temp 38,9, mw. zelf 36,6', ['temperatuur=36.6']],
    // The client's own, measured or told by someone else.
    ['Dochter heeft RR gemeten: 130/80', ['bloeddruk=130/80']],
    ['Door zoon gewogen: 72 kg', ['gewicht=72']],
    ['Dochter aanwezig bij de meting, RR 135/85', ['bloeddruk=135/85']],
  ],
};

describe('extractMeasurements: the failure classes of issue 14', () => {
  for (const [name, cases] of Object.entries(failureClasses)) {
    describe(name, () => {
      it.each(cases)('%s', (text, expected) => {
        const found = extractMeasurements(text);
        expect(found.map((m) => `${m.kind}=${m.value}`)).toEqual(expected);
        for (const m of found) expect(text.slice(m.start, m.end)).toMatch(/\d/);
      });
    });
  }

  it('quotes a continued value with its own qualifiers, not the first label', () => {
    const text = 'Tensie liggend 138/82, staand na 3 min 112/70.';
    const found = extractMeasurements(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Tensie liggend 138/82', 'staand na 3 min 112/70']);
  });

  it('quotes the result of a sum', () => {
    const text = 'intake iv 1500 ml + oraal 700 ml = 2200 ml';
    const [m] = extractMeasurements(text);
    expect(text.slice(m!.start, m!.end)).toBe('= 2200 ml');
  });
});
