import { createRequire } from 'node:module';
import { createFrameAgent } from '../../lib/session/frameAgent';
import { mergeFrames, type TabRead } from '../../lib/session';

/** The part of jsdom used here (the project has no @types/jsdom, so the shape is stated once). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; pretendToBeVisual: boolean }) => { window: { document: Document; close(): void } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/**
 * Reads a case's page the way the extension reads a tab with one frame: the content script's agent reads
 * the document and the panel merges it (mergeFrames).
 * jsdom has no layout; the page layer is built to decide visibility without it. Scripts do not run, so
 * a case's page must be the rendered HTML.
 */
export function readCasePage(html: string, url: string): TabRead {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  try {
    const doc = dom.window.document;
    return mergeFrames(0, [{ frameId: 0, ...createFrameAgent(doc, { isTop: () => true }).read(), url }]);
  } finally {
    dom.window.close();
  }
}
