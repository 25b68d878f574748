export * from './draft';
export { discardDraft, getDrafts, markDraftUsed, purgeExpiredDrafts, saveDraft, type DraftInput, type DraftTiming } from './drafts';
export {
  adoptUnassignedNotes,
  GENERATED_HISTORY,
  generatedDrafts,
  notesDraftId,
  notesFor,
  saveGeneratedText,
  saveNotes,
  startGeneratedDraft,
} from './draftStore';
export { isInterrupted, writeGeneratedDraft } from './writeGeneratedDraft';
export { createSummaryCache, purgeExpiredSummaries } from './summaryCache';
export { fillTransparencyMark, withTransparencyMark } from './transparencyMark';
