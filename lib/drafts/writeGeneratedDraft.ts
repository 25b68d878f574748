import type { AppDB } from '../db/app-db';
import type { Draft } from './draft';
import type { DraftTiming } from './drafts';
import { saveGeneratedText, startGeneratedDraft } from './draftStore';

/** Ids of drafts that this page is writing right now; any other 'writing' draft was interrupted. */
const writingHere = new Set<string>();

/** True when a draft is marked 'writing' but nobody here is writing it: the panel was closed mid-way. */
export function isInterrupted(draft: Draft): boolean {
  return draft.status === 'writing' && !writingHere.has(draft.id);
}

/**
 * Runs a model call that streams a draft and keeps every step of it in the database: the draft exists
 * from the first moment ('writing'), the text so far is saved as it streams (one save at a time, the
 * latest text wins), and it ends 'open' with the final text. Closing the panel mid-way leaves an
 * interrupted draft that can be recovered, never nothing. A failed call with no text removes the draft.
 */
export async function writeGeneratedDraft<T extends { ok: boolean; text?: string }>(input: {
  db: AppDB;
  clientHash: string;
  templateId: string;
  scope: NonNullable<Draft['scope']>;
  sourceNotes: string;
  timing: DraftTiming;
  /** Told the draft's id as soon as it exists. */
  onStart?: (draft: Draft) => void;
  run: (onText: (full: string) => void) => Promise<T>;
}): Promise<{ outcome: T; draft: Draft | null }> {
  let draft = await startGeneratedDraft(input.db, input, input.timing);
  writingHere.add(draft.id);
  input.onStart?.(draft);
  let latest = '';
  let saving: Promise<unknown> | null = null;
  let dirty = false;
  const save = () => {
    if (saving) {
      dirty = true;
      return;
    }
    saving = saveGeneratedText(input.db, draft, latest, 'writing', input.timing)
      .catch(() => undefined)
      .finally(() => {
        saving = null;
        if (dirty) {
          dirty = false;
          save();
        }
      });
  };
  try {
    const outcome = await input.run((full) => {
      latest = full;
      save();
    });
    while (saving) await saving;
    const text = outcome.ok ? (outcome.text ?? latest) : latest;
    if (!text.trim()) {
      await input.db.drafts.delete(draft.id);
      return { outcome, draft: null };
    }
    draft = await saveGeneratedText(input.db, draft, text, 'open', input.timing);
    return { outcome, draft };
  } finally {
    writingHere.delete(draft.id);
  }
}
