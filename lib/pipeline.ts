import { suggestFromMeasurements } from './extract/offline';
import {
  diagnoseLlmError,
  createGuardedFetch,
  createLanguageModel,
  DOSSIER_PLACEHOLDER,
  estimateTokens,
  previewRequest,
  streamDraft,
  suggestFields,
  summarizeInChunks,
  type LlmFailure,
  type RejectedSuggestion,
  type Suggestion,
} from './llm';
import { markSuspect, unmarkData } from './llm/dataFence';
import { formatDutchDate } from './dutch';
import { filterReportsByDays, renderTemplate, type Template } from './templates';
import { createPseudonymSession, pseudonymize, type RestoreOptions } from './privacy';
import type { ReviewItem } from './review/reviewItem';
import { toReviewItems } from './review/toReviewItems';
import { refId } from './session/fieldRef';
import type { PanelField, TabRead } from './session/types';
import type { SendPolicy } from './settings/sendPolicy';

export type { SendPolicy } from './settings/sendPolicy';

/** The text as it leaves the browser, with a way back to the originals. */
export interface OutgoingText {
  /** The page text as sent. */
  text: string;
  /** The carer's own notes as sent ('' without notes), pseudonymised with the same session as the text. */
  notes: string;
  identifiers: number;
  /** Originals back; `options.keep` leaves the placeholders it names as they are. */
  restore: (s: string, options?: RestoreOptions) => string;
}

/** Pseudonymises (when on) the page text and the notes with one session, the client's name from the header as a known name. */
export function prepareOutgoingText(source: string, policy: Pick<SendPolicy, 'pseudonymize'>, knownNames: string[] = [], notes = ''): OutgoingText {
  if (!policy.pseudonymize) return { text: source, notes, identifiers: 0, restore: (s) => s };
  const session = createPseudonymSession();
  const page = pseudonymize(source, { knownNames, session });
  const own = notes ? pseudonymize(notes, { knownNames, session }) : null;
  return { text: page.text, notes: own?.text ?? '', identifiers: page.entities.length + (own?.entities.length ?? 0), restore: (s, options) => session.restore(s, options) };
}

/**
 * How a failed request is diagnosed: the browser's own reason, else requests that carry nothing, through the
 * same egress lock (and not logged as a transfer: they send no data).
 */
function probesFor(policy: SendPolicy): { fetch: typeof fetch; netError?: SendPolicy['netErrorFor'] } {
  return { fetch: createGuardedFetch({ allowedOrigins: policy.allowedOrigins, baseFetch: policy.baseFetch }), netError: policy.netErrorFor };
}

/** The text the quotes of an answer must come from: the page text and the notes, as they were sent. */
function quotableText(outgoing: Pick<OutgoingText, 'text' | 'notes'>): string {
  return outgoing.notes ? `${outgoing.text}\n\n${outgoing.notes}` : outgoing.text;
}

/** Fields the model may propose values for: scanned, enabled, writable and reachable. */
export function fillableFields(tab: TabRead): PanelField[] {
  return tab.fields.filter((f) => !f.disabled && !f.readonly && !f.unreachable);
}

/** The model answered: review items, plus the entries of its answer that validation dropped, and why. */
export type SuggestOutcome = { ok: true; items: ReviewItem[]; rejected: RejectedSuggestion[] } | { ok: false; failure: LlmFailure };

export interface PreparedSuggestions {
  outgoing: OutgoingText;
  fields: PanelField[];
  /** The exact request that `run` would send, captured without sending anything. */
  preview(): Promise<{ url: string; body: string }>;
  run(signal?: AbortSignal): Promise<SuggestOutcome>;
  /** Measurements found in the page text itself, for when no model can be reached. */
  offline(): ReviewItem[];
}

/**
 * Prepares a field-suggestion request for a read tab: pseudonymise → schema from the scanned fields →
 * provider; on the way back: validate → ground the quotes in the sent text → restore identifiers.
 */
export function prepareSuggestions(tab: TabRead, policy: SendPolicy, notes = ''): PreparedSuggestions {
  // Text recognised as instructions to an AI is sent marked as suspect (spotlighting), and never obeyed.
  const pageText = markSuspect(tab.text, (tab.suspects ?? []).flatMap((b) => b.sentences.map((x) => x.text)), policy.language);
  const outgoing = prepareOutgoingText(pageText, policy, tab.client?.name ? [tab.client.name] : [], notes.trim());
  const fields = fillableFields(tab);
  const call = (fetchImpl: typeof fetch, signal?: AbortSignal, onRejected?: (r: RejectedSuggestion[]) => void) =>
    suggestFields({
      model: createLanguageModel(policy.endpoint, { fetch: fetchImpl }),
      fields,
      sourceText: outgoing.text,
      notes: outgoing.notes,
      language: policy.language,
      timeoutMs: policy.endpoint.timeoutMs,
      signal,
      onRejected,
    });
  const guarded = () =>
    createGuardedFetch({ allowedOrigins: policy.allowedOrigins, onRequest: policy.onRequest, baseFetch: policy.baseFetch });
  return {
    outgoing,
    fields,
    preview: () => previewRequest((f) => call(f)),
    async run(signal) {
      let rejected: RejectedSuggestion[] = [];
      try {
        const suggestions = await call(guarded(), signal, (r) => (rejected = r));
        return {
          ok: true,
          rejected,
          items: toReviewItems({ tab, suggestions, sentText: quotableText(outgoing), sentNotes: outgoing.notes, notes: notes.trim(), restore: outgoing.restore, origin: 'model' }),
        };
      } catch (error) {
        return { ok: false, failure: await diagnoseLlmError(error, policy.endpoint, probesFor(policy)) };
      }
    },
    offline() {
      // The measurement layer keys its answers by a plain string: an opaque id per field, looked up again here.
      const byId = new Map(fields.map((f) => [refId(f), f]));
      const source = notes.trim() ? `${tab.text}\n\n${notes.trim()}` : tab.text;
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
  policy: SendPolicy;
  /** The client's name when there is no tab header to take it from (the dossier overview's label). */
  knownNames?: string[];
  signal?: AbortSignal;
  today?: Date;
  /** The draft so far, identifiers restored. */
  onText?: (full: string) => void;
  onProgress?: (done: number, total: number) => void;
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
  bytes: number;
  /** True when the dossier is too long for one call and is summarised in chunks. */
  chunked: boolean;
  /** The exact first request `run` would send, captured without sending anything. */
  preview(): Promise<{ url: string; body: string }>;
  /** Sends; `onText` (or the request's own) hears the draft so far, identifiers restored. */
  run(onText?: (full: string) => void): Promise<DraftOutcome>;
}

export function prepareDraft(req: DraftRequest): PreparedDraft {
  const { template, policy } = req;
  const today = req.today ?? new Date();
  const days = template.params?.dagen ?? 7;
  const reports = req.screens
    ? req.screens.flatMap((s) => (s.reports?.length ? s.reports.map((r) => ({ ...r, source: s.title })) : [{ text: s.text, source: s.title }]))
    : (req.tab?.frames.flatMap((f) => f.snapshot.reports.map((r) => ({ ...r, source: undefined as string | undefined }))) ?? []);
  const inPeriod = template.kind === 'periode' ? filterReportsByDays(reports, days, today) : reports;
  const headerText = req.tab?.client ? clientLine(req.tab) : '';
  // A period summary gets only the reports of that period, also over the dossier overview's screens.
  const dossierText =
    template.kind === 'periode'
      ? inPeriod.map((r) => `${r.date ?? ''} — ${r.author ?? ''}${r.source ? ` [${r.source}]` : ''}: ${r.text}`).join('\n')
      : req.screens
        ? req.screens.map((s) => `== ${s.title} ==\n${s.text}`).join('\n\n')
        : (req.tab?.text ?? '');

  const knownNames = [...(req.tab?.client?.name ? [req.tab.client.name] : []), ...(req.knownNames ?? [])].filter(Boolean);
  // One session for every piece of this request: the same name gets the same placeholder everywhere,
  // all dates move by the same shift, and one restore undoes it all.
  const session = policy.pseudonymize ? createPseudonymSession() : null;
  const hide = (s: string) => (session ? pseudonymize(s, { knownNames, session }) : null);
  // Drafts restore every identifier (a person reads them before inserting); the data marks come out.
  const restore = (s: string) => unmarkData(session ? session.restore(s) : s);
  const notes = hide(req.notes);
  const suspects = (req.tab?.suspects ?? []).flatMap((b) => b.sentences.map((x) => x.text));
  const dossierSource = markSuspect(template.kind === 'periode' ? `${headerText}\n${dossierText}` : dossierText, suspects, policy.language);
  const dossier = hide(dossierSource);
  const sentNotes = notes?.text ?? req.notes;
  const sentDossier = dossier?.text ?? dossierSource;
  const identifiers = (notes?.entities.length ?? 0) + (dossier?.entities.length ?? 0);

  // "Today" goes through the same session, so it moves with the shifted dates in the text.
  const vandaag = hide(formatDutchDate(today))?.text ?? formatDutchDate(today);
  const rendered = renderTemplate(template, { notes: sentNotes, dossier: sentDossier, dagen: String(days), vandaag }, policy.language);
  if (req.screens?.length) rendered.prompt += `\n\n${SCREEN_CITATION[policy.language]}`;
  const bytes = new TextEncoder().encode(rendered.system + rendered.prompt).length;
  const usesDossier = template.input !== 'notes';
  const chunked = usesDossier && estimateTokens(rendered.system + rendered.prompt) > policy.endpoint.contextTokens * 0.75;
  // Pseudonymised once, here, so the preview and the real send carry exactly the same text.
  const blocks = chunked
    ? (template.kind === 'periode' ? inPeriod : reports).map((r) => {
        // Dates, authors and screen titles go out in the chunk headers: they are shifted and replaced too.
        const source = r.source ?? r.author;
        return {
          text: hide(r.text)?.text ?? r.text,
          date: r.date ? (hide(r.date)?.text ?? r.date) : undefined,
          source: source ? (hide(source)?.text ?? source) : undefined,
        };
      })
    : [];
  const withoutDossier = renderTemplate(template, { notes: sentNotes, dossier: DOSSIER_PLACEHOLDER, dagen: String(days), vandaag }, policy.language);

  const call = (fetchImpl: typeof fetch, signal?: AbortSignal, listener = req.onText): Promise<string> => {
    const model = createLanguageModel(policy.endpoint, { fetch: fetchImpl });
    const onText = (_: string, full: string) => listener?.(restore(full));
    if (!chunked) {
      return streamDraft({ model, system: rendered.system, prompt: rendered.prompt, signal, timeoutMs: policy.endpoint.timeoutMs, onText });
    }
    return summarizeInChunks({
      model,
      blocks: blocks.length > 0 ? blocks : [{ text: sentDossier }],
      budgetTokens: policy.endpoint.contextTokens,
      instructions: withoutDossier.prompt,
      system: withoutDossier.system,
      language: policy.language,
      signal,
      timeoutMs: policy.endpoint.timeoutMs,
      onProgress: req.onProgress,
      onText,
    });
  };

  return {
    identifiers,
    bytes,
    chunked,
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
