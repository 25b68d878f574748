import { useEffect, useRef, useState } from 'react';
import { hashClientRef } from '@/lib/audit';
import { getInstallSalt } from '@/lib/audit/installSalt';
import { getAppDB } from '@/lib/db/app-db';
import { discardDraft, getDrafts, markDraftUsed, saveDraft, type DraftKind } from '@/lib/drafts';

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

const SAVE_DELAY_MS = 400;

/**
 * Durable drafts in the extension's own database (never the page's): they survive a closed panel and a
 * browser restart, per client, and expire after the retention period.
 */
export function useNotesDraft(clientFingerprint: string, retentionDays: number): NotesDraft {
  const [clientHash, setClientHash] = useState<string | null>(null);
  const [text, setTextState] = useState('');
  const [generated, setGeneratedState] = useState('');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const ids = useRef<Partial<Record<DraftKind, string>>>({});
  const timers = useRef<Partial<Record<DraftKind, ReturnType<typeof setTimeout>>>>({});
  const generatedTemplate = useRef<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void (async () => {
      const hash = clientFingerprint ? await hashClientRef(clientFingerprint, await getInstallSalt()) : '';
      const drafts = await getDrafts(getAppDB(), hash);
      if (!live) return;
      const notes = drafts.find((d) => d.kind === 'notes');
      const gen = drafts.find((d) => d.kind === 'generated');
      ids.current = { notes: notes?.id, generated: gen?.id };
      generatedTemplate.current = gen?.templateId;
      setClientHash(hash);
      setTextState(notes?.text ?? '');
      setGeneratedState(gen?.text ?? '');
      setSavedAt(notes?.updatedAt ?? gen?.updatedAt ?? null);
    })();
    return () => {
      live = false;
    };
  }, [clientFingerprint]);

  const persist = (kind: 'notes' | 'generated', value: string, templateId?: string) => {
    if (clientHash === null) return;
    clearTimeout(timers.current[kind]);
    timers.current[kind] = setTimeout(() => {
      const db = getAppDB();
      const id = ids.current[kind];
      if (!value.trim()) {
        if (id) void discardDraft(db, id);
        ids.current[kind] = undefined;
        return;
      }
      void saveDraft(db, { id, clientHash, kind, text: value, templateId }, { retentionDays }).then((d) => {
        ids.current[kind] = d.id;
        setSavedAt(d.updatedAt);
      });
    }, SAVE_DELAY_MS);
  };

  const drop = (kind: 'notes' | 'generated', used: boolean) => {
    clearTimeout(timers.current[kind]);
    const id = ids.current[kind];
    ids.current[kind] = undefined;
    if (id) void (used ? markDraftUsed(getAppDB(), id) : discardDraft(getAppDB(), id));
  };

  return {
    text,
    setText(value) {
      setTextState(value);
      persist('notes', value);
    },
    append(addition) {
      const value = text.trim() ? `${text.trimEnd()}\n${addition}` : addition;
      setTextState(value);
      persist('notes', value);
    },
    generated,
    setGenerated(value, templateId) {
      generatedTemplate.current = templateId ?? generatedTemplate.current;
      setGeneratedState(value);
      persist('generated', value, generatedTemplate.current);
    },
    discardGenerated() {
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
