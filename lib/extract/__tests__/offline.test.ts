import { describe, expect, it } from 'vitest';
import { verifyGrounding } from '../grounding';
import { measurementKindForLabel } from '../plausibility';
import { suggestFromMeasurements, type OfflineField } from '../offline';

// Newest report first, as the page lists them.
const text = [
  '13-03-2024 08:00 RR 150/95, P 90, T 38,4, sat 93%. Gewicht 70,2 kg. NRS 5.',
  '12-03-2024 08:00 RR 140/90, P 84, T 37,2, sat 96%. Gewicht 71,0 kg. VAS 30. Lengte 1,72 m.',
].join('\n');

const field = (key: string, label: string, kind = 'number', value: string | boolean = ''): OfflineField => ({
  key,
  label,
  kind,
  value,
});

describe('suggestFromMeasurements', () => {
  it('takes the newest measurement and quotes its phrase verbatim', () => {
    const suggestions = suggestFromMeasurements([field('t', 'Temperatuur (°C)'), field('p', 'Pols')], text);
    expect(suggestions).toEqual([
      { fieldKey: 't', value: '38.4', quote: 'T 38,4' },
      { fieldKey: 'p', value: '90', quote: 'P 90' },
    ]);
  });

  it('offers the reading of now, not an earlier, planned or someone else\'s one that comes first', () => {
    const notes = 'Eergisteren temp 38,9. Partner had RR 170/100. Vanochtend temp 37,2, RR 128/76. Streefgewicht 70 kg, gewicht 74 kg.';
    const suggestions = suggestFromMeasurements(
      [field('t', 'Temperatuur'), field('rr', 'Bloeddruk', 'text'), field('g', 'Gewicht (kg)')],
      notes,
    );
    expect(suggestions).toEqual([
      { fieldKey: 't', value: '37.2', quote: 'temp 37,2' },
      { fieldKey: 'rr', value: '128/76', quote: 'RR 128/76' },
      { fieldKey: 'g', value: '74', quote: 'gewicht 74 kg' },
    ]);
  });

  it('takes the last one when the text runs oldest first', () => {
    const suggestions = suggestFromMeasurements([field('t', 'Temperatuur')], text, { order: 'oldest-first' });
    expect(suggestions).toEqual([{ fieldKey: 't', value: '37.2', quote: 'T 37,2' }]);
  });

  it('splits blood pressure over systolic and diastolic fields, and fills a text field whole', () => {
    const suggestions = suggestFromMeasurements(
      [field('sys', 'Bloeddruk systolisch'), field('dia', 'Bloeddruk diastolisch'), field('rr', 'Bloeddruk', 'text')],
      text,
    );
    expect(suggestions).toEqual([
      { fieldKey: 'sys', value: '150', quote: 'RR 150/95' },
      { fieldKey: 'dia', value: '95', quote: 'RR 150/95' },
      { fieldKey: 'rr', value: '150/95', quote: 'RR 150/95' },
    ]);
  });

  it('does not put a whole blood pressure in a number field', () => {
    expect(suggestFromMeasurements([field('rr', 'Bloeddruk')], text)).toEqual([]);
  });

  it('skips fields that are not measurements, not typeable, or already hold the value', () => {
    const suggestions = suggestFromMeasurements(
      [
        field('naam', 'Naam', 'text'),
        field('methode', 'Meetmethode temperatuur', 'select'),
        field('o2', 'Extra zuurstof', 'checkbox', false),
        field('sat', 'Saturatie', 'radio'),
        field('rap', 'Rapportage', 'textarea'),
        field('gew', 'Gewicht (kg)', 'number', '70,2'),
        field('hf', 'Hartfrequentie', 'number', '80'),
      ],
      text,
    );
    // The weight is already there; the pulse differs and is offered (the review flags the overwrite).
    expect(suggestions).toEqual([{ fieldKey: 'hf', value: '90', quote: 'P 90' }]);
  });

  it('matches the pain scale the label asks for', () => {
    const suggestions = suggestFromMeasurements(
      [field('nrs', 'Pijnscore (NRS)'), field('vas', 'Pijnscore VAS'), field('any', 'Pijnscore')],
      text,
    );
    expect(suggestions).toEqual([
      { fieldKey: 'nrs', value: '5', quote: 'NRS 5' },
      { fieldKey: 'vas', value: '30', quote: 'VAS 30' },
      { fieldKey: 'any', value: '5', quote: 'NRS 5' },
    ]);
  });

  it('converts to the unit the label asks for', () => {
    const suggestions = suggestFromMeasurements([field('cm', 'Lichaamslengte (cm)'), field('m', 'Lengte (m)')], text);
    expect(suggestions).toEqual([
      { fieldKey: 'cm', value: '172', quote: 'Lengte 1,72 m' },
      { fieldKey: 'm', value: '1.72', quote: 'Lengte 1,72 m' },
    ]);
  });

  it('offers no body length for a label that may be a wound size', () => {
    const fields = [field('l', 'Lengte'), field('lcm', 'Lengte (cm)'), field('b', 'Breedte'), field('body', 'Lengte patiënt (cm)')];
    expect(suggestFromMeasurements(fields, text)).toEqual([{ fieldKey: 'body', value: '172', quote: 'Lengte 1,72 m' }]);
  });

  it('offers nothing when the text has no measurement of the kind', () => {
    expect(suggestFromMeasurements([field('g', 'Glucose')], text)).toEqual([]);
    expect(suggestFromMeasurements([field('t', 'Temperatuur')], 'P: morgen T meten om 14:30.')).toEqual([]);
  });

  it('produces suggestions that pass grounding against the same text', () => {
    const fields = [
      field('sys', 'Bloeddruk systolisch'),
      field('dia', 'Bloeddruk diastolisch'),
      field('p', 'Pols'),
      field('t', 'Temperatuur'),
      field('s', 'SpO2'),
      field('w', 'Gewicht'),
      field('l', 'Lichaamslengte (cm)'),
      field('n', 'Pijnscore (NRS)'),
    ];
    const suggestions = suggestFromMeasurements(fields, text);
    expect(suggestions).toHaveLength(fields.length);
    for (const s of suggestions) {
      const label = fields.find((f) => f.key === s.fieldKey)!.label;
      const measurementKind = measurementKindForLabel(label) ?? undefined;
      expect(verifyGrounding(s, text, { fieldKind: 'number', measurementKind })).toMatchObject({ grounded: true });
    }
  });
});
