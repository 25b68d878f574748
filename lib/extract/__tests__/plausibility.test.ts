import { describe, expect, it } from 'vitest';
import type { MeasurementTarget } from '../measurement';
import { checkPlausibility, measurementKindForLabel } from '../plausibility';

describe('checkPlausibility', () => {
  const cases: [MeasurementTarget, string, boolean][] = [
    ['bloeddruk', '135/85', true],
    ['bloeddruk', '135/85 mmHg', true],
    ['bloeddruk', '260/160', true],
    ['bloeddruk', '120/120', false], // both in range, but dia must be below sys
    ['bloeddruk', '1350/85', false],
    ['bloeddruk', '49/30', false],
    ['bloeddruk', '120/19', false],
    ['bloeddruk', '120/161', false],
    [{ kind: 'bloeddruk', part: 'systolisch' }, '50', true],
    [{ kind: 'bloeddruk', part: 'systolisch' }, '261', false],
    [{ kind: 'bloeddruk', part: 'diastolisch' }, '20', true],
    [{ kind: 'bloeddruk', part: 'diastolisch' }, '19', false],
    ['hartfrequentie', '20', true],
    ['hartfrequentie', '250', true],
    ['hartfrequentie', '19', false],
    ['hartfrequentie', '251', false],
    ['temperatuur', '38,2', true],
    ['temperatuur', '38.2 °C', true],
    ['temperatuur', '30', true],
    ['temperatuur', '43.5', true],
    ['temperatuur', '3.82', false],
    ['temperatuur', '43.6', false],
    ['saturatie', '100', true],
    ['saturatie', '50%', true],
    ['saturatie', '49', false],
    ['saturatie', '101', false],
    ['ademfrequentie', '4', true],
    ['ademfrequentie', '70', true],
    ['ademfrequentie', '3', false],
    ['ademfrequentie', '71', false],
    ['gewicht', '0.3', true],
    ['gewicht', '68,4 kg', true],
    ['gewicht', '400', true],
    ['gewicht', '0.2', false],
    ['gewicht', '401', false],
    ['lengte', '172', true],
    ['lengte', '1,72', true], // metres
    ['lengte', '30', true],
    ['lengte', '250', true],
    ['lengte', '29', false],
    ['lengte', '251', false],
    ['pijnscore', '0', true],
    ['pijnscore', '10', true],
    ['pijnscore', '11', false],
    ['pijnscore', '40/100', true],
    ['pijnscore', 'VAS 100', true],
    ['pijnscore', 'VAS 101', false],
    ['glucose', '0.5', true],
    ['glucose', '60', true],
    ['glucose', '0.4', false],
    ['glucose', '61', false],
    ['bmi', '8', true],
    ['bmi', '90', true],
    ['bmi', '7.9', false],
    ['bmi', '91', false],
    ['vochtinname', '0', true],
    ['vochtinname', '1.500', true],
    ['vochtinname', '10000', true],
    ['vochtinname', '10001', false],
    ['vochtinname', '-200', false],
    ['uitscheiding', '1,5 L', true],
    ['uitscheiding', '12 L', false],
  ];
  it.each(cases)('%j %s → %s', (target, value, ok) => {
    expect(checkPlausibility(target, value).ok).toBe(ok);
  });

  it('reads pijnscore on the VAS range when the unit says so', () => {
    expect(checkPlausibility('pijnscore', '40').ok).toBe(false);
    expect(checkPlausibility('pijnscore', '40', 'VAS').ok).toBe(true);
  });

  it('explains why: range, unreadable, diastolic not below systolic', () => {
    expect(checkPlausibility('temperatuur', '3.82')).toEqual({
      ok: false,
      reason: 'out-of-range',
      range: { min: 30, max: 43.5, unit: '°C' },
    });
    expect(checkPlausibility('bloeddruk', '85/135')).toEqual({ ok: false, reason: 'diastolic-not-below-systolic' });
    expect(checkPlausibility('bloeddruk', '135')).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkPlausibility('hartfrequentie', 'regulair')).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkPlausibility('hartfrequentie', 72)).toEqual({ ok: true });
  });
});

describe('measurementKindForLabel', () => {
  const labels: [string, ReturnType<typeof measurementKindForLabel>][] = [
    ['Bloeddruk systolisch', { kind: 'bloeddruk', part: 'systolisch' }],
    ['Bloeddruk diastolisch (mmHg)', { kind: 'bloeddruk', part: 'diastolisch' }],
    ['Systolische bloeddruk', { kind: 'bloeddruk', part: 'systolisch' }],
    ['Diastolisch', { kind: 'bloeddruk', part: 'diastolisch' }],
    ['Bovendruk (mmHg)', { kind: 'bloeddruk', part: 'systolisch' }],
    ['RR sys', { kind: 'bloeddruk', part: 'systolisch' }],
    ['Blood pressure systolic', { kind: 'bloeddruk', part: 'systolisch' }],
    ['RR systole', { kind: 'bloeddruk', part: 'systolisch' }],
    ['Diastole (mmHg)', { kind: 'bloeddruk', part: 'diastolisch' }],
    ['Bloeddruk', 'bloeddruk'],
    ['Tensie', 'bloeddruk'],
    ['Pols', 'hartfrequentie'],
    ['Hartfrequentie', 'hartfrequentie'],
    ['HF', 'hartfrequentie'],
    ['Hartslag (/min)', 'hartfrequentie'],
    ['Heart rate', 'hartfrequentie'],
    ['Temperatuur (°C)', 'temperatuur'],
    ['Lichaamstemperatuur', 'temperatuur'],
    ['Temp', 'temperatuur'],
    ['Temperature', 'temperatuur'],
    ['Saturatie', 'saturatie'],
    ['SpO2', 'saturatie'],
    ['O2-saturatie (%)', 'saturatie'],
    ['Ademfrequentie', 'ademfrequentie'],
    ['Ademhalingsfrequentie (/min)', 'ademfrequentie'],
    ['AF', 'ademfrequentie'],
    ['Respiratory rate', 'ademfrequentie'],
    ['Gewicht (kg)', 'gewicht'],
    ['Lichaamsgewicht', 'gewicht'],
    ['Weight', 'gewicht'],
    ['Lichaamslengte (cm)', 'lengte'],
    ['Lengte patiënt (cm)', 'lengte'],
    ['Lengte cliënt', 'lengte'],
    ['Cliëntlengte', 'lengte'],
    ['Lengte (m)', 'lengte'],
    ['Lengte in meters', 'lengte'],
    ['Height', 'lengte'],
    ['Body height (cm)', 'lengte'],
    ['Pijnscore (NRS)', 'pijnscore'],
    ['Pijnscore', 'pijnscore'],
    ['VAS', 'pijnscore'],
    ['Pain score', 'pijnscore'],
    ['Pijn (0-10)', 'pijnscore'],
    ['SpO₂ (%)', 'saturatie'],
    ['Glucose (mmol/L)', 'glucose'],
    ['Bloedsuiker', 'glucose'],
    ['Vochtinname (ml)', 'vochtinname'],
    ['Vochtbalans totaal in', 'vochtinname'],
    ['Fluid intake', 'vochtinname'],
    ['Diurese', 'uitscheiding'],
    ['Urineproductie (ml)', 'uitscheiding'],
    ['Totaal uit', 'uitscheiding'],
    ['BMI', 'bmi'],
    ['BMI (kg/m2)', 'bmi'],
  ];
  it.each(labels)('%s', (label, expected) => {
    expect(measurementKindForLabel(label)).toEqual(expected);
  });

  const notMeasurements = [
    'Meetmethode temperatuur',
    'Houding bij bloeddrukmeting',
    'Manchet',
    'Extra zuurstof',
    'Streefgewicht',
    'Gewichtsverlies',
    'Pijnlocatie',
    'Regelmaat pols',
    'Datum meting',
    'Lengte wond (cm)',
    // Ambiguous: as often a wound, drain or catheter as the person ("Wondgrootte (cm)": Lengte, Breedte, Diepte).
    'Lengte',
    'Lengte (cm)',
    'Lengte (mm)',
    'Breedte',
    'Diepte (cm)',
    'Wondgrootte (cm) — Lengte',
    'Rapportage',
    'Naam',
    'Afdeling',
    '',
  ];
  it.each(notMeasurements)('%s → null', (label) => {
    expect(measurementKindForLabel(label)).toBeNull();
  });
});
