import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getAppDB } from '@/lib/db/app-db';
import { adoptUnassignedNotes, notesFor, saveNotes } from '@/lib/drafts';

/** The nurse's notes for the client on screen, kept in the extension's database as they are typed. */
export interface Notes {
  text: string;
  setText(text: string): void;
  /** Adds a transcript below the notes (dictation). */
  append(text: string): void;
  /** When the notes were last saved, or null. */
  savedAt: string | null;
}

/**
 * Notes per client from the drafts store (durable: a closed panel or a restart loses nothing). What is
 * typed is shown at once and written straight through; the stored notes are shown when the client changes.
 * `clientHash` null: not known yet, nothing is saved.
 */
export function useNotes(clientHash: string | null, retentionDays: number): Notes {
  const db = getAppDB();
  const stored = useLiveQuery(() => (clientHash === null ? undefined : notesFor(db, clientHash)), [clientHash]);
  const [typed, setTyped] = useState<{ hash: string | null; text: string } | null>(null);

  useEffect(() => {
    if (!clientHash) return;
    // Notes typed before a client was read go with this client (the store checks it has none of its own).
    void adoptUnassignedNotes(db, clientHash, { retentionDays });
    setTyped((t) => (t && t.hash === '' && t.text.trim() ? { hash: clientHash, text: t.text } : t));
  }, [clientHash]);

  const text = typed && typed.hash === clientHash ? typed.text : (stored?.text ?? '');
  // A transcript can arrive after several renders: it is added to the notes as they are then.
  const latest = useRef(text);
  latest.current = text;
  const setText = (next: string) => {
    latest.current = next;
    setTyped({ hash: clientHash, text: next });
    if (clientHash !== null) void saveNotes(db, clientHash, next, { retentionDays });
  };
  return {
    text,
    setText,
    append: (addition) => setText(latest.current.trim() ? `${latest.current.trimEnd()}\n${addition}` : addition),
    savedAt: stored?.updatedAt ?? null,
  };
}
