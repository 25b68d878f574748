import type { AppDB } from '../db/app-db';
import type { Draft } from './draft';
import { discardDraft, getDrafts, saveDraft, type DraftTiming } from './drafts';

/** How many generated drafts are kept per client: enough to go back, not a second dossier. */
export const GENERATED_HISTORY = 10;

/** The notes draft of a client has one fixed id, so every save updates the same row. '' = no client read yet. */
export function notesDraftId(clientHash: string): string {
  return `notes:${clientHash || 'none'}`;
}

/** The nurse's notes for a client, or undefined. */
export async function notesFor(db: AppDB, clientHash: string): Promise<Draft | undefined> {
  const draft = await db.drafts.get(notesDraftId(clientHash));
  return draft && draft.expiresAt > new Date().toISOString() ? draft : undefined;
}

/** Saves the notes as typed; empty notes are removed. */
export async function saveNotes(db: AppDB, clientHash: string, text: string, timing: DraftTiming): Promise<void> {
  const id = notesDraftId(clientHash);
  if (!text.trim()) await discardDraft(db, id);
  else await saveDraft(db, { id, clientHash, kind: 'notes', text }, timing);
}

/**
 * Notes typed before any client was read go with the first client that is read, unless that client has
 * notes of its own: they are neither lost nor left for whoever comes next.
 */
export async function adoptUnassignedNotes(db: AppDB, clientHash: string, timing: DraftTiming): Promise<void> {
  if (!clientHash) return;
  await db.transaction('rw', db.drafts, async () => {
    const loose = await db.drafts.get(notesDraftId(''));
    if (!loose || (await db.drafts.get(notesDraftId(clientHash)))) return;
    await saveDraft(db, { id: notesDraftId(clientHash), clientHash, kind: 'notes', text: loose.text }, timing);
    await discardDraft(db, loose.id);
  });
}

/** Starts a generated draft, status 'writing', and keeps the client's history to GENERATED_HISTORY. */
export async function startGeneratedDraft(
  db: AppDB,
  input: { clientHash: string; templateId: string; sourceNotes: string; scope: NonNullable<Draft['scope']> },
  timing: DraftTiming,
): Promise<Draft> {
  const draft = await saveDraft(db, { ...input, kind: 'generated', text: '', status: 'writing' }, timing);
  const history = (await generatedDrafts(db, input.clientHash)).filter((d) => d.scope === input.scope);
  await Promise.all(history.slice(GENERATED_HISTORY).map((d) => discardDraft(db, d.id)));
  return draft;
}

/** Saves the text so far ('writing') or the finished text ('open'). */
export async function saveGeneratedText(db: AppDB, draft: Draft, text: string, status: Draft['status'], timing: DraftTiming): Promise<Draft> {
  const { id, clientHash, templateId, sourceNotes, scope } = draft;
  return saveDraft(db, { id, clientHash, kind: 'generated', templateId, sourceNotes, scope, text, status }, timing);
}

/** A client's generated drafts, newest first: every template's draft on its own, with its time stamp. */
export async function generatedDrafts(db: AppDB, clientHash: string): Promise<Draft[]> {
  return (await getDrafts(db, clientHash)).filter((d) => d.kind === 'generated');
}
