import { useEffect, useRef, useState } from 'react';
import { hashClientRef } from '@/lib/audit';
import { getInstallSalt } from '@/lib/audit/installSalt';
import { getAppDB } from '@/lib/db/app-db';
import { discardDraft, getDrafts, markDraftUsed, saveDraft } from '@/lib/drafts';

/** The nurse's notes and the latest generated text for the client on screen, kept until used or discarded. */
export interface NotesDraft {
  text: string;
  setText(text: string): void;
  /** Adds a transcript below the notes (dictation). */
  append(text: string): void;
  generated: string;
  setGenerated(text: string, templateId?: string): void;
  discardGenerated(): void;
  /** The generated text went into the ECD: nothing of it should linger. */
  markGeneratedUsed(): void;
  savedAt: string | null;
}

type Kind = 'notes' | 'generated';
const SAVE_DELAY_MS = 400;

/**
 * Durable drafts in the extension's own database (never the page's): they survive a closed panel and a
 * browser restart, per client, and expire after the retention period. Notes written before the page was
 * read go with the first client that is read, so they are neither lost nor left for another client.
 */
export function useNotesDraft(clientFingerprint: string, retentionDays: number): NotesDraft {
  const [text, setTextState] = useState('');
  const [generated, setGeneratedState] = useState('');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // Refs hold what async saves and stale callbacks (a transcript arriving later) must see now.
  const hash = useRef<string | null>(null);
  const values = useRef<Record<Kind, string>>({ notes: '', generated: '' });
  const ids = useRef<Partial<Record<Kind, string>>>({});
  const timers = useRef<Partial<Record<Kind, ReturnType<typeof setTimeout>>>>({});
  const templateOf = useRef<string | undefined>(undefined);

  const save = async (kind: Kind, forHash: string) => {
    const db = getAppDB();
    const value = values.current[kind];
    const id = ids.current[kind];
    try {
      if (!value.trim()) {
        if (id) await discardDraft(db, id);
        ids.current[kind] = undefined;
        return;
      }
      const draft = await saveDraft(db, { id, clientHash: forHash, kind, text: value, templateId: kind === 'generated' ? templateOf.current : undefined }, { retentionDays });
      if (hash.current === forHash) {
        ids.current[kind] = draft.id;
        setSavedAt(draft.updatedAt);
      }
    } catch (error) {
      console.error('Dossierhulp: concept kon niet worden bewaard', error);
    }
  };

  const schedule = (kind: Kind) => {
    const forHash = hash.current;
    if (forHash === null) return;
    clearTimeout(timers.current[kind]);
    timers.current[kind] = setTimeout(() => void save(kind, forHash), SAVE_DELAY_MS);
  };

  const set = (kind: Kind, value: string) => {
    values.current[kind] = value;
    (kind === 'notes' ? setTextState : setGeneratedState)(value);
    schedule(kind);
  };

  useEffect(() => {
    let live = true;
    void (async () => {
      const previousHash = hash.current;
      // Saves still waiting belong to the client they were typed for.
      for (const kind of ['notes', 'generated'] as const) {
        if (timers.current[kind] !== undefined && previousHash !== null) {
          clearTimeout(timers.current[kind]);
          timers.current[kind] = undefined;
          await save(kind, previousHash);
        }
      }
      const next = clientFingerprint ? await hashClientRef(clientFingerprint, await getInstallSalt()) : '';
      const drafts = await getDrafts(getAppDB(), next);
      if (!live) return;
      const notes = drafts.find((d) => d.kind === 'notes');
      const gen = drafts.find((d) => d.kind === 'generated');
      // Typed before anything loaded, or before any client was read: it goes with this client.
      const carried = (previousHash === null || previousHash === '') && next !== previousHash && !notes && values.current.notes.trim() !== '';
      const carriedId = ids.current.notes;
      hash.current = next;
      ids.current = { notes: notes?.id, generated: gen?.id };
      templateOf.current = gen?.templateId;
      values.current = { notes: carried ? values.current.notes : (notes?.text ?? ''), generated: gen?.text ?? '' };
      setTextState(values.current.notes);
      setGeneratedState(values.current.generated);
      setSavedAt(notes?.updatedAt ?? gen?.updatedAt ?? null);
      if (carried) {
        // Move the unassigned notes to this client instead of leaving them for whoever comes next.
        if (carriedId) await discardDraft(getAppDB(), carriedId);
        schedule('notes');
      }
    })();
    return () => {
      live = false;
    };
  }, [clientFingerprint]);

  const drop = (kind: Kind, used: boolean) => {
    clearTimeout(timers.current[kind]);
    const id = ids.current[kind];
    ids.current[kind] = undefined;
    if (id) void (used ? markDraftUsed(getAppDB(), id) : discardDraft(getAppDB(), id)).catch(() => undefined);
  };

  return {
    text,
    setText: (value) => set('notes', value),
    append(addition) {
      const now = values.current.notes;
      set('notes', now.trim() ? `${now.trimEnd()}\n${addition}` : addition);
    },
    generated,
    setGenerated(value, templateId) {
      templateOf.current = templateId ?? templateOf.current;
      set('generated', value);
    },
    discardGenerated() {
      values.current.generated = '';
      setGeneratedState('');
      drop('generated', false);
    },
    markGeneratedUsed() {
      // The text stays on screen (for undo and reference) but is no longer kept as a draft.
      drop('generated', true);
    },
    savedAt,
  };
}
