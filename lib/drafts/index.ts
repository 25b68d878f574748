export * from './draft';
export { discardDraft, getDrafts, markDraftUsed, purgeExpiredDrafts, saveDraft, type DraftInput, type DraftTiming } from './drafts';
