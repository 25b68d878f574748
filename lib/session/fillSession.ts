import type { Auditor } from '../audit/auditor';
import { fillTransparencyMark, withTransparencyMark } from '../drafts/transparencyMark';
import { sameFieldValue } from '../dutch';
import { reachedServer } from '../llm/failureFacts';
import type { LlmFailure } from '../llm/llmError';
import type { RejectedSuggestion } from '../llm/suggestionSchema';
import type { ContextSelection, PreparedSuggestions, SelectionScope, SuggestOutcome } from '../pipeline';
import {
  acceptAllGrounded,
  awaitingNoEmptyChoiceConfirm,
  awaitingOverwriteConfirm,
  confirmNoEmptyChoice,
  confirmOverwrite,
  decide,
  editValue,
  fillRequestsFor,
  reviewOutcome,
} from '../review/decisions';
import type { ReviewItem } from '../review/reviewItem';
import type { PageChangeReason } from '../page/watchPageChanges';
import type { SendPolicy } from '../settings/sendPolicy';
import { refId, type FieldRef } from './fieldRef';
import { fillableFields } from './fillableFields';
import { fillTab, locateInTab, mergeFillResults, undoTabFill } from './fillTab';
import { readTab, TabReadError } from './readTab';
import type { TabTransport } from './tabTransport';
import type { FillRequest, TabFillResult, TabRead } from './types';

/** Something the person should be told, as a translation key with its number. */
export interface SessionNotice {
  code:
    | 'fill.nothing'
    | 'fields.noFields'
    | 'fill.onlyOverwrites'
    | 'fill.onlyNoEmptyChoice'
    | 'fill.allDone'
    | 'fill.failed'
    | 'fill.undoPartial'
    | 'fill.undoFailed'
    | 'review.quoteNotOnPage'
    | 'audit.failed';
  count?: number;
}

/** Suggestions belong to the read they were made from: filling uses that read's fingerprints. */
export interface SessionReview {
  tab: TabRead;
  items: ReviewItem[];
  /** Answers of the model that validation dropped, and why. */
  rejected: RejectedSuggestion[];
}

/** A fill and the read it was made on, so undo goes to the same frames and forms. */
export interface SessionFill {
  tab: TabRead;
  /** Every field filled on this read so far (a later fill of the same field replaces its result). */
  results: TabFillResult[];
  /** The last "Invullen" alone: what the Logboek's fill line for it says ("2 van 2 ingevuld"). */
  last: { filled: number; total: number };
}

export interface FillSessionState {
  tabId: number | null;
  tab: TabRead | null;
  reading: boolean;
  readFailure: { code: 'no-access' | 'no-content'; failedFrames: TabRead['failedFrames'] } | null;
  /**
   * The page is no longer the one read (navigation, another client, other content): suggesting and filling
   * wait for a new read. The fill-time fingerprint stays the hard guard either way.
   */
  stale: boolean;
  /** Why the snapshot went stale, or what changed that does not block (fields appeared, values typed). */
  pageChange: PageChangeReason | 'reload' | null;
  suggesting: boolean;
  /** The last suggestion request failed (or was cancelled); nothing of it reached the review. */
  failure: LlmFailure | null;
  /** Identifiers replaced in the request last prepared. */
  identifiers: number;
  /** Whether that request reached the server ("verstuurd" is said only then; not when it was unreachable). */
  sent: boolean;
  review: SessionReview | null;
  filling: boolean;
  fill: SessionFill | null;
  /** Which reports field suggestions take: the default selection, or a period the person widened it to. */
  scope: SelectionScope;
  /** What of the page the request last prepared takes, and the window it was budgeted against. */
  selection: { selection: ContextSelection; windowTokens: number } | null;
  /**
   * Fields the last undo did not put back, each with why and what it holds now (a choice with no way back to
   * "nothing chosen", a field changed by hand since): never reported as undone.
   */
  notUndone: Pick<SessionFill, 'tab' | 'results'> | null;
  /** A request waiting for the person to look at it before it is sent (or only shown). */
  preview: { url: string; body: string; prepared: PreparedSuggestions; thenSend: boolean } | null;
  notice: SessionNotice | null;
}

export interface FillSession {
  getState(): FillSessionState;
  subscribe(listener: () => void): () => void;
  /** Another tab: everything of the previous one is dropped. */
  setTab(tabId: number | null): void;
  read(): Promise<TabRead | null>;
  /** The page changed since the read (reported by the content script or the browser). */
  markStale(reason: PageChangeReason): void;
  /** A full page load: the content script and every element handle are gone, and so is undo. */
  pageReloaded(): void;
  /** Widens (or narrows back) what field suggestions take of the page; the selection is prepared again. */
  setScope(scope: SelectionScope, policy: SendPolicy, notes: string): Promise<void>;
  /** Prepares (selects, pseudonymises, builds the schema for) a suggestion request without sending it. */
  prepare(policy: SendPolicy, notes: string): Promise<PreparedSuggestions>;
  /** Asks the model; with `previewFirst` the request is shown and sent only after confirmPreview(). */
  suggest(policy: SendPolicy, notes: string, options?: { previewFirst?: boolean }): Promise<void>;
  showPreview(policy: SendPolicy, notes: string): Promise<void>;
  confirmPreview(): Promise<void>;
  closePreview(): void;
  cancel(): void;
  /** Values found deterministically in the page text, for when no model can be reached. */
  suggestOffline(policy: SendPolicy, notes: string): Promise<void>;
  decide(field: FieldRef, decision: ReviewItem['decision']): void;
  edit(field: FieldRef, value: string | boolean): void;
  confirmOverwrite(field: FieldRef, confirmed: boolean): void;
  /** The person knows the choice may not be emptied again once filled (ReviewItem.noEmptyChoice). */
  confirmNoEmptyChoice(field: FieldRef, confirmed: boolean): void;
  acceptAll(): void;
  /** What "Invullen" would write now. */
  pendingFills(): FillRequest[];
  /** This review already filled this field with this very value (its card says "ingevuld"). */
  isFilled(item: ReviewItem): boolean;
  fill(): Promise<void>;
  undo(): Promise<void>;
  locate(item: ReviewItem): Promise<void>;
  /**
   * Puts one text into one field through the same confirm-and-fill path (drafts). When the organisation set
   * an AI transparency mark, the mark goes after the text (see transparencyMarkFor).
   */
  insertText(field: FieldRef, text: string, expected: string | boolean): Promise<TabFillResult | null>;
  /** The mark insertText adds, with the user filled in; null when the organisation set none. */
  transparencyMarkFor(): string | null;
  undoInsert(result: TabFillResult): Promise<boolean>;
  dismissNotice(): void;
  dismissFailure(): void;
}

export interface FillSessionDeps {
  transport: TabTransport;
  auditor: Auditor;
  /** The pipeline loads on first use (model SDKs, name lists), keeping the panel quick to open. */
  loadPipeline?: () => Promise<typeof import('../pipeline')>;
  /** Turns an unexpected error into a failure the UI can show. */
  classify?: (error: unknown) => Promise<LlmFailure>;
  now?: () => Date;
  /** The organisation's AI transparency mark template (settings.aiTransparencyMark) and the user it names. */
  transparencyMark?: () => { template: string | null; userId: string };
}

const initialState = (tabId: number | null): FillSessionState => ({
  tabId,
  tab: null,
  reading: false,
  readFailure: null,
  stale: false,
  pageChange: null,
  suggesting: false,
  failure: null,
  identifiers: 0,
  sent: false,
  review: null,
  filling: false,
  fill: null,
  notUndone: null,
  preview: null,
  scope: { kind: 'auto' },
  selection: null,
  notice: null,
});

/** The same client, frames and forms: a fill made on `earlier` can still be undone after reading `later`. */
function sameForms(earlier: TabRead, later: TabRead, frameIds: number[]): boolean {
  return frameIds.every((id) => {
    const a = earlier.frames.find((f) => f.frameId === id);
    const b = later.frames.find((f) => f.frameId === id);
    return !!a && !!b && a.fieldsFingerprint === b.fieldsFingerprint && a.url === b.url;
  });
}

/**
 * The one owner of read → suggest → review → fill → undo for a tab. Components render its state and call
 * its methods; they hold no flow logic. Every step is audited through the auditor, and every field travels
 * as a FieldRef from the read to the fill.
 *
 * @example
 * const session = createFillSession({ transport: browserTabTransport, auditor });
 * session.setTab(tabId); await session.read(); await session.suggest(sendPolicyFor(settings), notes);
 */
export function createFillSession(deps: FillSessionDeps): FillSession {
  let state = initialState(null);
  const listeners = new Set<() => void>();
  let readTicket = 0;
  let abort: AbortController | null = null;
  const loadPipeline = deps.loadPipeline ?? (() => import('../pipeline'));
  const classify = deps.classify ?? (async (error: unknown) => (await import('../llm/llmError')).toLlmError(error).failure);
  const now = deps.now ?? (() => new Date());

  const set = (patch: Partial<FillSessionState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const subjectOf = (tab: TabRead | null) => (tab ? { url: tab.url, clientFingerprint: tab.clientFingerprint } : null);
  const audit = async (event: Parameters<Auditor['record']>[0], tab: TabRead | null = state.tab) => {
    const ok = await deps.auditor.record(event, subjectOf(tab));
    if (!ok) set({ notice: { code: 'audit.failed' } });
  };
  const setItems = (change: (items: ReviewItem[]) => ReviewItem[]) => {
    if (state.review) set({ review: { ...state.review, items: change(state.review.items) } });
  };
  // A field this review already filled with this very value is not sent again.
  const alreadyFilled = (item: ReviewItem) => {
    const fill = state.fill;
    if (!fill || !state.review || fill.tab.readAt !== state.review.tab.readAt) return false;
    const done = fill.results.find((r) => r.ok && r.frameId === item.field.frameId && r.key === item.field.key);
    return !!done && done.value !== undefined && sameFieldValue(item.kind, done.value, item.suggested);
  };

  const prepare = async (policy: SendPolicy, notes: string): Promise<PreparedSuggestions> => {
    const tab = state.tab;
    if (!tab) throw new Error('Nothing was read yet');
    const { prepareSuggestions, resolveContextWindow } = await loadPipeline();
    // The window the server tells (Ollama, vLLM, LM Studio, llama.cpp), asked through the egress lock.
    const contextWindow = await resolveContextWindow(policy).catch(() => undefined);
    let count = 0;
    const prepared = prepareSuggestions(
      tab,
      {
        ...policy,
        contextWindow,
        // Logged before the request leaves, so a transfer is on record even if the panel closes mid-way.
        onRequest: (r) => {
          void audit({ type: 'send', kind: 'field-suggestions', bytes: r.body?.length ?? 0, pseudonymizedCount: count, payload: r.body ?? undefined }, tab);
        },
      },
      notes,
      { scope: state.scope },
    );
    count = prepared.outgoing.identifiers;
    set({ identifiers: count, selection: { selection: prepared.selection, windowTokens: prepared.windowTokens } });
    return prepared;
  };

  const run = async (prepared: PreparedSuggestions) => {
    const tab = state.tab;
    abort = new AbortController();
    set({ suggesting: true, failure: null, notice: null, review: null, sent: false });
    let outcome: SuggestOutcome;
    try {
      outcome = await prepared.run(abort.signal);
    } catch (error) {
      outcome = { ok: false, failure: await classify(error) };
    }
    if (!tab || state.tab?.readAt !== tab.readAt) {
      // The page was read again meanwhile: these suggestions belong to a read that is gone.
      set({ suggesting: false });
      return;
    }
    if (outcome.ok) set({ suggesting: false, sent: true, review: { tab, items: outcome.items, rejected: outcome.rejected } });
    else set({ suggesting: false, sent: reachedServer(outcome.failure), failure: outcome.failure });
    await audit(
      outcome.ok
        ? { type: 'outcome', kind: 'field-suggestions', outcome: 'suggested', count: outcome.items.length }
        : { type: 'outcome', kind: 'field-suggestions', outcome: outcome.failure.code },
      tab,
    );
  };

  const session: FillSession = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setTab(tabId) {
      if (tabId === state.tabId) return;
      readTicket++;
      abort?.abort();
      state = initialState(tabId);
      for (const listener of listeners) listener();
    },
    async read() {
      const tabId = state.tabId;
      if (tabId === null) return null;
      const ticket = ++readTicket;
      set({ reading: true, readFailure: null });
      try {
        const tab = await readTab(deps.transport, tabId, now().toISOString());
        // A read that finishes after the user moved to another tab or read again is dropped.
        if (ticket !== readTicket) return null;
        const fill = state.fill;
        const keepFill = fill && sameForms(fill.tab, tab, [...new Set(fill.results.map((r) => r.frameId))]) ? fill : null;
        set({ tab, reading: false, stale: false, pageChange: null, fill: keepFill, notUndone: null, notice: null, failure: null, selection: null });
        await audit({ type: 'read', bytes: tab.text.length }, tab);
        return tab;
      } catch (error) {
        if (ticket !== readTicket) return null;
        const failure = error instanceof TabReadError ? { code: error.code, failedFrames: error.failedFrames } : { code: 'no-content' as const, failedFrames: [] };
        set({ reading: false, readFailure: failure });
        return null;
      }
    },
    markStale(reason) {
      if (!state.tab) return;
      // New or revealed fields (a dialog, a form step) and values typed on the page do not make the read
      // wrong: the panel offers to read again, and a changed field is refused at fill time anyway.
      const blocking = reason !== 'fields' && reason !== 'values';
      if (state.stale && !blocking) return;
      set({ stale: state.stale || blocking, pageChange: blocking || !state.pageChange || reason === 'fields' ? reason : state.pageChange });
    },
    pageReloaded() {
      if (state.tab) set({ stale: true, pageChange: 'reload', fill: null });
    },
    prepare,
    async setScope(scope, policy, notes) {
      set({ scope });
      if (state.tab) await prepare(policy, notes).catch(() => undefined);
    },
    async suggest(policy, notes, options = {}) {
      // A page without fields to fill asks nothing of a model.
      if (state.tab && fillableFields(state.tab).length === 0) {
        set({ notice: { code: 'fields.noFields' } });
        return;
      }
      if (options.previewFirst) return session.showPreview(policy, notes).then(() => {
        if (state.preview) set({ preview: { ...state.preview, thenSend: true } });
      });
      try {
        await run(await prepare(policy, notes));
      } catch (error) {
        set({ suggesting: false, failure: await classify(error) });
      }
    },
    async showPreview(policy, notes) {
      set({ failure: null });
      try {
        const prepared = await prepare(policy, notes);
        const captured = await prepared.preview();
        set({ preview: { ...captured, prepared, thenSend: false } });
      } catch (error) {
        set({ failure: await classify(error) });
      }
    },
    async confirmPreview() {
      const preview = state.preview;
      if (!preview?.thenSend) return;
      set({ preview: null });
      await run(preview.prepared);
    },
    closePreview: () => set({ preview: null }),
    cancel: () => abort?.abort(),
    async suggestOffline(policy, notes) {
      const tab = state.tab;
      try {
        const prepared = await prepare(policy, notes);
        if (tab) set({ review: { tab, items: prepared.offline(), rejected: [] }, failure: null });
      } catch (error) {
        set({ failure: await classify(error) });
      }
    },
    decide: (field, decision) => setItems((items) => decide(items, field, decision)),
    edit: (field, value) => setItems((items) => editValue(items, field, value)),
    confirmOverwrite: (field, confirmed) => setItems((items) => confirmOverwrite(items, field, confirmed)),
    confirmNoEmptyChoice: (field, confirmed) => setItems((items) => confirmNoEmptyChoice(items, field, confirmed)),
    acceptAll: () => setItems(acceptAllGrounded),
    pendingFills: () => (state.review ? fillRequestsFor(state.review.items, alreadyFilled) : []),
    isFilled: (item) => alreadyFilled(item),
    async fill() {
      const review = state.review;
      if (!review || state.filling) return;
      const requests = fillRequestsFor(review.items, alreadyFilled);
      if (requests.length === 0) {
        const waiting = awaitingOverwriteConfirm(review.items).filter((i) => !alreadyFilled(i)).length;
        const noWayBack = awaitingNoEmptyChoiceConfirm(review.items).filter((i) => !alreadyFilled(i)).length;
        const filledAlready = review.items.some(alreadyFilled);
        const code = waiting > 0 ? 'fill.onlyOverwrites' : noWayBack > 0 ? 'fill.onlyNoEmptyChoice' : filledAlready ? 'fill.allDone' : 'fill.nothing';
        set({ notice: { code } });
        return;
      }
      set({ filling: true, notice: null, notUndone: null });
      try {
        const results = await fillTab(deps.transport, review.tab, requests);
        const earlier = state.fill && state.fill.tab.readAt === review.tab.readAt ? state.fill.results : [];
        const last = { filled: results.filter((r) => r.ok).length, total: results.length };
        set({ filling: false, fill: { tab: review.tab, results: mergeFillResults(earlier, results), last } });
        // Counts of this fill only, so the Logboek says what the panel just showed.
        const sent = new Set(requests.map((r) => refId(r.ref)));
        const outcome = reviewOutcome(review.items.filter((i) => sent.has(refId(i.field))));
        const labelOf = (r: TabFillResult) => review.items.find((i) => i.field.frameId === r.frameId && i.field.key === r.key)?.label ?? r.key;
        const ok = results.filter((r) => r.ok);
        await audit({ type: 'outcome', ...outcome }, review.tab);
        await audit({ type: 'fill', fields: ok.map(labelOf), outcome: 'filled', count: ok.length, total: results.length }, review.tab);
      } catch {
        set({ filling: false, notice: { code: 'fill.failed' } });
      }
    },
    async undo() {
      const fill = state.fill;
      if (!fill) return;
      try {
        const undone = await undoTabFill(deps.transport, fill.tab, fill.results);
        const kept = undone.filter((r) => !r.ok);
        set({
          fill: null,
          notUndone: kept.length > 0 ? { tab: fill.tab, results: kept } : null,
          notice: kept.length > 0 ? { code: 'fill.undoPartial', count: kept.length } : null,
        });
        await audit({ type: 'undo', outcome: 'undone', count: undone.length - kept.length, total: undone.length }, fill.tab);
      } catch {
        set({ notice: { code: 'fill.undoFailed' } });
      }
    },
    async locate(item) {
      const tab = state.review?.tab ?? state.tab;
      if (!tab) return;
      const found = await locateInTab(deps.transport, tab, item.quoteFrameId ?? item.field.frameId, { quote: item.quote, ref: item.quoteBlockRef });
      set({ notice: found ? null : { code: 'review.quoteNotOnPage' } });
    },
    transparencyMarkFor() {
      const mark = deps.transparencyMark?.();
      return mark ? fillTransparencyMark(mark.template, mark.userId) : null;
    },
    async insertText(field, text, expected) {
      const tab = state.tab;
      if (!tab) return null;
      try {
        const target = tab.fields.find((f) => f.frameId === field.frameId && f.key === field.key);
        // The mark is added here, for every insert, so no component can forget it.
        const { text: value, marked } = withTransparencyMark(text, session.transparencyMarkFor(), { singleLine: target?.kind === 'text' });
        const [result] = await fillTab(deps.transport, tab, [{ ref: field, value, expected }]);
        const label = target?.label ?? field.key;
        await audit(
          {
            type: 'fill',
            fields: [label],
            outcome: result?.ok ? 'inserted' : (result?.error ?? 'rejected-by-page'),
            count: result?.ok ? 1 : 0,
            total: 1,
            ...(marked ? { marked: true } : {}),
          },
          tab,
        );
        return result ?? null;
      } catch {
        set({ notice: { code: 'fill.failed' } });
        return null;
      }
    },
    async undoInsert(result) {
      const tab = state.tab;
      if (!tab) return false;
      try {
        const [undone] = await undoTabFill(deps.transport, tab, [result]);
        await audit({ type: 'undo', outcome: 'undone', count: undone?.ok ? 1 : 0, total: 1 }, tab);
        if (!undone?.ok) set({ notice: { code: 'fill.undoPartial', count: 1 } });
        return !!undone?.ok;
      } catch {
        set({ notice: { code: 'fill.undoFailed' } });
        return false;
      }
    },
    dismissNotice: () => set({ notice: null }),
    dismissFailure: () => set({ failure: null }),
  };
  return session;
}
