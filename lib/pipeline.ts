import { contextSourceOf } from './context/contextSource';
import { measureKindsOf, mentionsMeasure } from './context/measureMentions';
import { reportsWithinDays } from './context/reportPeriod';
import { selectContext, type ContextSelection, type SelectionScope } from './context/selectContext';
import { suggestFromMeasurements } from './extract/offline';
import {
  answerReserve,
  diagnoseLlmError,
  createGuardedFetch,
  createLanguageModel,
  discoverContextWindow,
  DOSSIER_PLACEHOLDER,
  estimateTokens,
  LlmError,
  planSummary,
  previewRequest,
  streamDraft,
  suggestAnswerReserve,
  suggestFields,
  suggestRequestTokens,
  summarizeInChunks,
  type ContextWindow,
  type LlmFailure,
  type RejectedSuggestion,
  type Suggestion,
  type SummarizeInput,
  type SummaryCache,
  type SummaryPlan,
} from './llm';
import { markLines, markSuspect, unmarkData } from './llm/dataFence';
import { formatDutchDate } from './dutch';
import { filterReportsByDays, renderTemplate, type Template } from './templates';
import { createPseudonymSession, pseudonymize, type PseudonymEntity, type RestoreOptions } from './privacy';
import { distinctReplacements, type Replacement } from './preview/replacements';
import type { ReviewItem } from './review/reviewItem';
import { toReviewItems } from './review/toReviewItems';
import { refId } from './session/fieldRef';
import { fillableFields } from './session/fillableFields';
import type { PanelField, TabRead } from './session/types';
import type { SendPolicy } from './settings/sendPolicy';

export type { SendPolicy } from './settings/sendPolicy';
export type { Replacement } from './preview/replacements';
export { fillableFields };
export type { ContextSelection, SelectionScope } from './context/selectContext';
export type { ContextWindow, SummaryPlan } from './llm';

/** Growth of selected text when it is pseudonymised ("Ellen" → "[PERSOON-2]"): selections leave room for it. */
const PSEUDONYM_GROWTH = 1.1;

/** A send policy with the window the server told (or the configured one). */
export type WindowedPolicy = SendPolicy & { contextWindow?: ContextWindow };

const windowTokens = (policy: WindowedPolicy) => policy.contextWindow?.tokens ?? policy.endpoint.contextTokens;

const knownWindows = new Map<string, { at: number; window: ContextWindow }>();

/**
 * The endpoint's context window, asked of the server through the egress-locked fetch and kept for five
 * minutes; an Ollama model that is not loaded yet is asked again each time (its window shows once loaded).
 *
 * @example const policy = { ...sendPolicyFor(settings), contextWindow: await resolveContextWindow(sendPolicyFor(settings)) };
 */
export async function resolveContextWindow(policy: SendPolicy, now = Date.now()): Promise<ContextWindow> {
  const e = policy.endpoint;
  const key = [e.provider, e.baseURL, e.model, e.contextTokens, policy.allowedOrigins.join(' ')].join('|');
  const known = knownWindows.get(key);
  if (known && known.window.source !== 'ollama-default' && now - known.at < 5 * 60_000) return known.window;
  const window = await discoverContextWindow(e, { fetch: createGuardedFetch({ allowedOrigins: policy.allowedOrigins, baseFetch: policy.baseFetch }) });
  knownWindows.set(key, { at: now, window });
  return window;
}

/** The text as it leaves the browser, with a way back to the originals. */
export interface OutgoingText {
  /** The page text as sent. */
  text: string;
  /**
   * The carer's notes as sent ('' without notes), pseudonymised with the same session as the text. The
   * selection already holds them; they are kept apart so the review knows which placeholders the person wrote.
   */
  notes: string;
  /** How many identifiers were replaced (every occurrence counts). */
  identifiers: number;
  /** Each replaced identifier once: its placeholder and, kept in memory only, the original (for the preview). */
  replacements: Replacement[];
  /** Originals back; `options.keep` leaves the placeholders it names as they are. */
  restore: (s: string, options?: RestoreOptions) => string;
}

/**
 * Pseudonymises (when on) with the client's name from the header as a known name. `notes`, when given, are
 * the carer's notes that `source` already contains: hidden with the same session (same placeholders), not
 * counted again.
 */
export function prepareOutgoingText(source: string, policy: Pick<SendPolicy, 'pseudonymize'>, knownNames: string[] = [], notes = ''): OutgoingText {
  if (!policy.pseudonymize) return { text: source, notes, identifiers: 0, replacements: [], restore: (s) => s };
  const session = createPseudonymSession();
  const page = pseudonymize(source, { knownNames, session });
  const own = notes ? pseudonymize(notes, { knownNames, session }) : null;
  return {
    text: page.text,
    notes: own?.text ?? '',
    identifiers: page.entities.length,
    replacements: distinctReplacements(page.entities),
    restore: (s, options) => session.restore(s, options),
  };
}

/**
 * How a failed request is diagnosed: the browser's own reason, else requests that carry nothing, through the
 * same egress lock (and not logged as a transfer: they send no data).
 */
function probesFor(policy: SendPolicy): { fetch: typeof fetch; netError?: SendPolicy['netErrorFor'] } {
  return { fetch: createGuardedFetch({ allowedOrigins: policy.allowedOrigins, baseFetch: policy.baseFetch }), netError: policy.netErrorFor };
}

/** The model answered: review items, plus the entries of its answer that validation dropped, and why. */
export type SuggestOutcome = { ok: true; items: ReviewItem[]; rejected: RejectedSuggestion[] } | { ok: false; failure: LlmFailure };

export interface PreparedSuggestions {
  outgoing: OutgoingText;
  fields: PanelField[];
  /** What of the page goes into the request, for the panel and the payload preview. */
  selection: ContextSelection;
  /** The window the request is budgeted against. */
  windowTokens: number;
  /** The exact request that `run` would send, captured without sending anything. */
  preview(): Promise<{ url: string; body: string }>;
  run(signal?: AbortSignal): Promise<SuggestOutcome>;
  /** Measurements found in the page text itself, for when no model can be reached. */
  offline(): ReviewItem[];
}

/**
 * Prepares a field-suggestion request for a read tab: select the context under the window's budget →
 * pseudonymise → schema from the scanned fields → provider; on the way back: validate → ground the quotes in
 * the sent text → restore identifiers. The budget is the window (the server's, else contextTokens) minus
 * room for the answer and the fixed prompt parts; the selection takes header and alerts, the notes, the
 * newest reports and those with the form's measurements, then the screen around the form (selectContext).
 */
export function prepareSuggestions(tab: TabRead, policy: WindowedPolicy, notes = '', options: { scope?: SelectionScope } = {}): PreparedSuggestions {
  // Text recognised as instructions to an AI is sent marked as suspect (spotlighting), and never obeyed.
  const suspects = (tab.suspects ?? []).flatMap((b) => b.sentences.map((x) => x.text));
  const names = tab.client?.name ? [tab.client.name] : [];
  const outgoingFor = (selected: ContextSelection) => prepareOutgoingText(markSuspect(selected.text, suspects, policy.language), policy, names, notes.trim());
  const fields = fillableFields(tab);
  const window = windowTokens(policy);
  const budget = window - suggestAnswerReserve(fields.length, window) - suggestRequestTokens(fields, policy.language);
  const source = contextSourceOf(tab.blocks);
  const mentions = mentionsMeasure(measureKindsOf(fields.map((f) => f.label)));
  const select = (tokens: number) =>
    selectContext(source, { budgetTokens: Math.max(0, Math.floor(tokens)), count: estimateTokens, notes, mentionsMeasure: mentions, scope: options.scope });
  let selection = select(budget / PSEUDONYM_GROWTH);
  let outgoing = outgoingFor(selection);
  // Checked as it will travel (pseudonymised, JSON-escaped); selected again a little smaller when over.
  for (let attempt = 0; attempt < 3; attempt++) {
    // Datamarked as suggestFields sends it: a mark on every line.
    const over = estimateTokens(JSON.stringify(markLines(outgoing.text))) - budget;
    if (over <= 0) break;
    selection = select(selection.tokens - over - 32);
    outgoing = outgoingFor(selection);
  }
  const call = (fetchImpl: typeof fetch, signal?: AbortSignal, onRejected?: (r: RejectedSuggestion[]) => void) => {
    if (budget < 128) {
      return Promise.reject(new LlmError({ code: 'context-too-long', detail: `A window of ${window} tokens leaves no room for the page next to ${fields.length} fields.` }));
    }
    return suggestFields({
      model: createLanguageModel(policy.endpoint, { fetch: fetchImpl }),
      fields,
      sourceText: outgoing.text,
      language: policy.language,
      timeoutMs: policy.endpoint.timeoutMs,
      signal,
      onRejected,
    });
  };
  const guarded = () =>
    createGuardedFetch({ allowedOrigins: policy.allowedOrigins, onRequest: policy.onRequest, baseFetch: policy.baseFetch });
  return {
    outgoing,
    fields,
    selection,
    windowTokens: window,
    preview: () => previewRequest((f) => call(f)),
    async run(signal) {
      let rejected: RejectedSuggestion[] = [];
      try {
        const suggestions = await call(guarded(), signal, (r) => (rejected = r));
        return {
          ok: true,
          rejected,
          items: toReviewItems({ tab, suggestions, sentText: outgoing.text, sentNotes: outgoing.notes, notes: notes.trim(), restore: outgoing.restore, origin: 'model' }),
        };
      } catch (error) {
        return { ok: false, failure: await diagnoseLlmError(error, policy.endpoint, probesFor(policy)) };
      }
    },
    offline() {
      // Nothing leaves the browser here, so the whole page is searched, not only the selection.
      const source = notes.trim() ? `${tab.text}\n\nNotities van de zorgverlener:\n${notes.trim()}` : tab.text;
      // The measurement layer keys its answers by a plain string: an opaque id per field, looked up again here.
      const byId = new Map(fields.map((f) => [refId(f), f]));
      const found = suggestFromMeasurements(
        fields.map((f) => ({ key: refId(f), label: f.label, kind: f.kind, value: f.value })),
        source,
      );
      const suggestions: Suggestion<PanelField>[] = found.flatMap((s) => {
        const field = byId.get(s.fieldKey);
        return field ? [{ field, value: s.value, quote: s.quote }] : [];
      });
      return toReviewItems({ tab, suggestions, sentText: source, sentNotes: notes.trim(), notes: notes.trim(), restore: (s) => s, origin: 'offline' });
    },
  };
}

/** One screen of a dossier overview, as collected across pages and tabs for one client. */
export interface CollectedScreen {
  title: string;
  url: string;
  text: string;
  reports?: { date?: string; author?: string; text: string }[];
}

export interface DraftRequest {
  template: Template;
  /** The page that was read, if any; its reports feed dossier templates. */
  tab: TabRead | null;
  /** Screens collected for this client ("dossieroverzicht"); used instead of the tab when given. */
  screens?: CollectedScreen[];
  notes: string;
  policy: WindowedPolicy;
  /**
   * Which reports: 'auto' (a writing template gets the newest that fit; a summary gets every report, in
   * chunks when needed), a period of N days up to the newest report, or 'all'.
   */
  scope?: SelectionScope;
  /** Partial summaries of earlier runs (lib/drafts/summaryCache.ts). */
  cache?: SummaryCache;
  /** The client's name when there is no tab header to take it from (the dossier overview's label). */
  knownNames?: string[];
  signal?: AbortSignal;
  today?: Date;
  /** The draft so far, identifiers restored. */
  onText?: (full: string) => void;
  onProgress?: (done: number, total: number) => void;
  /** The wall time of each map or merge call, kept to estimate the next job (lib/db/callTimes.ts). */
  onCallMs?: (ms: number) => void;
}

export type DraftOutcome =
  | { ok: true; text: string; identifiers: number; bytes: number; chunked: boolean }
  | { ok: false; failure: LlmFailure; identifiers: number; bytes: number };

/**
 * Writes a draft with a template: notes and dossier text are pseudonymised with one session (so a name
 * gets the same placeholder everywhere), long dossiers are summarised in chunks, and the streamed
 * answer has its identifiers restored as it arrives.
 */
export interface PreparedDraft {
  identifiers: number;
  /** Each replaced identifier once, with its original (memory only), for the preview. */
  replacements: Replacement[];
  bytes: number;
  /** True when the dossier is too long for one call and is summarised in chunks. */
  chunked: boolean;
  /** For writing templates: what of the page goes in (the newest reports that fit the window). */
  selection: ContextSelection | null;
  /** Reports the draft covers (the scope applied), for summaries. */
  reports: number;
  windowTokens: number;
  /** Calls and rounds a chunked summary will take, with what the cache already holds. Sends nothing. */
  plan(): Promise<SummaryPlan>;
  /** The exact first request `run` would send, captured without sending anything. */
  preview(): Promise<{ url: string; body: string }>;
  /** Sends; `onText` (or the request's own) hears the draft so far, identifiers restored. */
  run(onText?: (full: string) => void): Promise<DraftOutcome>;
}

/** Templates that write from the carer's notes with the record as background: they get a selection, never chunks. */
const WRITES_FROM_NOTES = new Set<Template['kind']>(['soep', 'sbar', 'vrij']);

export function prepareDraft(req: DraftRequest): PreparedDraft {
  const { template, policy } = req;
  const today = req.today ?? new Date();
  const days = template.params?.dagen ?? 7;
  const window = windowTokens(policy);
  const scope = req.scope ?? { kind: 'auto' };
  const all: { date?: string; author?: string; text: string; source?: string }[] = req.screens
    ? req.screens.flatMap((s) => (s.reports?.length ? s.reports.map((r) => ({ ...r, source: s.title })) : [{ text: s.text, source: s.title }]))
    : (req.tab?.blocks ?? []).filter((b) => b.kind === 'report').map((b) => ({ date: b.date, author: b.author, text: b.text, source: undefined as string | undefined }));
  const inPeriod =
    template.kind === 'periode'
      ? filterReportsByDays(all, scope.kind === 'period' ? scope.days : days, today)
      : scope.kind === 'period'
        ? reportsWithinDays(all, scope.days, today)
        : all;
  const byReports = template.kind === 'periode' || scope.kind === 'period';
  const headerText = req.tab?.client ? clientLine(req.tab) : '';
  const usesDossier = template.input !== 'notes';
  const fromNotes = WRITES_FROM_NOTES.has(template.kind) && !req.screens;

  const knownNames = [...(req.tab?.client?.name ? [req.tab.client.name] : []), ...(req.knownNames ?? [])].filter(Boolean);
  // One session for every piece of this request: the same name gets the same placeholder everywhere,
  // all dates move by the same shift, and one restore undoes it all.
  const session = policy.pseudonymize ? createPseudonymSession() : null;
  const found: PseudonymEntity[] = [];
  const hide = (s: string) => {
    if (!session) return null;
    const result = pseudonymize(s, { knownNames, session });
    found.push(...result.entities);
    return result;
  };
  // Drafts restore every identifier (a person reads them before inserting); the data marks come out.
  const restore = (s: string) => unmarkData(session ? session.restore(s) : s);
  // Text recognised as instructions to an AI is sent marked as suspect, in one request or in chunks.
  const suspects = (req.tab?.suspects ?? []).flatMap((b) => b.sentences.map((x) => x.text));
  const markedHide = (s: string) => hide(markSuspect(s, suspects, policy.language));
  const notes = hide(req.notes);
  const sentNotes = notes?.text ?? req.notes;
  // "Today" goes through the same session, so it moves with the shifted dates in the text.
  const vandaag = hide(formatDutchDate(today))?.text ?? formatDutchDate(today);
  const render = (dossier: string) => renderTemplate(template, { notes: sentNotes, dossier, dagen: String(scope.kind === 'period' ? scope.days : days), vandaag }, policy.language);
  const withoutDossier = render(DOSSIER_PLACEHOLDER);

  // A writing template gets what fits of the page next to the notes, chosen as for field suggestions.
  let selection: ContextSelection | null = null;
  let dossierText: string;
  if (usesDossier && fromNotes && req.tab) {
    const fixed = estimateTokens(JSON.stringify(withoutDossier.system)) + estimateTokens(JSON.stringify(withoutDossier.prompt)) + 48;
    selection = selectContext(contextSourceOf(req.tab.blocks), {
      budgetTokens: Math.max(0, Math.floor((window - answerReserve(window) - fixed) / PSEUDONYM_GROWTH)),
      count: estimateTokens,
      scope,
      now: today,
    });
    dossierText = selection.text;
  } else if (byReports) {
    // A period summary gets only the reports of that period, also over the dossier overview's screens.
    dossierText = `${headerText}\n${inPeriod.map((r) => `${r.date ?? ''} — ${r.author ?? ''}${r.source ? ` [${r.source}]` : ''}: ${r.text}`).join('\n')}`;
  } else {
    dossierText = req.screens ? req.screens.map((s) => `== ${s.title} ==\n${s.text}`).join('\n\n') : (req.tab?.text ?? '');
  }
  const dossierSource = markSuspect(dossierText, suspects, policy.language);
  const dossier = hide(dossierSource);
  const sentDossier = dossier?.text ?? dossierSource;
  const identifiers = (notes?.entities.length ?? 0) + (dossier?.entities.length ?? 0);

  const rendered = render(sentDossier);
  if (req.screens?.length) rendered.prompt += `\n\n${SCREEN_CITATION[policy.language]}`;
  const bytes = new TextEncoder().encode(rendered.system + rendered.prompt).length;
  const chunked = usesDossier && !selection && estimateTokens(rendered.system + rendered.prompt) > window - answerReserve(window);
  // The reports as read: summarizeInChunks hides each request (same session) and keys its cache on them.
  const blocks = chunked
    ? (byReports ? inPeriod : all).map((r) => ({ text: r.text, date: r.date, source: r.source ?? r.author }))
    : [];
  const summaryInput = (model: SummarizeInput['model'], signal?: AbortSignal, onText?: SummarizeInput['onText']): SummarizeInput => ({
    model,
    blocks: blocks.length > 0 ? blocks : [{ text: dossierText }],
    budgetTokens: window,
    instructions: withoutDossier.prompt + (req.screens?.length ? `\n\n${SCREEN_CITATION[policy.language]}` : ''),
    system: withoutDossier.system,
    language: policy.language,
    signal,
    timeoutMs: policy.endpoint.timeoutMs,
    concurrency: policy.endpoint.concurrency,
    protect: { hide: (s) => markedHide(s)?.text ?? s, restore },
    cache: req.cache,
    cacheScope: [policy.endpoint.baseURL, policy.endpoint.model, `${template.id}@${template.version}`, policy.pseudonymize ? 'p' : ''].join('|'),
    onProgress: req.onProgress,
    onCallMs: req.onCallMs,
    onText,
  });

  const call = (fetchImpl: typeof fetch, signal?: AbortSignal, listener = req.onText): Promise<string> => {
    const model = createLanguageModel(policy.endpoint, { fetch: fetchImpl });
    const onText = (_: string, full: string) => listener?.(restore(full));
    if (!chunked) {
      return streamDraft({ model, system: rendered.system, prompt: rendered.prompt, signal, timeoutMs: policy.endpoint.timeoutMs, onText });
    }
    return summarizeInChunks(summaryInput(model, signal, onText));
  };

  return {
    identifiers,
    replacements: distinctReplacements(found),
    bytes,
    chunked,
    selection,
    reports: byReports ? inPeriod.length : all.length,
    windowTokens: window,
    plan: () =>
      chunked
        ? planSummary(summaryInput(createLanguageModel(policy.endpoint)))
        : Promise.resolve({ single: true, chunks: 1, cached: 0, calls: 1, rounds: 1 }),
    preview: () => previewRequest((f) => call(f)),
    async run(onText) {
      const fetchImpl = createGuardedFetch({ allowedOrigins: policy.allowedOrigins, onRequest: policy.onRequest, baseFetch: policy.baseFetch });
      try {
        const text = await call(fetchImpl, req.signal, onText ?? req.onText);
        return { ok: true, text: restore(text), identifiers, bytes, chunked };
      } catch (error) {
        return { ok: false, failure: await diagnoseLlmError(error, policy.endpoint, probesFor(policy)), identifiers, bytes };
      }
    },
  };
}

/** Milliseconds a job of `plan.rounds` rounds takes at `lastCallMs` per call; null before any call was timed. */
export function estimateDurationMs(plan: SummaryPlan, lastCallMs: number | null): number | null {
  return lastCallMs === null ? null : plan.rounds * lastCallMs;
}


/** Prepares and sends a template draft in one go. */
export function runTemplate(req: DraftRequest): Promise<DraftOutcome> {
  return prepareDraft(req).run();
}

// The overview's value is traceability: each statement must name the screen it came from.
const SCREEN_CITATION = {
  nl: 'De gegevens bestaan uit meerdere ECD-schermen, elk met een kop "== titel ==". Zet achter elke uitspraak tussen vierkante haken van welk scherm die komt, bijvoorbeeld [Medicatie], en bij rapportages ook de datum.',
  en: 'The data consist of several ECD screens, each headed "== title ==". After every statement put in square brackets which screen it came from, for example [Medication], and for reports also the date.',
} as const;

function clientLine(tab: TabRead): string {
  const c = tab.client;
  return c ? [c.name, c.birthDate, c.clientNumber].filter(Boolean).join(', ') : '';
}
