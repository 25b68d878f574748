import { sameFieldValue } from '../dutch';
import { scanFields, type ScanOptions } from './scanFields';
import type { FillResult } from './types';

/**
 * Splits fill entries into those whose field still shows the value the user reviewed and those whose
 * field changed on the page since (someone typed in it). The changed ones are refused with 'changed':
 * the user never saw, let alone confirmed, overwriting what is there now.
 */
export function refuseChanged<E extends { key: string; expected?: string | boolean }>(
  doc: Document,
  entries: E[],
  options: ScanOptions = {},
): { pass: E[]; refused: FillResult[] } {
  if (!entries.some((e) => e.expected !== undefined)) return { pass: entries, refused: [] };
  const now = new Map(scanFields(doc, options).map((f) => [f.key, f]));
  const pass: E[] = [];
  const refused: FillResult[] = [];
  for (const entry of entries) {
    const field = now.get(entry.key);
    if (entry.expected === undefined || field === undefined || sameFieldValue(field.kind, field.value, entry.expected)) pass.push(entry);
    else refused.push({ key: entry.key, ok: false, previous: field.value, error: 'changed' });
  }
  return { pass, refused };
}
