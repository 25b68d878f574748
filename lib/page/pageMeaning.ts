import { fnv1a } from './fingerprint';
import type { FieldScan } from './scanFields';
import { foldForMatch } from '../dutch';
import type { PageBlock, PageSnapshot } from './types';

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

/**
 * Regions whose text comes and goes by design: status messages, toasts and timers ("Nieuwe taak: medicatie
 * aftekenen om 12:00" in a `role="status"` toast). A log (`role="log"`, a chat or a feed of reports) is not one:
 * what is added there is content.
 */
const TRANSIENT_REGION = '[role=status], [role=alert], [role=timer], [role=marquee], [aria-live]:not([aria-live=off]):not([role=log])';

/** The folded texts of the page's transient regions, to leave a toast's "label: value" out of what was read. */
function transientTexts(doc: Document | undefined): string[] {
  if (!doc) return [];
  return Array.from(doc.querySelectorAll(TRANSIENT_REGION), (el) => foldForMatch(el.textContent ?? '')).filter(Boolean);
}

/**
 * The client and content part of a page's meaning, from a read. With the document, a pair or a piece of
 * narrative that sits in a status region or toast (see TRANSIENT_REGION) does not count: it is gone a moment
 * later. Reports and tables always count.
 */
export function contentMeaning(snapshot: PageSnapshot, doc?: Document): Pick<PageMeaning, 'client' | 'content'> {
  const transient = transientTexts(doc);
  const passing = (b: PageBlock) => (b.kind === 'pair' || b.kind === 'narrative') && transient.some((t) => t.includes(foldForMatch(b.text)));
  const content = snapshot.blocks
    .filter((b) => CONTENT_KINDS.has(b.kind) && !(transient.length > 0 && passing(b)))
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
 * @example const before = pageMeaning(readPage(doc), collectFields(doc), doc);
 */
export function pageMeaning(snapshot: PageSnapshot, scan: FieldScan, doc?: Document): PageMeaning {
  return { ...contentMeaning(snapshot, doc), ...fieldMeaning(scan) };
}

/** The most serious difference between two meanings, or null when the page means the same. */
export function meaningChange(before: PageMeaning, after: PageMeaning): MeaningChange | null {
  if (before.client !== after.client) return 'client';
  if (before.content !== after.content) return 'content';
  if (before.fields !== after.fields) return 'fields';
  if (before.values !== after.values) return 'values';
  return null;
}
