import { fnv1a } from './fingerprint';
import type { FieldScan } from './scanFields';
import type { PageSnapshot } from './types';

/**
 * What a read depends on, as digests: who the client is, which fields the page offers (with their
 * options), what they hold, and the content that was read (reports, tables, label–value pairs, the
 * allergy and wilsverklaring alerts, narrative text). A ticking session timer, a toast, an unread badge,
 * a spinner or a style change touches none of these.
 */
export interface PageMeaning {
  client: string;
  fields: string;
  values: string;
  content: string;
}

/** Why the panel's snapshot no longer matches the page, from most to least serious. */
export type MeaningChange = 'client' | 'content' | 'fields' | 'values';

const CONTENT_KINDS = new Set(['report', 'table', 'pair', 'narrative']);

/** The client and content part of a page's meaning, from a read. */
export function contentMeaning(snapshot: PageSnapshot): Pick<PageMeaning, 'client' | 'content'> {
  const content = snapshot.blocks
    .filter((b) => CONTENT_KINDS.has(b.kind))
    .map((b) => `${b.kind}|${b.date ?? ''}|${b.author ?? ''}|${b.text}`)
    .concat(snapshot.alerts.filter((a) => a.kind !== 'overig').map((a) => `alert|${a.kind}|${a.text}`));
  return { client: snapshot.clientFingerprint, content: fnv1a(content.join('\n')) };
}

/** The fields part of a page's meaning, from a field scan: the visible fields with their options, and their values. */
export function fieldMeaning(scan: FieldScan): Pick<PageMeaning, 'fields' | 'values'> {
  const visible = scan.handles.filter((h) => !h.hidden);
  return {
    fields: fnv1a(visible.map((h) => `${h.field.key}:${h.field.kind}:${(h.field.options ?? []).join('\u241e')}`).join('\n')),
    values: fnv1a(visible.map((h) => `${h.field.key}=${String(h.field.value)}`).join('\n')),
  };
}

/**
 * The meaning of a page from a read and a field scan of the same moment.
 * @example const before = pageMeaning(readPage(doc), collectFields(doc));
 */
export function pageMeaning(snapshot: PageSnapshot, scan: FieldScan): PageMeaning {
  return { ...contentMeaning(snapshot), ...fieldMeaning(scan) };
}

/** The most serious difference between two meanings, or null when the page means the same. */
export function meaningChange(before: PageMeaning, after: PageMeaning): MeaningChange | null {
  if (before.client !== after.client) return 'client';
  if (before.content !== after.content) return 'content';
  if (before.fields !== after.fields) return 'fields';
  if (before.values !== after.values) return 'values';
  return null;
}
