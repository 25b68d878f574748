import { fnv1a } from './fingerprint';
import { readClient } from './readPage';
import { collectFields, type FieldScan, type ScanOptions } from './scanFields';

/**
 * Fingerprint from an existing scan (one collection per message serves the fingerprint and the fill).
 * `clientFingerprint` saves reading the header again when the caller just read it.
 */
export function fingerprintOfScan(doc: Document, scan: FieldScan, clientFingerprint?: string): string {
  const items = scan.handles
    .filter((h) => !h.inClosedRoot && !h.field.unreachable)
    .map((h) => `${h.field.key}:${h.field.kind}`)
    .concat(scan.closedHosts)
    .sort();
  return fnv1a(`${clientFingerprint ?? readClient(doc).fingerprint}|${items.join('\n')}`);
}

/**
 * Identifies "this client, this form": the client fingerprint plus every field key and kind (hidden fields
 * too, so a conditional field appearing does not count as another form). A fill is refused as 'stale' when
 * it no longer matches, e.g. after switching dossier or an SPA navigation to another form. Fields inside
 * closed shadow roots count by their host only, so the value is the same with or without openShadowRoot.
 */
export function fieldsFingerprint(doc: Document, options?: ScanOptions): string {
  return fingerprintOfScan(doc, collectFields(doc, options));
}
