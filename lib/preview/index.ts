/**
 * What "Bekijk wat er verstuurd wordt" shows: the request as it leaves the browser, made readable (every
 * placeholder marked, the originals kept here), and what was replaced, by kind. Pure: no DOM, no network.
 */
export { distinctReplacements, groupReplacements, REPLACEMENT_ORDER, type Replacement, type ReplacementGroup } from './replacements';
export { readableRequest, segmentText, type PreviewPart, type PreviewSegment, type ReadableRequest } from './readableRequest';
