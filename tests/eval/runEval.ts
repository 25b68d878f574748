import type { LlmFailure } from '../../lib/llm';
import { prepareSuggestions } from '../../lib/pipeline';
import type { ReviewItem } from '../../lib/review/reviewItem';
import { endpointOrigin, type EndpointConfig } from '../../lib/settings/endpoint';
import { refId, sameRef, type PanelField } from '../../lib/session';
import type { ExpectedValue, LoadedCase } from './evalCase';
import { readCasePage } from './readCasePage';
import { labelKey, scoreField, type FieldOutcome } from './scoreField';

/** One expected field of one case, scored. */
export interface FieldResult {
  label: string;
  expected: ExpectedValue;
  /** The suggested value (identifiers restored); undefined when nothing was suggested. */
  suggested?: string | boolean;
  outcome: FieldOutcome;
  grounded?: boolean;
  /** Why the suggestion is flagged (ReviewItem.problem). */
  problem?: string;
  quote?: string;
}

export interface CaseResult {
  id: string;
  description: string;
  fields: FieldResult[];
  /** Every review item, scored fields or not. */
  suggestions: number;
  grounded: number;
  /** Suggestions the pipeline flagged (not grounded), with the reason code. */
  flagged: { label: string; problem: string }[];
  /** Suggestions for fields the case does not list (not scored). */
  extra: { label: string; suggested: string | boolean }[];
  /** Non-null answers of the model that did not become a review item (dropped by the pipeline's validation). */
  dropped: { label: string; value: unknown }[];
  /** The pipeline's failure (error code as the UI shows it), when the run failed. */
  failure?: LlmFailure;
  /** An error of the evaluation itself (page could not be read, ...). */
  error?: string;
  /** Words from the case's mustNotSend list that were found in a request body. */
  leaks: string[];
  /** Identifiers pseudonymised before sending. */
  identifiers: number;
  /** Where the oracle could not answer truthfully (test-server mode only): the case needs fixing. */
  oracleProblems: { label: string; problem: string }[];
  readMs: number;
  runMs: number;
}

export interface EvalTotals {
  cases: number;
  fields: number;
  correct: number;
  wrong: number;
  missed: number;
  spurious: number;
  failedFields: number;
  noField: number;
  /** correct / fields (0 when there are no fields). */
  accuracy: number;
  suggestions: number;
  grounded: number;
  /** grounded / suggestions; null when nothing was suggested. */
  groundingRate: number | null;
  flagged: number;
  dropped: number;
  extra: number;
  leaks: number;
  oracleProblems: number;
  failures: { id: string; code: string }[];
  errors: { id: string; error: string }[];
  msTotal: number;
  msMax: number;
}

export interface EvalReport {
  /** 'test-server' = the oracle on the local test server: a plumbing check, not a model score. */
  mode: 'test-server' | 'endpoint';
  endpoint: Pick<EndpointConfig, 'provider' | 'baseURL' | 'model'>;
  pseudonymize: boolean;
  language: 'nl' | 'en';
  cases: CaseResult[];
  totals: EvalTotals;
}

/** What a test server needs to answer one case (see createOracle). */
export interface CaseRunContext {
  evalCase: LoadedCase;
  /** The pipeline's restore for this run. */
  restore: (text: string) => string;
  /** Records a problem of the oracle for the report. */
  problem: (label: string, problem: string) => void;
}

export interface RunEvalOptions {
  cases: LoadedCase[];
  endpoint: EndpointConfig;
  mode: EvalReport['mode'];
  language?: 'nl' | 'en';
  /** Default true, as in the extension. */
  pseudonymize?: boolean;
  /** Called after a case's request is prepared and before it is sent (the test server installs its oracle). */
  beforeRun?: (context: CaseRunContext) => void;
  /** Called after every case, for progress output. */
  onCase?: (result: CaseResult, index: number, total: number) => void;
  /** The fetch underneath the pipeline's egress lock (default globalThis.fetch). */
  fetch?: typeof fetch;
}

/**
 * Runs each case through the real suggestion pipeline, as the side panel does: page read (readPage,
 * scanFields, fieldsFingerprint) → mergeFrames → prepareSuggestions (pseudonymise, schema, egress lock)
 * → run (model, validation, grounding, restore) → scored per expected field label.
 * Cases run one after another, so a test server's handler belongs to one case at a time.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport> {
  const language = options.language ?? 'nl';
  const pseudonymize = options.pseudonymize ?? true;
  const results: CaseResult[] = [];
  for (const [index, evalCase] of options.cases.entries()) {
    const result = await runCase(evalCase, { ...options, language, pseudonymize });
    results.push(result);
    options.onCase?.(result, index, options.cases.length);
  }
  const { provider, baseURL, model } = options.endpoint;
  return { mode: options.mode, endpoint: { provider, baseURL, model }, pseudonymize, language, cases: results, totals: summarize(results) };
}

async function runCase(
  evalCase: LoadedCase,
  options: RunEvalOptions & { language: 'nl' | 'en'; pseudonymize: boolean },
): Promise<CaseResult> {
  const result: CaseResult = {
    id: evalCase.id,
    description: evalCase.description,
    fields: [],
    suggestions: 0,
    grounded: 0,
    flagged: [],
    extra: [],
    dropped: [],
    leaks: [],
    identifiers: 0,
    oracleProblems: [],
    readMs: 0,
    runMs: 0,
  };
  const failAll = () =>
    Object.entries(evalCase.expected).map(([label, expected]): FieldResult => ({ label, expected, outcome: 'failed' }));

  const readStart = performance.now();
  let tab;
  try {
    tab = readCasePage(evalCase.pageHtml, evalCase.url);
  } catch (error) {
    result.error = `page could not be read: ${error instanceof Error ? error.message : String(error)}`;
    result.fields = failAll();
    return result;
  }
  result.readMs = performance.now() - readStart;

  const requestBodies: string[] = [];
  const responseBodies: string[] = [];
  const baseFetch = options.fetch ?? globalThis.fetch;
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    responseBodies.push(await response.clone().text().catch(() => ''));
    return response;
  };
  const prepared = prepareSuggestions(
    tab,
    {
      endpoint: options.endpoint,
      allowedOrigins: [endpointOrigin(options.endpoint)],
      pseudonymize: options.pseudonymize,
      language: options.language,
      onRequest: (request) => {
        if (request.body) requestBodies.push(request.body);
      },
      baseFetch: recordingFetch,
    },
    evalCase.notes,
  );
  result.identifiers = prepared.outgoing.identifiers;
  options.beforeRun?.({
    evalCase,
    restore: prepared.outgoing.restore,
    problem: (label, problem) => result.oracleProblems.push({ label, problem }),
  });

  const runStart = performance.now();
  const outcome = await prepared.run();
  result.runMs = performance.now() - runStart;
  result.leaks = (evalCase.mustNotSend ?? []).filter((word) => requestBodies.some((body) => body.toLocaleLowerCase('nl').includes(word.toLocaleLowerCase('nl'))));
  if (!outcome.ok) {
    result.failure = outcome.failure;
    result.fields = failAll();
    return result;
  }

  const items = outcome.items;
  result.suggestions = items.length;
  result.grounded = items.filter((i) => i.grounded).length;
  result.flagged = items.filter((i) => !i.grounded).map((i) => ({ label: i.label, problem: i.problem ?? 'unknown' }));
  const scored = new Set<string>();
  for (const [label, expected] of Object.entries(evalCase.expected)) {
    const field = fieldFor(label, tab.fields, prepared.fields);
    if (!field) {
      result.fields.push({ label, expected, outcome: 'no-field' });
      continue;
    }
    scored.add(refId(field));
    const item = items.find((i) => sameRef(i.field, field));
    result.fields.push(fieldResult(label, expected, item));
  }
  result.extra = items.filter((i) => !scored.has(refId(i.field))).map((i) => ({ label: i.label, suggested: i.suggested }));
  result.dropped = droppedAnswers(requestBodies, responseBodies, items);
  return result;
}

/** The field a case label means: a fillable one first (that is what the model was asked about). */
function fieldFor(label: string, all: PanelField[], fillable: PanelField[]): PanelField | undefined {
  const key = labelKey(label);
  return fillable.find((f) => labelKey(f.label) === key) ?? all.find((f) => labelKey(f.label) === key);
}

function fieldResult(label: string, expected: ExpectedValue, item: ReviewItem | undefined): FieldResult {
  if (!item) return { label, expected, outcome: scoreField(expected, undefined) };
  return {
    label,
    expected,
    suggested: item.suggested,
    outcome: scoreField(expected, item.suggested),
    grounded: item.grounded,
    problem: item.problem,
    quote: item.quote,
  };
}

/**
 * Answers that never became a review item: the pipeline's validation dropped them (value outside the
 * options, no quote, ...). Read from the raw exchange, since the pipeline does not report them.
 */
function droppedAnswers(requestBodies: string[], responseBodies: string[], items: ReviewItem[]): { label: string; value: unknown }[] {
  const request = parseJson(requestBodies.at(-1));
  const response = parseJson(responseBodies.at(-1));
  const properties = (request as { response_format?: { json_schema?: { schema?: { properties?: Record<string, { description?: string }> } } } })
    ?.response_format?.json_schema?.schema?.properties;
  const content = (response as { choices?: { message?: { content?: string } }[] })?.choices?.[0]?.message?.content;
  const answer = parseJson(content?.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  if (!properties || !answer || typeof answer !== 'object') return [];
  const suggested = new Set(items.map((i) => labelKey(i.label)));
  const dropped: { label: string; value: unknown }[] = [];
  for (const [alias, entry] of Object.entries(answer as Record<string, unknown>)) {
    if (entry === null || entry === undefined) continue;
    const label = properties[alias]?.description ?? alias;
    if (!suggested.has(labelKey(label))) dropped.push({ label, value: (entry as { value?: unknown }).value ?? entry });
  }
  return dropped;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Totals over all cases. */
export function summarize(cases: CaseResult[]): EvalTotals {
  const fields = cases.flatMap((c) => c.fields);
  const count = (outcome: FieldOutcome) => fields.filter((f) => f.outcome === outcome).length;
  const suggestions = cases.reduce((n, c) => n + c.suggestions, 0);
  const grounded = cases.reduce((n, c) => n + c.grounded, 0);
  const ms = cases.map((c) => c.readMs + c.runMs);
  return {
    cases: cases.length,
    fields: fields.length,
    correct: count('correct'),
    wrong: count('wrong'),
    missed: count('missed'),
    spurious: count('spurious'),
    failedFields: count('failed'),
    noField: count('no-field'),
    accuracy: fields.length === 0 ? 0 : count('correct') / fields.length,
    suggestions,
    grounded,
    groundingRate: suggestions === 0 ? null : grounded / suggestions,
    flagged: cases.reduce((n, c) => n + c.flagged.length, 0),
    dropped: cases.reduce((n, c) => n + c.dropped.length, 0),
    extra: cases.reduce((n, c) => n + c.extra.length, 0),
    leaks: cases.reduce((n, c) => n + c.leaks.length, 0),
    oracleProblems: cases.reduce((n, c) => n + c.oracleProblems.length, 0),
    failures: cases.filter((c) => c.failure).map((c) => ({ id: c.id, code: c.failure!.code })),
    errors: cases.filter((c) => c.error).map((c) => ({ id: c.id, error: c.error! })),
    msTotal: ms.reduce((a, b) => a + b, 0),
    msMax: Math.max(0, ...ms),
  };
}
