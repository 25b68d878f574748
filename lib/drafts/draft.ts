import { z } from 'zod';

export const draftKindSchema = z.enum(['notes', 'dictation', 'transcript', 'generated', 'suggestions']);
export type DraftKind = z.infer<typeof draftKindSchema>;

/**
 * Work in progress the user has not used yet: own notes, a dictation, a transcript, generated text
 * or suggestions still under review. Kept until used or discarded, and purged after the retention.
 */
export const draftSchema = z.object({
  id: z.string().min(1),
  /** Salted client hash (lib/audit hashClientRef); '' when not tied to a client. */
  clientHash: z.string(),
  kind: draftKindSchema,
  templateId: z.string().optional(),
  text: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** updatedAt + draftRetentionDays: every save extends it. */
  expiresAt: z.iso.datetime(),
  status: z.literal('open'),
});
export type Draft = z.infer<typeof draftSchema>;
