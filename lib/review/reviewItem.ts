import { z } from 'zod';
import { fieldKindSchema } from '../page/types';

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
  fieldKey: z.string(),
  frameId: z.number(),
  label: z.string(),
  kind: fieldKindSchema,
  current: z.union([z.string(), z.boolean()]),
  suggested: z.union([z.string(), z.boolean()]),
  /** Verbatim quote from the page, identifiers restored. */
  quote: z.string(),
  /** Block ref the quote was found in, for scroll-and-highlight. */
  ref: z.string().optional(),
  /** Frame the quote was found in; may differ from the field's frame (header outside, form in an iframe). */
  quoteFrameId: z.number().optional(),
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
