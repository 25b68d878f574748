// Public API of the LLM layer (pure TS: runs in the side panel and in Node tests).
export { createLanguageModel, type ModelOptions } from './createLanguageModel';
export { builtInModelAvailability, createBuiltInModel, type BuiltInAvailability } from './builtInModel';
export { createGuardedFetch, describeRequestBody, type GuardedFetchOptions, type OutgoingRequest } from './guardedFetch';
export { previewRequest, type PreviewedRequest } from './previewRequest';
export { listModels, modelsUrl, testConnection, type ConnectionResult, type ListModelsOptions } from './listModels';
export {
  classifyHttpFailure,
  classifyLlmError,
  diagnoseLlmError,
  LlmError,
  llmErrorCodeSchema,
  llmFailureSchema,
  toLlmError,
  type LlmErrorCode,
  type LlmFailure,
} from './llmError';
export {
  buildSuggestionSchema,
  isFillable,
  suggestionSchema,
  type RejectedSuggestion,
  type SchemaField,
  type Suggestion,
  type SuggestionSchema,
} from './suggestionSchema';
export { buildSuggestPrompt, suggestFields, suggestSystemPrompt, type SuggestFieldsInput } from './suggestFields';
export { streamDraft, type StreamDraftInput } from './streamDraft';
export { DOSSIER_PLACEHOLDER, summarizeInChunks, type SummarizeInput, type SummaryBlock } from './summarizeInChunks';
export { estimateTokens } from './estimateTokens';
export { withDeadline, type DeadlineOptions } from './deadline';
