import type { FieldHandle } from './scanFields';
import type { FillResult } from './types';

const norm = (v: string | boolean) =>
  typeof v === 'boolean' ? String(v) : v.trim().replace(/\s+/g, ' ').toLowerCase().replace(/^(-?\d+),(\d+)$/, '$1.$2');

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
  const now = new Map(handles.filter((h) => !h.hidden).map((h) => [h.field.key, h.field.value]));
  const pass: E[] = [];
  const refused: FillResult[] = [];
  for (const entry of entries) {
    const current = now.get(entry.key);
    if (entry.expected === undefined || current === undefined || norm(current) === norm(entry.expected)) pass.push(entry);
    else refused.push({ key: entry.key, ok: false, previous: current, error: 'changed' });
  }
  return { pass, refused };
}
