import type { AppDB } from '../db/app-db';
import { draftSchema, type Draft, type DraftKind } from './draft';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DraftInput {
  /** Give the id of an existing draft to update it; leave out to start a new one. */
  id?: string;
  clientHash: string;
  kind: DraftKind;
  templateId?: string;
  text: string;
  sourceNotes?: string;
  scope?: Draft['scope'];
  status?: Draft['status'];
}

export interface DraftTiming {
  /** settings.draftRetentionDays */
  retentionDays: number;
  now?: Date;
}

/**
 * Saves a draft, new or updated. Every save moves its expiry to `now + retentionDays`.
 * An update keeps the draft's client: a draft can never move to another client.
 *
 * @example const draft = await saveDraft(db, { clientHash, kind: 'notes', text }, { retentionDays: settings.draftRetentionDays })
 */
export async function saveDraft(db: AppDB, input: DraftInput, timing: DraftTiming): Promise<Draft> {
  const now = timing.now ?? new Date();
  if (!Number.isFinite(timing.retentionDays) || timing.retentionDays < 1) throw new Error('retentionDays must be at least 1');
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + timing.retentionDays * DAY_MS).toISOString();
  return db.transaction('rw', db.drafts, async () => {
    const existing = input.id ? await db.drafts.get(input.id) : undefined;
    if (existing && existing.clientHash !== input.clientHash) {
      throw new Error('This draft belongs to another client and cannot be saved for this one.');
    }
    const draft = draftSchema.parse({
      id: existing?.id ?? input.id ?? crypto.randomUUID(),
      clientHash: input.clientHash,
      kind: input.kind,
      ...(input.templateId !== undefined ? { templateId: input.templateId } : {}),
      text: input.text,
      ...(input.sourceNotes !== undefined ? { sourceNotes: input.sourceNotes } : {}),
      ...(input.scope !== undefined ? { scope: input.scope } : {}),
      createdAt: existing?.createdAt ?? nowIso,
      updatedAt: nowIso,
      expiresAt,
      status: input.status ?? 'open',
    });
    await db.drafts.put(draft);
    return draft;
  });
}

/**
 * Open drafts that have not expired, newest first; only those of one client when `clientHash` is given.
 */
export async function getDrafts(db: AppDB, clientHash?: string, now: Date = new Date()): Promise<Draft[]> {
  const nowIso = now.toISOString();
  const rows = clientHash === undefined ? await db.drafts.toArray() : await db.drafts.where('clientHash').equals(clientHash).toArray();
  return rows.filter((draft) => draft.expiresAt > nowIso).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Throws the draft away. */
export async function discardDraft(db: AppDB, id: string): Promise<void> {
  await db.drafts.delete(id);
}

/**
 * The draft was used (copied or filled into the ECD): it is deleted, as nothing of it should
 * linger. Returns the draft as it was, e.g. for the audit log; undefined when it did not exist.
 */
export async function markDraftUsed(db: AppDB, id: string): Promise<Draft | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const draft = await db.drafts.get(id);
    if (draft) await db.drafts.delete(id);
    return draft;
  });
}

/** Deletes drafts whose expiry has passed. Returns how many. */
export async function purgeExpiredDrafts(db: AppDB, now: Date = new Date()): Promise<number> {
  return db.drafts.where('expiresAt').belowOrEqual(now.toISOString()).delete();
}
