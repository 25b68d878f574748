import { describe, expect, it } from 'vitest';
import { verifyGrounding } from '../grounding';
import { locateQuoteInSource } from '../quoteInSource';
import { measurementKindForLabel } from '../plausibility';

const report = [
  'Rapportage 12-03-2024 08:15',
  'O: Mevr. zit in de stoel. RR 135/85, P 88 reg., T 38,2 tympanisch, sat 94% zo2.',
  'Gewicht 68,4 kg, lengte 1,72 m. Intake 1,5 L, diurese 800 ml.',
  'Zegt: “Ik heb veel last van mijn heup” — pijnscore 6/10.',
  'VAS 40 na mobiliseren.',
].join('\n');

describe('locateQuoteInSource', () => {
  it('returns original offsets for a verbatim quote', () => {
    const ranges = locateQuoteInSource('T 38,2 tympanisch', report);
    expect(ranges).toHaveLength(1);
    expect(report.slice(ranges![0]!.start, ranges![0]!.end)).toBe('T 38,2 tympanisch');
  });

  it('forgives case, whitespace runs, curly quotes, dashes and trailing punctuation', () => {
    const ranges = locateQuoteInSource('zegt: "ik heb veel  last van mijn heup" - PIJNSCORE 6/10.', report);
    expect(ranges).not.toBeNull();
    expect(report.slice(ranges![0]!.start, ranges![0]!.end)).toBe('Zegt: “Ik heb veel last van mijn heup” — pijnscore 6/10');
  });

  it('matches across a line break written as a space, and NFKC forms', () => {
    expect(locateQuoteInSource('sat 94% zo2. Gewicht', report)).not.toBeNull();
    expect(locateQuoteInSource('ﬁets', 'Mevr. fietst graag')).toBeNull(); // boundary: "fiets" is part of "fietst"
    expect(locateQuoteInSource('ﬁetst', 'Mevr. fietst graag')).not.toBeNull();
    expect(locateQuoteInSource('cafe', 'koffie in het café')).not.toBeNull();
  });

  it('splits on an ellipsis and needs the parts in order', () => {
    const ranges = locateQuoteInSource('RR 135/85 … sat 94%', report);
    expect(ranges?.map((r) => report.slice(r.start, r.end))).toEqual(['RR 135/85', 'sat 94%']);
    expect(locateQuoteInSource('RR 135/85 ... sat 94%', report)).not.toBeNull();
    expect(locateQuoteInSource('RR 135/85 [...] sat 94%', report)).not.toBeNull();
    expect(locateQuoteInSource('sat 94% … RR 135/85', report)).toBeNull();
  });

  it('does not find a number inside a longer number', () => {
    expect(locateQuoteInSource('5', 'RR 135/85')).toBeNull();
    expect(locateQuoteInSource('T 38', 'T 38,2')).toBeNull();
    expect(locateQuoteInSource('38,2', 'T 38,2')).not.toBeNull();
  });

  it('returns null for an empty quote or one made of punctuation', () => {
    expect(locateQuoteInSource('', report)).toBeNull();
    expect(locateQuoteInSource(' … ', report)).toBeNull();
  });
});

describe('verifyGrounding', () => {
  it('grounds a value whose quote and numbers are in the source, with the range', () => {
    const result = verifyGrounding({ value: '38.2', quote: 'T 38,2' }, report, { measurementKind: 'temperatuur' });
    expect(result.grounded).toBe(true);
    expect(result.reason).toBeUndefined();
    expect(report.slice(result.quoteRange!.start, result.quoteRange!.end)).toBe('T 38,2');
  });

  it('rejects an empty quote, even for a boolean', () => {
    expect(verifyGrounding({ value: true, quote: '' }, report)).toEqual({ grounded: false, reason: 'quote-empty' });
    expect(verifyGrounding({ value: '72', quote: '   ' }, report).reason).toBe('quote-empty');
  });

  it('rejects a quote that is not in the source', () => {
    const result = verifyGrounding({ value: '72', quote: 'pols 72' }, report);
    expect(result).toEqual({ grounded: false, reason: 'quote-not-in-source' });
  });

  it('rejects a number that is not in the quote', () => {
    const result = verifyGrounding({ value: '39.2', quote: 'T 38,2 tympanisch' }, report);
    expect(result.grounded).toBe(false);
    expect(result.reason).toBe('number-not-in-quote');
    expect(result.quoteRange).toBeDefined();
  });

  it('treats decimal comma and dot as the same number', () => {
    expect(verifyGrounding({ value: '38,2', quote: 'T 38,2' }, report).grounded).toBe(true);
    expect(verifyGrounding({ value: '68.4', quote: 'Gewicht 68,4 kg' }, report).grounded).toBe(true);
  });

  it('finds the parts of a blood pressure in the quote', () => {
    expect(verifyGrounding({ value: '135', quote: 'RR 135/85' }, report).grounded).toBe(true);
    expect(verifyGrounding({ value: '135/85', quote: 'RR 135/85' }, report).grounded).toBe(true);
    expect(verifyGrounding({ value: '135/80', quote: 'RR 135/85' }, report).reason).toBe('number-not-in-quote');
  });

  it('accepts the unit conversions of a measurement in the quote', () => {
    expect(verifyGrounding({ value: '172', quote: 'lengte 1,72 m' }, report).grounded).toBe(true);
    expect(verifyGrounding({ value: '1500', quote: 'Intake 1,5 L' }, report).grounded).toBe(true);
    expect(verifyGrounding({ value: '173', quote: 'lengte 1,72 m' }, report).reason).toBe('number-not-in-quote');
  });

  it('forgives case and whitespace in the quote', () => {
    const result = verifyGrounding({ value: '94', quote: '  SAT   94%  ZO2 ' }, report, { measurementKind: 'saturatie' });
    expect(result.grounded).toBe(true);
  });

  it('accepts an elided quote whose numbers are in its parts', () => {
    const value = 'RR 135/85, sat 94%';
    expect(verifyGrounding({ value, quote: 'RR 135/85, … sat 94%' }, report).grounded).toBe(true);
    // 88 sits in the elided middle, not in the quote.
    expect(verifyGrounding({ value: 'RR 135/85, P 88', quote: 'RR 135/85 … sat 94%' }, report).reason).toBe(
      'number-not-in-quote',
    );
  });

  it('needs no numbers for booleans and option fields', () => {
    expect(verifyGrounding({ value: true, quote: 'sat 94% zo2' }, report).grounded).toBe(true);
    expect(verifyGrounding({ value: 'Categorie 2', quote: 'Mevr. zit in de stoel' }, report, { fieldKind: 'select' }).grounded).toBe(
      true,
    );
    expect(verifyGrounding({ value: 'Categorie 2', quote: 'Mevr. zit in de stoel' }, report, { fieldKind: 'text' }).reason).toBe(
      'number-not-in-quote',
    );
  });

  it('flags an implausible value for the field even when it is quoted', () => {
    const source = 'RR 1350/85 (typfout?), T 3.82';
    expect(verifyGrounding({ value: '1350/85', quote: 'RR 1350/85' }, source, { measurementKind: 'bloeddruk' }).reason).toBe(
      'implausible',
    );
    expect(verifyGrounding({ value: '3.82', quote: 'T 3.82' }, source, { measurementKind: 'temperatuur' }).reason).toBe(
      'implausible',
    );
    // Without a measurement kind there is nothing to check it against.
    expect(verifyGrounding({ value: '3.82', quote: 'T 3.82' }, source).grounded).toBe(true);
  });

  it('flags a value that a measurement of the same kind in the quote contradicts', () => {
    const systolic = measurementKindForLabel('Bloeddruk systolisch')!;
    const diastolic = measurementKindForLabel('Bloeddruk diastolisch')!;
    expect(verifyGrounding({ value: '135', quote: 'RR 135/85' }, report, { measurementKind: systolic }).grounded).toBe(true);
    expect(verifyGrounding({ value: '85', quote: 'RR 135/85' }, report, { measurementKind: diastolic }).grounded).toBe(true);
    expect(verifyGrounding({ value: '85', quote: 'RR 135/85' }, report, { measurementKind: systolic }).reason).toBe(
      'conflicts-with-source',
    );
    // 88 is in the quote, but as the pulse; the temperature there is 38,2.
    const quote = 'P 88 reg., T 38,2';
    expect(verifyGrounding({ value: '88', quote }, report, { measurementKind: 'hartfrequentie' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '88', quote }, report, { measurementKind: 'temperatuur' }).reason).toBe('implausible');
    expect(verifyGrounding({ value: '85', quote: 'RR 135/85, P 88' }, report, { measurementKind: 'hartfrequentie' }).reason).toBe(
      'conflicts-with-source',
    );
  });

  it('checks a value against the current reading only, not an earlier or someone else\'s one in the quote', () => {
    const source = 'Temp vanochtend 37,2 (eergisteren 38,9). Echtgenoot had RR 160/95, mw. zelf RR 128/76.';
    const temp = { measurementKind: 'temperatuur' } as const;
    const quote = 'Temp vanochtend 37,2 (eergisteren 38,9)';
    // Supported by the current reading: the dropped earlier one does not make it conflict.
    expect(verifyGrounding({ value: '37.2', quote }, source, temp).grounded).toBe(true);
    // The earlier value is quoted, but the current reading in the same quote says otherwise.
    expect(verifyGrounding({ value: '38.9', quote }, source, temp).reason).toBe('conflicts-with-source');
    const bp = { measurementKind: 'bloeddruk' } as const;
    const both = 'Echtgenoot had RR 160/95, mw. zelf RR 128/76';
    expect(verifyGrounding({ value: '128/76', quote: both }, source, bp).grounded).toBe(true);
    expect(verifyGrounding({ value: '160/95', quote: both }, source, bp).reason).toBe('conflicts-with-source');
  });

  it('still reads a quoted earlier reading for its numbers and units', () => {
    // "1,72 m" holds 172 cm, and "VAS" sets the scale, though neither reading is of now.
    const source = 'Bij opname lengte 1,72 m. Gisteren pijn VAS 70.';
    expect(verifyGrounding({ value: '172', quote: 'Bij opname lengte 1,72 m' }, source, { measurementKind: 'lengte' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '70', quote: 'Gisteren pijn VAS 70' }, source, { measurementKind: 'pijnscore' }).grounded).toBe(true);
  });

  it('uses the VAS range when the quoted score is a VAS', () => {
    expect(verifyGrounding({ value: '40', quote: 'VAS 40' }, report, { measurementKind: 'pijnscore' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '6', quote: 'pijnscore 6/10' }, report, { measurementKind: 'pijnscore' }).grounded).toBe(true);
  });

  it('accepts a unit-converted value for a field in other units', () => {
    const lengte = verifyGrounding({ value: '1.72', quote: 'lengte 1,72 m' }, report, { measurementKind: 'lengte' });
    expect(lengte.grounded).toBe(true);
  });

  it('skips plausibility for a value without numbers', () => {
    const source = 'Temperatuur niet gemeten, cliënt sliep.';
    const result = verifyGrounding({ value: 'niet gemeten', quote: 'Temperatuur niet gemeten' }, source, {
      measurementKind: 'temperatuur',
    });
    expect(result.grounded).toBe(true);
  });

  it('grounds a date only when its numbers are quoted', () => {
    expect(verifyGrounding({ value: '2024-03-12', quote: 'Rapportage 12-03-2024' }, report, { fieldKind: 'date' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '2024-03-13', quote: 'Rapportage 12-03-2024' }, report, { fieldKind: 'date' }).reason).toBe(
      'number-not-in-quote',
    );
  });
});

describe('verifyGrounding: a combined blood-pressure field', () => {
  const source = 'O: RR 142/88, P 76 reg. Avond: RR 138/92 liggend.';
  const bloeddruk = measurementKindForLabel('Bloeddruk (mmHg)')!;

  it('compares "sys/dia" with the quoted reading as a pair', () => {
    expect(bloeddruk).toBe('bloeddruk');
    expect(verifyGrounding({ value: '142/88', quote: 'RR 142/88' }, source, { fieldKind: 'text', measurementKind: bloeddruk })).toMatchObject({
      grounded: true,
    });
    expect(verifyGrounding({ value: '142 / 88 mmHg', quote: 'RR 142/88' }, source, { measurementKind: bloeddruk }).grounded).toBe(true);
    expect(verifyGrounding({ value: '138/92', quote: 'RR 138/92' }, source, { measurementKind: bloeddruk }).grounded).toBe(true);
  });

  it('flags halves taken from two different readings, though each number is quoted', () => {
    const quote = 'RR 142/88, P 76 reg. Avond: RR 138/92';
    expect(verifyGrounding({ value: '142/92', quote }, source, { measurementKind: bloeddruk }).reason).toBe('conflicts-with-source');
    expect(verifyGrounding({ value: '138/92', quote }, source, { measurementKind: bloeddruk }).grounded).toBe(true);
  });

  it('flags a pressure the quote does not hold, and a single number', () => {
    expect(verifyGrounding({ value: '142/86', quote: 'RR 142/88' }, source, { measurementKind: bloeddruk }).reason).toBe('number-not-in-quote');
    expect(verifyGrounding({ value: '142', quote: 'RR 142/88' }, source, { measurementKind: bloeddruk }).reason).toBe('implausible');
  });

  it('compares a systolic or diastolic field with that half', () => {
    const systolic = measurementKindForLabel('Systolisch (mmHg)')!;
    const diastolic = measurementKindForLabel('Diastolisch (mmHg)')!;
    expect(verifyGrounding({ value: '142', quote: 'RR 142/88' }, source, { measurementKind: systolic }).grounded).toBe(true);
    expect(verifyGrounding({ value: '88', quote: 'RR 142/88' }, source, { measurementKind: diastolic }).grounded).toBe(true);
    expect(verifyGrounding({ value: '88', quote: 'RR 142/88' }, source, { measurementKind: systolic }).reason).toBe('conflicts-with-source');
    expect(verifyGrounding({ value: '142', quote: 'RR 142/88' }, source, { measurementKind: diastolic }).reason).toBe('conflicts-with-source');
  });
});

describe('verifyGrounding: a date in any Dutch format', () => {
  const quotes = [
    'op 20 november 2025 om 22:15',
    'Gevallen 20-11-2025',
    'gevallen 20/11/25',
    "gevallen 20 nov. '25",
    'gevallen 20.11.2025',
    'di 20-11 gevallen',
    'op 20 november gevallen',
    'Incident 2025-11-20',
  ];

  it.each(quotes)('grounds 2025-11-20 in "%s"', (quote) => {
    const source = `Overdracht. ${quote}. Dhr. is opgestaan.`;
    expect(verifyGrounding({ value: '2025-11-20', quote }, source, { fieldKind: 'date' })).toMatchObject({ grounded: true });
  });

  it.each(quotes)('rejects 2025-11-21 for "%s"', (quote) => {
    const source = `Overdracht. ${quote}. Dhr. is opgestaan.`;
    expect(verifyGrounding({ value: '2025-11-21', quote }, source, { fieldKind: 'date' }).reason).toBe('number-not-in-quote');
  });

  it('rejects another year, and day and month swapped, though every number is in the quote', () => {
    const source = 'Gevallen op 20 november 2025. Controle 12-03-2025.';
    expect(verifyGrounding({ value: '2024-11-20', quote: 'op 20 november 2025' }, source, { fieldKind: 'date' }).reason).toBe(
      'number-not-in-quote',
    );
    expect(verifyGrounding({ value: '2025-03-12', quote: 'Controle 12-03-2025' }, source, { fieldKind: 'date' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '2025-12-03', quote: 'Controle 12-03-2025' }, source, { fieldKind: 'date' }).reason).toBe(
      'number-not-in-quote',
    );
  });

  it('compares a two-digit year without its century', () => {
    const source = 'Geboren 12-03-45 te Zwolle.';
    expect(verifyGrounding({ value: '1945-03-12', quote: 'Geboren 12-03-45' }, source, { fieldKind: 'date' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '1946-03-12', quote: 'Geboren 12-03-45' }, source, { fieldKind: 'date' }).reason).toBe(
      'number-not-in-quote',
    );
  });

  it('checks the time of a date-time value as numbers', () => {
    const source = 'Dhr. is op 20 november 2025 om 22:15 gevallen.';
    const quote = 'op 20 november 2025 om 22:15';
    expect(verifyGrounding({ value: '2025-11-20T22:15', quote }, source, { fieldKind: 'datetime-local' }).grounded).toBe(true);
    expect(verifyGrounding({ value: '2025-11-20T22:30', quote }, source, { fieldKind: 'datetime-local' }).reason).toBe(
      'number-not-in-quote',
    );
  });

  it('grounds a date inside a text value, and leaves a score that looks like a day and month alone', () => {
    const source = 'Dhr. is op 20 november 2025 gevallen. NRS 3/10 na val.';
    const text = { fieldKind: 'text' };
    expect(verifyGrounding({ value: 'Gevallen op 20-11-2025', quote: 'op 20 november 2025 gevallen' }, source, text).grounded).toBe(true);
    expect(verifyGrounding({ value: 'Gevallen op 21-11-2025', quote: 'op 20 november 2025 gevallen' }, source, text).reason).toBe(
      'number-not-in-quote',
    );
    expect(verifyGrounding({ value: 'NRS 3/10', quote: 'NRS 3/10' }, source, text).grounded).toBe(true);
  });
});

describe('verifyGrounding: a wound size under a bare "Lengte" label', () => {
  const notes = 'Decubitus stuitje categorie 2, wond 3,5 x 2 cm.\nBij opname lengte 1,72 m.';

  it('does not read the wound as body length', () => {
    for (const label of ['Lengte', 'Lengte (cm)', 'Breedte']) {
      const measurementKind = measurementKindForLabel(label) ?? undefined;
      expect(measurementKind).toBeUndefined();
      expect(verifyGrounding({ value: '3.5', quote: 'wond 3,5 x 2 cm' }, notes, { fieldKind: 'number', measurementKind }).grounded).toBe(true);
    }
  });

  it('still checks a label that names body length', () => {
    const body = measurementKindForLabel('Lichaamslengte (cm)') ?? undefined;
    expect(verifyGrounding({ value: '172', quote: 'lengte 1,72 m' }, notes, { fieldKind: 'number', measurementKind: body }).grounded).toBe(true);
    expect(verifyGrounding({ value: '3.5', quote: 'wond 3,5 x 2 cm' }, notes, { fieldKind: 'number', measurementKind: body }).reason).toBe(
      'implausible',
    );
  });
});
