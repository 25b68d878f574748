// Types for server.mjs (a plain-JS OpenAI-compatible test server).
import type { ObedientOptions } from './obedient.mjs';

export type { ObedientOptions } from './obedient.mjs';

/** A scripted answer, consumed in order by POST chat/completions and audio/transcriptions. */
export type ScriptedResponse =
  /** Assistant text; streamed as several deltas (`chunks` even pieces, else per word), `chunkDelayMs` apart. */
  | { text: string; chunkDelayMs?: number; chunks?: number; finishReason?: string }
  /** Assistant content = JSON.stringify(json). Transcriptions: the response body itself. */
  | { json: unknown; chunkDelayMs?: number; chunks?: number; finishReason?: string }
  /** Assistant content sent verbatim (e.g. invalid JSON). */
  | { raw: string; chunkDelayMs?: number; chunks?: number; finishReason?: string }
  /** An HTTP status. Without body an OpenAI-style error body is sent; 429/5xx get `retry-after: 0` unless overridden. */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** Wait, then answer. */
  | { delayMs: number; then: ScriptedResponse }
  /** Never answer (until the client aborts or the server closes). */
  | { hang: true }
  /** The socket is destroyed without an answer (a connection reset). */
  | { reset: true }
  /** OpenAI-style error with this code, HTTP 400 by default (e.g. 'context_length_exceeded'). */
  | { error: string; message?: string; status?: number }
  /**
   * The obedient model (obedient.mjs): answers the request itself, following instructions in the page
   * text, laundering quotes and copying placeholders. `{ obedient: {} }` is the full attacker.
   */
  | { obedient: ObedientOptions }
  /** Dynamic answer from the recorded request. */
  | ((request: RecordedRequest) => ScriptedResponse | Promise<ScriptedResponse>);

export interface TranscriptionRequestBody {
  fields: Record<string, string>;
  file: {
    field: string;
    filename: string;
    contentType: string;
    size: number;
    bytes: Uint8Array;
    /** Decoded from the RIFF header for WAV files, else null. */
    durationSeconds: number | null;
  } | null;
  model?: string;
  language?: string;
  prompt?: string;
  response_format?: string;
  parts: { name: string; filename?: string; contentType?: string; size: number }[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON, a TranscriptionRequestBody for multipart, the text otherwise, null when empty. */
  body: any;
  /** The exact request body as text ('' for multipart). */
  rawBody: string;
  /** True when the client went away before the response was complete. */
  aborted: boolean;
  at: number;
}

export interface TestLlmServerOptions {
  port?: number;
  host?: string;
  models?: string[];
  /** Like OLLAMA_ORIGINS: requests whose Origin header matches none of these get 403 with an empty body. */
  allowOrigins?: string[];
  /** Report a context length the way one server kind does (see ContextReport). */
  contextReport?: ContextReport;
}

/**
 * How the server tells its context length, as the real servers do:
 * - `vllm`: `max_model_len` on each model of GET /v1/models;
 * - `ollama`: POST /api/show with `model_info["llama.context_length"]` (= `modelMax`) and `parameters`
 *   holding `num_ctx <numCtx>` when given; GET /api/ps lists the model with `context_length: tokens` when `loaded`;
 * - `lmstudio`: GET /api/v0/models with `max_context_length` (= `modelMax`) and, when `loaded`, `loaded_context_length`;
 * - `llamacpp`: GET /props with `default_generation_settings.n_ctx`.
 */
export interface ContextReport {
  style: 'vllm' | 'ollama' | 'lmstudio' | 'llamacpp';
  tokens: number;
  loaded?: boolean;
  numCtx?: number;
  modelMax?: number;
}

export interface TestLlmServer {
  /** e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  /** e.g. http://127.0.0.1:PORT */
  origin: string;
  port: number;
  models: string[];
  /** Every request, in order (recorded before it is answered, so hanging ones are included). */
  requests: RecordedRequest[];
  enqueue(...responses: ScriptedResponse[]): void;
  /**
   * Consulted first for every request (GET models included); return undefined to fall back to
   * the default models list / the queue.
   */
  setHandler(fn: ((request: RecordedRequest) => ScriptedResponse | undefined | Promise<ScriptedResponse | undefined>) | null): void;
  /** Scripted responses not yet consumed. */
  pending(): number;
  /** Clears queue, handler and recorded requests (the `requests` array is emptied in place); keeps the context report. */
  reset(): void;
  /** Starts (or with null stops) reporting a context length; see ContextReport. */
  setContextReport(report: ContextReport | null): void;
  close(): Promise<void>;
}

export function startTestLlmServer(options?: TestLlmServerOptions): Promise<TestLlmServer>;

/** Splits text into several SSE deltas. */
export function splitIntoDeltas(text: string, count?: number): string[];
