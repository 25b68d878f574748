import { z } from 'zod';
import { fieldKindSchema } from '../page/types';
import { fieldRefSchema } from '../session/fieldRef';

/** Why a suggestion is flagged instead of offered as trustworthy. */
export const reviewProblemSchema = z.enum([
  'quote-empty',
  'quote-not-in-source',
  'number-not-in-quote',
  'implausible',
  'conflicts-with-source',
  'invalid-for-field',
]);
export type ReviewProblem = z.infer<typeof reviewProblemSchema>;

/** One suggested value as the user reviews it. */
export const reviewItemSchema = z.object({
  /** The field, as scanned: its frame and its key there. */
  field: fieldRefSchema,
  label: z.string(),
  kind: fieldKindSchema,
  current: z.union([z.string(), z.boolean()]),
  suggested: z.union([z.string(), z.boolean()]),
  /** Verbatim quote from the page, identifiers restored. */
  quote: z.string(),
  /** Block the quote was found in, for scroll-and-highlight. */
  quoteBlockRef: z.string().optional(),
  /** Frame the quote was found in; may differ from the field's frame (header outside, form in an iframe). */
  quoteFrameId: z.number().optional(),
  /** The report the quote comes from, when it is one: its date and author as the page shows them. */
  quoteSource: z.object({ date: z.string().optional(), author: z.string().optional() }).optional(),
  grounded: z.boolean(),
  problem: reviewProblemSchema.optional(),
  origin: z.enum(['model', 'offline']),
  decision: z.enum(['pending', 'accepted', 'rejected']),
  edited: z.boolean(),
  /** The field already holds a different value: filling needs its own confirmation. */
  overwrite: z.boolean(),
  overwriteConfirmed: z.boolean(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

/** True when a field's current value counts as empty (an unchecked checkbox is empty too). */
export function isEmptyValue(value: string | boolean): boolean {
  return value === false || (typeof value === 'string' && value.trim() === '');
}

/** Same value as far as a person is concerned: case, spacing and decimal comma do not matter. */
export function sameValue(a: string | boolean, b: string | boolean): boolean {
  const norm = (v: string | boolean) => String(v).trim().toLowerCase().replace(/\s+/g, ' ').replace(/(\d),(\d)/g, '$1.$2');
  return norm(a) === norm(b);
}
