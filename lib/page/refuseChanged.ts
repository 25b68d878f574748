import { sameFieldValue } from '../dutch';
import type { FieldHandle } from './scanFields';
import type { FillResult } from './types';

/**
 * Splits fill entries into those whose field still shows the value the user reviewed and those whose
 * field changed on the page since (someone typed in it). The changed ones are refused with 'changed':
 * the user never saw, let alone confirmed, overwriting what is there now. Works on the handles of the
 * fill's own scan, so the page is not walked again.
 */
export function refuseChanged<E extends { key: string; expected?: string | boolean }>(
  handles: readonly FieldHandle[],
  entries: E[],
): { pass: E[]; refused: FillResult[] } {
  if (!entries.some((e) => e.expected !== undefined)) return { pass: entries, refused: [] };
  const now = new Map(handles.filter((h) => !h.hidden).map((h) => [h.field.key, h.field]));
  const pass: E[] = [];
  const refused: FillResult[] = [];
  for (const entry of entries) {
    const field = now.get(entry.key);
    if (entry.expected === undefined || field === undefined || sameFieldValue(field.kind, field.value, entry.expected)) pass.push(entry);
    else refused.push({ key: entry.key, ok: false, previous: field.value, error: 'changed' });
  }
  return { pass, refused };
}
