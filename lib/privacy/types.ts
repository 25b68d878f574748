import { z } from 'zod';

/**
 * Kinds of identifier the pseudonymiser recognises. The names are Dutch because they
 * end up inside placeholders the model reads (`[PERSOON-1]`).
 */
export const entityTypeSchema = z.enum([
  'PERSOON',
  'DATUM',
  'LEEFTIJD',
  'BSN',
  'ADRES',
  'POSTCODE',
  'PLAATS',
  'TELEFOON',
  'EMAIL',
  'URL',
  'ID',
  'ORGANISATIE',
]);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** One identifier found in the original text and what replaced it. */
export const pseudonymEntitySchema = z.object({
  type: entityTypeSchema,
  /** Offset of the first character in the ORIGINAL text. */
  start: z.number().int().nonnegative(),
  /** Offset just past the last character in the ORIGINAL text. */
  end: z.number().int().nonnegative(),
  original: z.string(),
  /** `[TYPE-n]`, or for dates the shifted date written in the original's format. */
  placeholder: z.string(),
});
export type PseudonymEntity = z.infer<typeof pseudonymEntitySchema>;
