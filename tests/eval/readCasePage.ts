import { createRequire } from 'node:module';
import { fieldsFingerprint, readPage, scanFields } from '../../lib/page/index';
import { mergeFrames } from '../../lib/tab/mergeFrames';
import type { TabRead } from '../../lib/tab/types';

/** The part of jsdom used here (the project has no @types/jsdom, so the shape is stated once). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; pretendToBeVisual: boolean }) => { window: { document: Document; close(): void } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/**
 * Reads a case's page the way the extension reads a tab with one frame: the content script's read
 * (readPage + scanFields + fieldsFingerprint on the document) merged by the panel (mergeFrames).
 * jsdom has no layout; the page layer is built to decide visibility without it. Scripts do not run, so
 * a case's page must be the rendered HTML.
 */
export function readCasePage(html: string, url: string): TabRead {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  try {
    const doc = dom.window.document;
    return mergeFrames(0, [
      { frameId: 0, isTop: true, url, snapshot: readPage(doc), fields: scanFields(doc), fieldsFingerprint: fieldsFingerprint(doc) },
    ]);
  } finally {
    dom.window.close();
  }
}
