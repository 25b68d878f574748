import { z } from 'zod';
import { pageBlockSchema } from '../page/types';

/** One ECD screen captured for the record overview ("dossieroverzicht"). */
export const collectionScreenSchema = z.object({
  url: z.string(),
  title: z.string(),
  capturedAt: z.iso.datetime(),
  text: z.string(),
  blocks: z.array(pageBlockSchema).optional(),
});
export type CollectionScreen = z.infer<typeof collectionScreenSchema>;

/**
 * Screens the user gathered about ONE client, to summarise together. Keyed by the page's
 * clientFingerprint so screens of different clients can never end up in one overview.
 */
export const dossierCollectionSchema = z.object({
  /** The clientFingerprint of every screen in it. */
  id: z.string().min(1),
  /** What the panel shows as "collecting for …"; set by the caller (e.g. initials). */
  clientLabel: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  screens: z.array(collectionScreenSchema),
});
export type DossierCollection = z.infer<typeof dossierCollectionSchema>;
