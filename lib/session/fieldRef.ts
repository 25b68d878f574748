import { z } from 'zod';

/**
 * Which field, across the frames of one tab: the frame the content script runs in and the field's key in
 * that frame's scan. It travels the whole way from the read to the fill as this object, never as a string
 * that has to be parsed back.
 */
export const fieldRefSchema = z.object({
  frameId: z.number().int().nonnegative(),
  key: z.string().min(1),
});
export type FieldRef = z.infer<typeof fieldRefSchema>;

/** True when both name the same field. */
export function sameRef(a: FieldRef, b: FieldRef): boolean {
  return a.frameId === b.frameId && a.key === b.key;
}

/**
 * A map key / React key for a field reference. One way only: nothing ever reads a FieldRef back out of it.
 * @example refId({ frameId: 0, key: '#meting_pols' }) // '0 #meting_pols'
 */
export function refId(ref: FieldRef): string {
  return `${ref.frameId} ${ref.key}`;
}

/** The reference of anything that carries a frame id and a frame-local key (a panel field, a fill result). */
export function refOf(item: { frameId: number; key: string }): FieldRef {
  return { frameId: item.frameId, key: item.key };
}
