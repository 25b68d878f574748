// The content script's side of the flow. Imported by entrypoints/content.ts, so it takes lib/page's
// modules one by one (the bundle runs in every frame of the ECD) and imports no zod and no extension API.
import { fingerprintOfScan } from '../page/fieldsFingerprint';
import { fillFields, undoFill } from '../page/fillFields';
import { highlightElement, highlightRange, markFilled } from '../page/highlight';
import { locateQuote } from '../page/locateQuote';
import { readPage } from '../page/readPage';
import { contentMeaning, fieldMeaning, meaningChange, type MeaningChange, type PageMeaning } from '../page/pageMeaning';
import type { ClearInPageWorld } from '../page/modelChoice';
import { locateRef } from '../page/refs';
import { collectFields, type FieldScan, type ScanOptions } from '../page/scanFields';
import type { FillEntry, FillResult } from '../page/types';
import type { FrameRead } from './types';

/** What the panel asks one frame to do. Every request collects the frame's fields once and works on that. */
export interface FrameAgent {
  read(): FrameRead;
  /** The frame's client + field-set fingerprint now, to check a frame that is not itself filled. */
  fingerprint(): string;
  /** Writes confirmed values and marks what was filled; refused as a whole when the form is not the one read. */
  fill(request: { entries: FillEntry[]; expectedFingerprint: string }): Promise<FillResult[]>;
  /** Puts back what a fill replaced, where the field still holds what was filled (a hand correction stays). */
  undo(request: { results: FillResult[]; expectedFingerprint: string }): Promise<FillResult[]>;
  /** Scrolls to and briefly highlights a quote (inside a block ref) or a field. */
  locate(target: { quote?: string; ref?: string; fieldKey?: string }): boolean;
  /**
   * What changed since the last read that the read depends on (client, content, field set, values), or
   * null — also when nothing was read yet. Our own fills and undos do not count.
   */
  changeSinceRead(): MeaningChange | null;
}

/**
 * The content-script handlers for one document, behind one interface so they can be tested with jsdom or
 * happy-dom as they run in production. Like an autofill that keeps an id per field, each request scans
 * once and uses the element handles of that scan to fingerprint, fill, mark and read back.
 *
 * @example const agent = createFrameAgent(document, { openShadowRoot }); onMessage('readPage', () => agent.read());
 */
export function createFrameAgent(
  doc: Document, options: ScanOptions & { isTop?: () => boolean; clearInPageWorld?: ClearInPageWorld } = {},
): FrameAgent {
  const scanOptions: ScanOptions = { openShadowRoot: options.openShadowRoot };
  const { clearInPageWorld } = options;
  const scan = (): FieldScan => collectFields(doc, scanOptions);
  const isTop = options.isTop ?? (() => doc.defaultView === doc.defaultView?.top);
  // What the last read depended on; a fill or undo moves the values (and fields) along with it.
  let baseline: PageMeaning | null = null;
  let reported: string | null = null;
  // While we fill or undo, the page changes because of us.
  let busy = 0;
  const settleBaseline = (fields: FieldScan) => {
    if (baseline) baseline = { ...baseline, ...fieldMeaning(fields) };
  };

  return {
    read() {
      const snapshot = readPage(doc);
      const fields = scan();
      baseline = { ...contentMeaning(snapshot, doc), ...fieldMeaning(fields) };
      reported = null;
      // The views are subsets of the blocks: sent once, as blocks (see FrameSnapshot).
      const { reports: _reports, tables: _tables, pairs: _pairs, alerts: _alerts, ...compact } = snapshot;
      return {
        url: doc.location?.href ?? snapshot.url,
        isTop: isTop(),
        snapshot: compact,
        fields: fields.handles.filter((h) => !h.hidden).map((h) => h.field),
        fieldsFingerprint: fingerprintOfScan(doc, fields, snapshot.clientFingerprint),
      };
    },
    fingerprint: () => fingerprintOfScan(doc, scan()),
    async fill({ entries, expectedFingerprint }) {
      const fields = scan();
      busy++;
      const results = await fillFields(doc, entries, { ...scanOptions, scan: fields, expectedFingerprint, clearInPageWorld }).finally(() => busy--);
      const elements = new Map(fields.handles.map((h) => [h.field.key, h.el]));
      for (const result of results) {
        const el = result.ok ? elements.get(result.key) : undefined;
        if (el?.isConnected) markFilled(el);
      }
      settleBaseline(scan());
      return results;
    },
    async undo({ results, expectedFingerprint }) {
      busy++;
      const undone = await undoFill(doc, results, { ...scanOptions, scan: scan(), expectedFingerprint, clearInPageWorld }).finally(() => busy--);
      settleBaseline(scan());
      return undone;
    },
    locate(target) {
      if (target.fieldKey) {
        const el = scan().handles.find((h) => h.field.key === target.fieldKey)?.el ?? null;
        if (el) highlightElement(el);
        return el !== null;
      }
      if (target.quote) {
        const range = locateQuote(doc, target.quote, target.ref);
        if (range) {
          highlightRange(range);
          return true;
        }
      }
      const el = target.ref ? locateRef(doc, target.ref, scanOptions.openShadowRoot) : null;
      if (el) highlightElement(el);
      return el !== null;
    },
    changeSinceRead() {
      if (!baseline || busy > 0) return null;
      // Fields first: cheap. The content needs a whole read, which the watcher runs sparingly.
      const now = { ...fieldMeaning(scan()), ...contentMeaning(readPage(doc), doc) };
      const change = meaningChange(baseline, now);
      // Each state of the page is reported once; a later, different change is reported again.
      const state = change ? `${change} ${now.client} ${now.content} ${now.fields} ${now.values}` : null;
      if (state === reported) return null;
      reported = state;
      return change;
    },
  };
}
