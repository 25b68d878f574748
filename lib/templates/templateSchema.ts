import { z } from 'zod';

/** A text in both UI languages; Dutch first. */
export const localizedTextSchema = z.object({ nl: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const templateKindSchema = z.enum(['soep', 'sbar', 'samenvatting', 'periode', 'domeinen', 'omaha', 'vrij']);
export type TemplateKind = z.infer<typeof templateKindSchema>;

/** What the template needs: the carer's own notes, the record on the page, or both. */
export const templateInputSchema = z.enum(['notes', 'dossier', 'notes+dossier']);
export type TemplateInput = z.infer<typeof templateInputSchema>;

export const templateSourceSchema = z.enum(['builtin', 'user', 'organisation']);
export type TemplateSource = z.infer<typeof templateSourceSchema>;

/**
 * A writing template. `system` and `prompt` may use the placeholders {{notes}}, {{dossier}}, {{dagen}}
 * and {{vandaag}} (see renderTemplate).
 */
export const templateSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().nonnegative(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  kind: templateKindSchema,
  input: templateInputSchema,
  system: localizedTextSchema,
  prompt: localizedTextSchema,
  params: z.object({ dagen: z.number().int().positive().optional() }).optional(),
  source: templateSourceSchema,
  /** Organisation templates only: users cannot override a locked template with their own version. */
  locked: z.boolean().optional(),
});
export type Template = z.infer<typeof templateSchema>;

/** The placeholders a template can use. */
export const TEMPLATE_PLACEHOLDERS = ['notes', 'dossier', 'dagen', 'vandaag'] as const;
