import { z } from 'zod';
import { numbersIn } from '../dutch';
import { readMeasurements, type Reading } from './extractMeasurements';
import { locateQuoteInSource, quoteParts, type TextRange } from './quoteInSource';
import { targetKind, type Measurement, type MeasurementKind, type MeasurementTarget } from './measurement';
import { checkPlausibility } from './plausibility';
import { datesInValue, quotesDate } from './quotedDate';

/** Why a suggestion is not grounded in the source; the UI translates the code. */
export const groundingFailureSchema = z.enum([
  'quote-empty',
  'quote-not-in-source',
  'number-not-in-quote',
  'measurement-not-in-quote',
  'implausible',
  'conflicts-with-source',
]);
export type GroundingFailure = z.infer<typeof groundingFailureSchema>;

export const groundingResultSchema = z.object({
  grounded: z.boolean(),
  reason: groundingFailureSchema.optional(),
  /** Where the quote is in the source (first part's start to last part's end), when it was found. */
  quoteRange: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});
export type GroundingResult = z.infer<typeof groundingResultSchema>;

export interface GroundingOptions {
  /** The scanned field's kind: option fields (select, radio, checkbox, combobox) skip the number rule. */
  fieldKind?: string;
  /** What the field measures (see measurementKindForLabel): enables the plausibility and conflict checks. */
  measurementKind?: MeasurementTarget;
}

const optionKinds = new Set(['select', 'radio', 'checkbox', 'combobox']);
/** Digits that are part of a unit or a name, not a reading: "kg/m2", "SpO2", "O2". */
const unitDigits = /kg\/m2|m2|m²|\bs[pa][o0]2\b|\bc?o2\b/gi;

// The pipeline grounds every suggestion against the same source: read its measurements once.
let lastSource: string | undefined;
let lastReadings: Reading[] = [];
function readingsOf(source: string): Reading[] {
  if (source !== lastSource) {
    lastReadings = readMeasurements(source);
    lastSource = source;
  }
  return lastReadings;
}

function numericReadings(text: string): number[][] {
  return numbersIn(text.replace(unitDigits, ' '));
}

function overlaps(m: Measurement, range: TextRange): boolean {
  return m.start < range.end && m.end > range.start;
}

function within(m: Measurement, range: TextRange): boolean {
  return m.start >= range.start && m.end <= range.end;
}

/** Readings a measurement's value stands for, so "1,72 m" also grounds 172 and "1,5 L" 1500. */
function measurementNumbers(m: Measurement): number[] {
  return m.value.split('/').map(Number);
}

/** Same reading, allowing the unit conversions a form may ask for (m vs cm, L vs mL, g vs kg). */
function sameReading(kind: Measurement['kind'], a: number, b: number): boolean {
  const eq = (x: number, y: number) => Math.abs(x - y) < 1e-6;
  if (eq(a, b)) return true;
  if (kind === 'lengte') return eq(a * 100, b);
  if (kind === 'vochtinname' || kind === 'uitscheiding') return eq(a * 1000, b);
  if (kind === 'gewicht') return eq(a / 1000, b);
  return false;
}

/** Units that say what a number measures, per kind (the other kinds' units make it another reading). */
const UNITS: [MeasurementKind, RegExp][] = [
  ['saturatie', /^%/],
  ['temperatuur', /^(?:°|graden\b)/i],
  ['hartfrequentie', /^(?:\/\s?min|slagen\b|bpm\b|x\s?\/\s?min)/i],
  ['gewicht', /^(?:kg|kilo|gram|gr?\b)/i],
  ['lengte', /^(?:cm|meter|m\b)/i],
  ['glucose', /^mmol/i],
  ['vochtinname', /^(?:ml|cc|liter|l\b)/i],
  ['bloeddruk', /^mm\s?hg/i],
];
/** Units of no measurement at all: a number of days, times, pieces, milligrams of a drug. */
const OTHER_UNITS = /^(?:mg|mcg|µg|microgram|eenheden|ie\b|e\b|uur|u\b|min(?:uten|uut)?\b|dagen|dag\b|weken|week\b|maanden|jaar\b|keer\b|x\b|stuks?\b|tabletten|tablet\b|pufjes|km\b|mm\b)/i;

/**
 * The number occurs in a quote range as a reading of this kind could: not inside a measurement of another kind,
 * and not followed by the unit of another kind or of no measurement at all.
 */
function standsAlone(source: string, ranges: TextRange[], n: number, kind: MeasurementKind, others: Measurement[]): boolean {
  const same = (x: number) => Math.abs(x - n) < 1e-9;
  const compatible = (k: MeasurementKind) => k === kind || (kind === 'uitscheiding' && k === 'vochtinname') || (kind === 'ademfrequentie' && k === 'hartfrequentie');
  for (const r of ranges) {
    const text = source.slice(r.start, r.end);
    for (const m of text.matchAll(/(?<![\d.,])\d+(?:[.,]\d+)?(?![\d]|[.,]\d)/g)) {
      if (!same(Number(m[0].replace(',', '.')))) continue;
      const at = r.start + (m.index ?? 0);
      if (others.some((o) => o.start <= at && at < o.end)) continue;
      const after = source.slice(at + m[0].length, at + m[0].length + 12).replace(/^\s+/, '');
      const unit = UNITS.find(([, re]) => re.test(after))?.[0];
      if ((unit && !compatible(unit)) || (!unit && OTHER_UNITS.test(after))) continue;
      return true;
    }
  }
  return false;
}

function firstNumber(value: string): number | undefined {
  return numericReadings(value)[0]?.[0];
}

/** "142/88", "142 / 88 mmHg", "RR 142 over 88" → [142, 88]: the value's blood pressure as one pair. */
const pressurePair = /(?<![\d.,])(\d{2,3})[\t\p{Zs}]*(?:\/|over|-)[\t\p{Zs}]*(\d{2,3})(?![\d.,]\d|\d)/iu;

function pressureIn(value: string): [number, number] | undefined {
  const match = pressurePair.exec(value);
  return match?.[1] && match[2] ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Does the proposed value agree with a measurement of the same kind found in the quote? */
function agrees(target: MeasurementTarget, value: string, m: Measurement): boolean {
  const [sys, dia] = measurementNumbers(m);
  if (typeof target !== 'string') {
    // A systolic (diastolic) field holds one number, compared with that half of the quoted pressure.
    const n = firstNumber(value);
    const half = target.part === 'systolisch' ? sys : dia;
    return n !== undefined && half !== undefined && n === half;
  }
  if (target === 'bloeddruk') {
    // A combined field's "sys/dia" is compared as a pair: 142/88 agrees with "RR 142/88", not with 88/142.
    const pair = pressureIn(value);
    return pair !== undefined && pair[0] === sys && pair[1] === dia;
  }
  const n = firstNumber(value);
  return n !== undefined && sys !== undefined && sameReading(m.kind, n, sys);
}

/**
 * Checks that a proposed field value is grounded in the source text:
 * 1. the quote occurs in the source (see locateQuoteInSource; case, whitespace, accents, quotes/dashes, trailing
 *    punctuation and "…" are forgiven) → else 'quote-empty' / 'quote-not-in-source';
 * 2. every number in a string value occurs in the quote ("38,2" == "38.2"; "135" is in "135/85";
 *    unit conversions of a measurement in the quote count: 172 is in "lengte 1,72 m"), and every full date
 *    is the same calendar date as one in the quote ("2025-11-20" is in "20 november 2025", "20-11-25",
 *    "di 20-11") → 'number-not-in-quote'; not for booleans or option fields;
 * 3. with `measurementKind`: the value is a plausible reading → 'implausible', the quote holds a measurement of
 *    that kind → 'measurement-not-in-quote' (a number from another reading, "50 ml water" for a saturation,
 *    does not count), and it does not say something else → 'conflicts-with-source'.
 * @example verifyGrounding({ value: '38.2', quote: 'T 38,2' }, 'O: RR 120/80, T 38,2') // { grounded: true, quoteRange: {start:14,end:20} }
 */
export function verifyGrounding(
  suggestion: { value: string | boolean; quote: string },
  source: string,
  opts: GroundingOptions = {},
): GroundingResult {
  if (quoteParts(suggestion.quote).length === 0) return { grounded: false, reason: 'quote-empty' };
  const ranges = locateQuoteInSource(suggestion.quote, source);
  if (ranges === null) return { grounded: false, reason: 'quote-not-in-source' };
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return { grounded: false, reason: 'quote-empty' };
  const quoteRange = { start: first.start, end: last.end };
  const value = suggestion.value;
  if (typeof value !== 'string') return { grounded: true, quoteRange };

  // Every reading supports its numbers ("bij opname lengte 1,72 m" holds 172); only the client's readings
  // of now can contradict a value, so a quoted earlier or someone else's reading never flags a current one.
  const readings = readingsOf(source);
  const quoted = ranges.map((r) => source.slice(r.start, r.end)).join(' … ');
  const quoteNumbers = numericReadings(quoted).flat();
  for (const { measurement: m } of readings) if (ranges.some((r) => within(m, r))) quoteNumbers.push(...measurementNumbers(m));

  if (!optionKinds.has(opts.fieldKind ?? '')) {
    // A date is compared as a calendar date, whatever its format in the quote; its digits are then done.
    // The digits of a placeholder ([PERSOON-1]) are no reading.
    let numbersLeft = value.replace(/\[[A-Z]+-\d+\]/g, (p) => ' '.repeat(p.length));
    for (const date of datesInValue(value).reverse()) {
      if (!quotesDate(quoted, date)) return { grounded: false, reason: 'number-not-in-quote', quoteRange };
      numbersLeft = `${numbersLeft.slice(0, date.start)} ${numbersLeft.slice(date.end)}`;
    }
    for (const readings of numericReadings(numbersLeft)) {
      if (!readings.some((n) => quoteNumbers.includes(n))) return { grounded: false, reason: 'number-not-in-quote', quoteRange };
    }
  }

  const target = opts.measurementKind;
  if (target === undefined || firstNumber(value) === undefined) return { grounded: true, quoteRange };
  const kind = targetKind(target);
  const quotedOfKind = readings.filter(({ measurement: m }) => m.kind === kind && ranges.some((r) => overlaps(m, r)));
  const sameKind = quotedOfKind.filter((r) => r.notNow === null).map((r) => r.measurement);
  const anyOfKind = quotedOfKind.map((r) => r.measurement);
  const unit = (sameKind.find((m) => agrees(target, value, m)) ?? anyOfKind.find((m) => agrees(target, value, m)) ?? anyOfKind[0])?.unit;
  if (!checkPlausibility(target, value, unit).ok) return { grounded: false, reason: 'implausible', quoteRange };
  if (sameKind.length > 0) {
    return sameKind.some((m) => agrees(target, value, m)) ? { grounded: true, quoteRange } : { grounded: false, reason: 'conflicts-with-source', quoteRange };
  }
  // A reading of this kind that is not of now (earlier, someone else's) still supports its own numbers.
  if (anyOfKind.some((m) => agrees(target, value, m))) return { grounded: true, quoteRange };
  // No reading of this kind in the quote: the number must stand there on its own ("8 bij mobiliseren"), not
  // as part of another reading. "Heeft 50 ml water gedronken" does not ground a saturation of 50.
  const others = readings.map((r) => r.measurement).filter((m) => m.kind !== kind && ranges.some((r) => overlaps(m, r)));
  return standsAlone(source, ranges, firstNumber(value)!, kind, others) ? { grounded: true, quoteRange } : { grounded: false, reason: 'measurement-not-in-quote', quoteRange };
}
