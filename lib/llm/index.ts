// Public API of the LLM layer (pure TS: runs in the side panel and in Node tests).
export { createLanguageModel, type ModelOptions } from './createLanguageModel';
export { builtInModelAvailability, createBuiltInModel, type BuiltInAvailability } from './builtInModel';
export { createGuardedFetch, describeRequestBody, type GuardedFetchOptions, type OutgoingRequest } from './guardedFetch';
export { previewRequest, type PreviewedRequest } from './previewRequest';
export { listModels, modelsUrl, testConnection, type ConnectionResult, type ListModelsOptions } from './listModels';
export { discoverContextWindow, OLLAMA_DEFAULT_CONTEXT, type ContextWindow, type DiscoverOptions, type ModelServer, type WindowSource } from './contextWindow';
export {
  classifyHttpFailure,
  classifyLlmError,
  diagnoseLlmError,
  isCorsRefusal,
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
export { buildSuggestPrompt, suggestAnswerReserve, suggestFields, suggestRequestTokens, suggestSystemPrompt, type SuggestFieldsInput } from './suggestFields';
export { streamDraft, type StreamDraftInput } from './streamDraft';
export {
  answerReserve,
  DOSSIER_PLACEHOLDER,
  planSummary,
  summarizeInChunks,
  type SummarizeInput,
  type SummaryBlock,
  type SummaryCache,
  type SummaryPlan,
  type TextProtection,
} from './summarizeInChunks';
export { countCl100kTokens, estimateTokens, TOKEN_MARGIN } from './estimateTokens';
export { withDeadline, type DeadlineOptions } from './deadline';
