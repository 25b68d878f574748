/**
 * The page layer: pure DOM functions that read the ECD page, scan and fill its fields, and point at things.
 * It imports no extension APIs (only zod types, dom-accessibility-api and @mozilla/readability), so it runs in
 * a content script, in the page's own world and in tests.
 *
 * Frames: every function works on the one document it is given. Iframes are never entered; the extension
 * injects its content script into every frame, and each frame reads, scans and fills its own document.
 */
// Types only: the zod schemas stay in ./types, so a content script bundle does not carry zod for nothing.
export type {
  BlockKind, ClientHeader, FieldKind, FillEntry, FillErrorCode, FillResult, PageBlock, PageSnapshot, ScannedField,
} from './types';
export { readPage } from './readPage';
export { locateRef } from './refs';
export { locateQuote } from './locateQuote';
export { scanFields, findFieldElement, type ScanOptions } from './scanFields';
export { fillFields, undoFill, type FillOptions } from './fillFields';
export { clearDirectly, clearModelChoice, type ClearInPageWorld } from './modelChoice';
export { fieldsFingerprint } from './fieldsFingerprint';
export { clientFingerprint } from './fingerprint';
export { highlightElement, highlightRange, markFilled, type HighlightOptions } from './highlight';
export { watchPageChanges, type PageChangeReason, type WatchOptions } from './watchPageChanges';
export type { OpenShadowRoot } from './flatTree';
