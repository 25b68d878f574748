import { z } from 'zod';
import { formatDotDecimal, parseDutchNumber } from '../dutch';
import { targetKind, type MeasurementTarget } from './measurement';

export { measurementKindForLabel } from './measurementForLabel';

/** Why a value cannot be a real reading; the UI translates the code. */
export const plausibilityReasonSchema = z.enum(['unreadable', 'out-of-range', 'diastolic-not-below-systolic']);
export type PlausibilityReason = z.infer<typeof plausibilityReasonSchema>;

export const plausibilityResultSchema = z.object({
  ok: z.boolean(),
  reason: plausibilityReasonSchema.optional(),
  /** The range the value fell outside of, in the zib unit, for the message to the user. */
  range: z.object({ min: z.number(), max: z.number(), unit: z.string() }).optional(),
});
export type PlausibilityResult = z.infer<typeof plausibilityResultSchema>;

type Range = { min: number; max: number; unit: string };

/**
 * Ranges a human body (or a day's fluid balance) can produce. Wide on purpose: they catch typos and
 * hallucinated digits ("RR 1350/85", "T 3.82"), not abnormal values a carer must still see.
 */
export const plausibleRanges = {
  systolisch: { min: 50, max: 260, unit: 'mmHg' },
  diastolisch: { min: 20, max: 160, unit: 'mmHg' },
  hartfrequentie: { min: 20, max: 250, unit: '/min' },
  temperatuur: { min: 30, max: 43.5, unit: '°C' },
  saturatie: { min: 50, max: 100, unit: '%' },
  ademfrequentie: { min: 4, max: 70, unit: '/min' },
  gewicht: { min: 0.3, max: 400, unit: 'kg' },
  lengte: { min: 30, max: 250, unit: 'cm' },
  NRS: { min: 0, max: 10, unit: 'NRS' },
  VAS: { min: 0, max: 100, unit: 'VAS' },
  glucose: { min: 0.5, max: 60, unit: 'mmol/L' },
  bmi: { min: 8, max: 90, unit: 'kg/m2' },
  vochtinname: { min: 0, max: 10000, unit: 'mL' },
  uitscheiding: { min: 0, max: 10000, unit: 'mL' },
} satisfies Record<string, Range>;

const signedNumber = /([-−]\s*)?(\d+(?:[.,]\d+)*)/;
const pressure = /(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)/;

/** The first number in a value, read the Dutch way; volumes allow a thousands dot ("1.500"). */
function firstNumber(value: string, thousands: boolean): number | null {
  const match = signedNumber.exec(value);
  const n = match?.[2] ? parseDutchNumber(match[2], { thousands }) : null;
  if (n === null) return null;
  return match?.[1] ? -n : n;
}

function inRange(n: number, range: Range): PlausibilityResult {
  return n >= range.min && n <= range.max ? { ok: true } : { ok: false, reason: 'out-of-range', range };
}

/**
 * Checks that a value can be a real reading of a kind (or of one half of a blood pressure). Values may
 * carry their unit and a decimal comma ("38,2 °C"). Lengte below 3 is read as metres, a volume in litres
 * ("1,5 L") as mL. Pijnscore is NRS 0–10 unless `unit` is 'VAS' or the value says VAS or "/100".
 * @example checkPlausibility('bloeddruk', '135/85') // { ok: true }
 * @example checkPlausibility('temperatuur', '3.82') // { ok: false, reason: 'out-of-range', range: {...} }
 */
export function checkPlausibility(target: MeasurementTarget, value: string | number, unit?: string): PlausibilityResult {
  const text = String(value);
  const kind = targetKind(target);
  if (typeof target !== 'string') {
    const n = firstNumber(text, false);
    if (n === null) return { ok: false, reason: 'unreadable' };
    return inRange(n, plausibleRanges[target.part]);
  }
  if (kind === 'bloeddruk') {
    const match = pressure.exec(text);
    if (!match?.[1] || !match[2]) return { ok: false, reason: 'unreadable' };
    const sys = parseDutchNumber(match[1]) ?? Number.NaN;
    const dia = parseDutchNumber(match[2]) ?? Number.NaN;
    const sysCheck = inRange(sys, plausibleRanges.systolisch);
    if (!sysCheck.ok) return sysCheck;
    const diaCheck = inRange(dia, plausibleRanges.diastolisch);
    if (!diaCheck.ok) return diaCheck;
    return dia < sys ? { ok: true } : { ok: false, reason: 'diastolic-not-below-systolic' };
  }
  const volume = kind === 'vochtinname' || kind === 'uitscheiding';
  let n = firstNumber(text, volume);
  if (n === null) return { ok: false, reason: 'unreadable' };
  if (kind === 'lengte' && n > 0 && n < 3) n = Number(formatDotDecimal(n * 100));
  if (volume && /\d\s*(?:l|ltr|liter)\b/i.test(text)) n *= 1000;
  if (kind === 'pijnscore') {
    const vas = unit === 'VAS' || /vas|\/\s*100\b/i.test(text);
    return inRange(n, vas ? plausibleRanges.VAS : plausibleRanges.NRS);
  }
  return inRange(n, plausibleRanges[kind]);
}
