import { z } from 'zod';

/**
 * Public contract of the page layer. External evaluation bundles lib/page/index.ts,
 * so these shapes stay stable; extend them only with optional properties.
 */

export const fieldKindSchema = z.enum([
  'text',
  'textarea',
  'number',
  'date',
  'time',
  'select',
  'radio',
  'checkbox',
  'combobox',
  'richtext',
]);
export type FieldKind = z.infer<typeof fieldKindSchema>;

export const scannedFieldSchema = z.object({
  /** Stable for the same page: derived from id/name/label/structure, never from a counter of the scan. */
  key: z.string(),
  /** The label a person sees (accessible name, with fallbacks). */
  label: z.string(),
  kind: fieldKindSchema,
  /** Current value; booleans for checkboxes, the visible option text for select/radio/combobox. */
  value: z.union([z.string(), z.boolean()]),
  /** Visible option texts for select, radio and combobox. */
  options: z.array(z.string()).optional(),
  required: z.boolean().optional(),
  disabled: z.boolean().optional(),
  readonly: z.boolean().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** The field's own maxlength, when it has one: a longer value is refused before review. */
  maxLength: z.number().int().positive().optional(),
  /** Set when the field exists but cannot be reached (e.g. closed shadow root): a reason, never a guess. */
  unreachable: z.string().optional(),
  /**
   * Nothing is chosen now and the field shows no empty choice to come back to (a radio group; a list whose
   * options have no empty one, or show only when opened). Once filled, a person cannot empty it on the page,
   * and undo can do so only where the page offers a way: the panel says so before anyone confirms.
   */
  noEmptyChoice: z.boolean().optional(),
});
export type ScannedField = z.infer<typeof scannedFieldSchema>;

export const blockKindSchema = z.enum(['header', 'alert', 'report', 'table', 'pair', 'narrative', 'heading', 'text']);
export type BlockKind = z.infer<typeof blockKindSchema>;

/** One visible piece of the page. `ref` locates it again in the same document (see locateRef). */
export const pageBlockSchema = z.object({
  ref: z.string(),
  kind: blockKindSchema,
  text: z.string(),
  date: z.string().optional(),
  author: z.string().optional(),
  label: z.string().optional(),
  rows: z.array(z.array(z.string())).optional(),
});
export type PageBlock = z.infer<typeof pageBlockSchema>;

export const clientHeaderSchema = z.object({
  name: z.string().optional(),
  birthDate: z.string().optional(),
  clientNumber: z.string().optional(),
  ref: z.string().optional(),
});
export type ClientHeader = z.infer<typeof clientHeaderSchema>;

export const pageSnapshotSchema = z.object({
  url: z.string(),
  title: z.string(),
  client: clientHeaderSchema.nullable(),
  alerts: z.array(z.object({ ref: z.string(), kind: z.enum(['allergie', 'wilsverklaring', 'overig']), text: z.string() })),
  reports: z.array(z.object({ ref: z.string(), date: z.string().optional(), author: z.string().optional(), text: z.string() })),
  tables: z.array(z.object({ ref: z.string(), caption: z.string().optional(), rows: z.array(z.array(z.string())) })),
  pairs: z.array(z.object({ ref: z.string(), label: z.string(), value: z.string() })),
  /** Every block in document order; the views above are subsets of it. */
  blocks: z.array(pageBlockSchema),
  /** Compact text that would be sent to the model. */
  text: z.string(),
  /** Identifies the client on this page (name + birth date + client number, hashed); '' when no client header was found. */
  clientFingerprint: z.string(),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

export const fillEntrySchema = z.object({
  key: z.string(),
  value: z.union([z.string(), z.boolean()]),
  /**
   * What the person saw in the field when they confirmed (review), or what was filled (undo). A field that
   * shows something else now was changed by someone since, and is refused with 'changed'.
   */
  expected: z.union([z.string(), z.boolean()]).optional(),
});
export type FillEntry = z.infer<typeof fillEntrySchema>;

export const fillErrorCodeSchema = z.enum([
  'not-found',
  'unreachable',
  'disabled',
  'readonly',
  'hidden',
  'option-not-found',
  'rejected-by-page',
  'stale',
  'invalid-value',
  'changed',
  // Undo cannot go back to "nothing chosen": the widget has no empty choice and the page offers no way back.
  // The result's `value` says what the field holds.
  'cannot-clear',
  // The frame's content script failed while filling: an error, not a field that was not found.
  'frame-error',
]);
export type FillErrorCode = z.infer<typeof fillErrorCodeSchema>;

export const fillResultSchema = z.object({
  key: z.string(),
  ok: z.boolean(),
  previous: z.union([z.string(), z.boolean()]),
  /** The value read back after filling. */
  value: z.union([z.string(), z.boolean()]).optional(),
  /** Machine code of the failure; the UI translates it (`fillError.<code>`). */
  error: fillErrorCodeSchema.optional(),
});
export type FillResult = z.infer<typeof fillResultSchema>;
