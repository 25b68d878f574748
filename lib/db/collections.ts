import type { PageBlock } from '../page/types';
import type { AppDB } from './app-db';
import { dossierCollectionSchema, type DossierCollection } from './collection';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScreenInput {
  /** snapshot.clientFingerprint: '' when no client header was found on the page. */
  clientFingerprint: string;
  clientLabel: string;
  url: string;
  title: string;
  text: string;
  blocks?: PageBlock[];
}

/** Why a screen was not added; texts: `collection.<code>` in lib/i18n/locales. */
export type CollectionRefusal = 'no-client' | 'other-client';

export type AddScreenResult =
  | { ok: true; collection: DossierCollection; replaced: boolean }
  | { ok: false; code: CollectionRefusal; activeClientLabel?: string };

/**
 * Adds a screen to the active record overview. There is one active overview at a time, for one
 * client: a screen of another client is refused ('other-client'), a screen without an identified
 * client is refused ('no-client'), and a screen with the same URL replaces its earlier capture.
 *
 * @example
 * const result = await addScreenToCollection(db, { clientFingerprint: snap.clientFingerprint, clientLabel, url: snap.url, title: snap.title, text: snap.text, blocks: snap.blocks });
 */
export async function addScreenToCollection(db: AppDB, input: ScreenInput, now: Date = new Date()): Promise<AddScreenResult> {
  if (!input.clientFingerprint) return { ok: false, code: 'no-client' };
  const nowIso = now.toISOString();
  return db.transaction('rw', db.collections, async (): Promise<AddScreenResult> => {
    const active = await db.collections.toCollection().first();
    if (active && active.id !== input.clientFingerprint) {
      return { ok: false, code: 'other-client', activeClientLabel: active.clientLabel };
    }
    const screen = {
      url: input.url,
      title: input.title,
      capturedAt: nowIso,
      text: input.text,
      ...(input.blocks ? { blocks: input.blocks } : {}),
    };
    const screens = active?.screens ?? [];
    const replaced = screens.some((existing) => existing.url === input.url);
    const collection = dossierCollectionSchema.parse({
      id: input.clientFingerprint,
      clientLabel: input.clientLabel,
      createdAt: active?.createdAt ?? nowIso,
      updatedAt: nowIso,
      screens: replaced ? screens.map((existing) => (existing.url === input.url ? screen : existing)) : [...screens, screen],
    });
    await db.collections.put(collection);
    return { ok: true, collection, replaced };
  });
}

/** The active record overview, if any. */
export async function getCollection(db: AppDB): Promise<DossierCollection | undefined> {
  return db.collections.toCollection().first();
}

/** Removes one screen; the overview goes when its last screen goes. */
export async function removeScreenFromCollection(db: AppDB, url: string): Promise<DossierCollection | undefined> {
  return db.transaction('rw', db.collections, async () => {
    const active = await db.collections.toCollection().first();
    if (!active) return undefined;
    const screens = active.screens.filter((screen) => screen.url !== url);
    if (screens.length === 0) {
      await db.collections.delete(active.id);
      return undefined;
    }
    const next = { ...active, screens };
    await db.collections.put(next);
    return next;
  });
}

/** Clears the record overview. */
export async function clearCollection(db: AppDB): Promise<void> {
  await db.collections.clear();
}

/** Deletes an overview untouched for `retentionDays` (settings.draftRetentionDays). Returns how many. */
export async function purgeExpiredCollections(db: AppDB, retentionDays: number, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return db.collections.where('updatedAt').below(cutoff).delete();
}
