import { z } from 'zod';
import { fieldKindSchema } from '../page/types';
import { fieldRefSchema } from '../session/fieldRef';

/** Why a suggestion is flagged instead of offered as trustworthy. */
export const reviewProblemSchema = z.enum([
  'quote-empty',
  'quote-not-in-source',
  'number-not-in-quote',
  'measurement-not-in-quote',
  'implausible',
  'conflicts-with-source',
  'invalid-for-field',
  // The quote does not support the value: the option, the checkbox's label or the text is not in it.
  'option-not-in-quote',
  'label-not-in-quote',
  'value-not-in-quote',
  // The quote lies only in text that reads as instructions to an AI, or such text asks for this field or value.
  'quote-in-suspect-text',
  'named-by-suspect-text',
  // The value holds an identifier that neither its quote nor the person's notes hold: it is not restored.
  'identifier-not-in-source',
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
  /**
   * Free text (textarea, rich text, long text): the model's composition, shown as a draft with its sources and
   * never pre-accepted. Each sentence says whether the notes or the quoted source support it (lib/extract/support.ts).
   */
  composition: z
    .object({
      sentences: z.array(z.object({ text: z.string(), support: z.number(), supported: z.boolean() })),
      /** The texts it was measured against: the quoted block(s) and the person's notes. */
      sources: z.array(z.string()),
    })
    .optional(),
  /** Placeholders left in the value because no quote or note of a person holds them. */
  unrestored: z.array(z.string()).optional(),
  origin: z.enum(['model', 'offline']),
  decision: z.enum(['pending', 'accepted', 'rejected']),
  edited: z.boolean(),
  /** The field already holds a different value: filling needs its own confirmation. */
  overwrite: z.boolean(),
  overwriteConfirmed: z.boolean(),
  /**
   * Nothing is chosen and the field has no empty choice (ScannedField.noEmptyChoice): once filled, it may
   * never be empty again, not even by undo. Filling needs its own confirmation.
   */
  noEmptyChoice: z.boolean().optional(),
  noEmptyChoiceConfirmed: z.boolean().optional(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

/** True when a field's current value counts as empty (an unchecked checkbox is empty too). */
export function isEmptyValue(value: string | boolean): boolean {
  return value === false || (typeof value === 'string' && value.trim() === '');
}
