/**
 * Deterministic measurement extraction, plausibility and grounding. Pure: no DOM, no extension APIs,
 * so it runs in the side panel, in tests and bundled for Node.
 */
export { extractMeasurements } from './extractMeasurements';
export {
  measurementKindSchema,
  measurementPartSchema,
  measurementSchema,
  measurementTargetSchema,
  measurementUnitSchema,
  targetKind,
  unitForKind,
  type Measurement,
  type MeasurementKind,
  type MeasurementPart,
  type MeasurementTarget,
  type MeasurementUnit,
} from './measurement';
export {
  checkPlausibility,
  plausibilityReasonSchema,
  plausibilityResultSchema,
  plausibleRanges,
  type PlausibilityReason,
  type PlausibilityResult,
} from './plausibility';
export { measurementKindForLabel } from './measurementForLabel';
export { locateQuoteInSource, type TextRange } from './quoteInSource';
/** @deprecated The name this contract had before lib/page's DOM `locateQuote` was told apart; use locateQuoteInSource. */
export { locateQuoteInSource as locateQuote } from './quoteInSource';
export {
  groundingFailureSchema,
  groundingResultSchema,
  verifyGrounding,
  type GroundingFailure,
  type GroundingOptions,
  type GroundingResult,
} from './grounding';
export {
  offlineFieldSchema,
  offlineOptionsSchema,
  offlineSuggestionSchema,
  suggestFromMeasurements,
  type OfflineField,
  type OfflineOptions,
  type OfflineSuggestion,
} from './offline';
