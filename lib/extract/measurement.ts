import { z } from 'zod';

/**
 * Public contract of the measurement layer. External evaluation bundles lib/extract/index.ts,
 * so these shapes stay stable; extend them only with optional properties.
 */

/** The vital signs and nursing measurements recognised in report text (named after their zib). */
export const measurementKindSchema = z.enum([
  'bloeddruk',
  'hartfrequentie',
  'temperatuur',
  'saturatie',
  'ademfrequentie',
  'gewicht',
  'lengte',
  'pijnscore',
  'glucose',
  'vochtinname',
  'uitscheiding',
  'bmi',
]);
export type MeasurementKind = z.infer<typeof measurementKindSchema>;

/** zib/UCUM-ish units; pijnscore uses the scale (NRS 0–10, VAS 0–100) as its unit. */
export const measurementUnitSchema = z.enum([
  'mmHg',
  '/min',
  '°C',
  '%',
  'kg',
  'cm',
  'NRS',
  'VAS',
  'mmol/L',
  'mL',
  'kg/m2',
]);
export type MeasurementUnit = z.infer<typeof measurementUnitSchema>;

/** The default unit per kind; pijnscore switches to VAS when the text says so. */
export const unitForKind: Record<MeasurementKind, MeasurementUnit> = {
  bloeddruk: 'mmHg',
  hartfrequentie: '/min',
  temperatuur: '°C',
  saturatie: '%',
  ademfrequentie: '/min',
  gewicht: 'kg',
  lengte: 'cm',
  pijnscore: 'NRS',
  glucose: 'mmol/L',
  vochtinname: 'mL',
  uitscheiding: 'mL',
  bmi: 'kg/m2',
};

/**
 * One measurement found in text. `value` is normalised (dot decimal, bloeddruk "sys/dia", lengte in cm,
 * gewicht in kg, volumes in mL); `start`/`end` are offsets of the whole matched phrase, so
 * `text.slice(start, end)` is a verbatim quote for it.
 */
export const measurementSchema = z.object({
  kind: measurementKindSchema,
  value: z.string(),
  unit: measurementUnitSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Measurement = z.infer<typeof measurementSchema>;

/** A field that holds only one half of a blood pressure. */
export const measurementPartSchema = z.object({
  kind: z.literal('bloeddruk'),
  part: z.enum(['systolisch', 'diastolisch']),
});
export type MeasurementPart = z.infer<typeof measurementPartSchema>;

/** What a form field or a plausibility check is about: a whole kind, or one half of a blood pressure. */
export const measurementTargetSchema = z.union([measurementKindSchema, measurementPartSchema]);
export type MeasurementTarget = z.infer<typeof measurementTargetSchema>;

/** The kind behind a target, whether it is a bare kind or a part. */
export function targetKind(target: MeasurementTarget): MeasurementKind {
  return typeof target === 'string' ? target : target.kind;
}
