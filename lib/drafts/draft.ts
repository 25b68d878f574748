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
  /** Where a generated draft was written: from the page that was read, or from the dossier overview. */
  scope: z.enum(['page', 'overview']).optional(),
  /** For generated text: the notes it was written from, so a draft can be traced and redone. */
  sourceNotes: z.string().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** updatedAt + draftRetentionDays: every save extends it. */
  expiresAt: z.iso.datetime(),
  /**
   * 'writing' while a model is still producing the text. A 'writing' draft that no open panel is writing
   * was interrupted (panel closed, browser crashed): it is kept and offered for recovery.
   */
  status: z.enum(['open', 'writing']),
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * The notes a generated draft was written from are not the notes now: the panel says so next to the draft,
 * so an older draft is never read as if it came from newer notes. A draft written without notes never differs.
 *
 * @example notesChangedSince(draft, notes.text) // true after the nurse added a line
 */
export function notesChangedSince(draft: Pick<Draft, 'sourceNotes'>, notes: string): boolean {
  const source = draft.sourceNotes?.trim() ?? '';
  return source !== '' && source !== notes.trim();
}
