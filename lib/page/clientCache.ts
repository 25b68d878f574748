import type { ClientHeader } from './types';

/**
 * The client of a document, remembered until the DOM changes, so fieldsFingerprint right after readPage (or
 * at fill time) does not read a 10,000-report page again. A MutationObserver marks the entry stale at the
 * first change and then disconnects (no cost while the page keeps changing); takeRecords() catches changes
 * made in the same task. Changes inside shadow roots are not observed, hence also a maximum age.
 */
interface Entry {
  client: ClientHeader | null;
  fingerprint: string;
  at: number;
  stale: boolean;
  observer: MutationObserver | null;
}

const MAX_AGE_MS = 10_000;
const entries = new WeakMap<Document, Entry>();

export function rememberClient(doc: Document, client: ClientHeader | null, fingerprint: string): void {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer || !doc.documentElement) return;
  const previous = entries.get(doc);
  previous?.observer?.disconnect();
  const entry: Entry = { client, fingerprint, at: Date.now(), stale: false, observer: null };
  entry.observer = new Observer(() => {
    entry.stale = true;
    entry.observer?.disconnect();
  });
  entry.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  entries.set(doc, entry);
}

export function recallClient(doc: Document): { client: ClientHeader | null; fingerprint: string } | null {
  const entry = entries.get(doc);
  if (!entry || entry.stale) return null;
  if ((entry.observer?.takeRecords().length ?? 0) > 0 || Date.now() - entry.at > MAX_AGE_MS) {
    entry.stale = true;
    entry.observer?.disconnect();
    return null;
  }
  return entry;
}
