import { createAzure } from '@ai-sdk/azure';
import { createOpenAI } from '@ai-sdk/openai';
import { experimental_transcribe, NoTranscriptGeneratedError, type TranscriptionModel } from 'ai';
import { createGuardedFetch } from '../llm/guardedFetch';
import { isTranscriptionConfigured, type TranscriptionConfig } from './config';
import { DictationError } from './errors';
import { hasSpeech, withoutFillers } from './speech';
import { readWavInfo } from './wav';

export interface TranscribeChunksOptions {
  config: TranscriptionConfig;
  /** WAV chunks in recording order; each is a complete file. */
  chunks: Blob[];
  /**
   * Origins audio may go to: the organisation's policy (lib/settings transcriptionPolicyFor). Every request goes
   * through the egress lock; an origin outside this list, or an empty list, gets nothing.
   */
  allowedOrigins: readonly string[];
  /** The fetch underneath the egress lock (tests, or a fetch that adds organisation headers). */
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Called after each chunk: `done` of `total` chunks transcribed. */
  onProgress?(done: number, total: number): void;
  /** Refuse before sending when the chunks together are longer than this (seconds). */
  maxSeconds?: number;
  /** SDK retries per chunk on network errors, 408/429/5xx (default 2, with backoff). */
  maxRetries?: number;
}

/**
 * Transcribes recorded WAV chunks one after the other and joins the texts in order.
 * Audio goes only to `config.baseURL`, and only when `allowedOrigins` holds its origin. Errors are thrown as-is; map them with
 * `classifyDictationError`. Throws `DictationError('not-configured')` without sending
 * anything when no endpoint is set, `DictationError('audio-too-long')` when the
 * chunks exceed `maxSeconds`, and `DictationError('no-speech')` when no chunk holds speech (silent chunks are
 * not sent) or the transcript is empty or only the stock phrases a model writes on silence.
 *
 * @example
 * const text = await transcribeChunks({ config, chunks: await recorder.stop(), onProgress: (d, t) => … });
 */
export async function transcribeChunks(options: TranscribeChunksOptions): Promise<string> {
  const { config, chunks, signal, onProgress } = options;
  if (!isTranscriptionConfigured(config)) throw new DictationError('not-configured');
  const files = await Promise.all(chunks.map(async (chunk) => new Uint8Array(await chunk.arrayBuffer())));
  if (options.maxSeconds != null) {
    const seconds = totalWavSeconds(files);
    if (seconds > options.maxSeconds) {
      throw new DictationError('audio-too-long', `${seconds.toFixed(1)} s exceeds ${options.maxSeconds} s`);
    }
  }
  const model = transcriptionModel(config, createGuardedFetch({ allowedOrigins: [...options.allowedOrigins], baseFetch: options.fetch }));
  const texts: string[] = [];
  onProgress?.(0, files.length);
  for (const [index, audio] of files.entries()) {
    signal?.throwIfAborted();
    // Silence is not sent: a speech-to-text model makes text up on it (lib/dictation/speech.ts).
    if (hasSpeech(audio)) texts.push(withoutFillers(await transcribeOne(model, audio, config.language, signal, options.maxRetries)));
    onProgress?.(index + 1, files.length);
  }
  const text = texts.map((t) => t.trim()).filter(Boolean).join(' ');
  if (!text) throw new DictationError('no-speech', texts.length === 0 ? 'no chunk held speech' : 'the transcript held no words');
  return text;
}

async function transcribeOne(
  model: TranscriptionModel,
  audio: Uint8Array,
  language: string,
  abortSignal: AbortSignal | undefined,
  maxRetries: number | undefined,
): Promise<string> {
  try {
    const result = await experimental_transcribe({
      model,
      audio,
      // Both the OpenAI and the Azure transcription models read the `openai` options.
      providerOptions: { openai: { language } },
      abortSignal,
      maxRetries,
    });
    return result.text;
  } catch (err) {
    // A chunk with only silence (a pause, the tail of a recording) legitimately has no text.
    if (NoTranscriptGeneratedError.isInstance(err)) return '';
    throw err;
  }
}

/** Sum of the durations in the WAV headers; a chunk that is not a WAV counts as 0. */
export function totalWavSeconds(files: Uint8Array[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += readWavInfo(file).durationSeconds;
    } catch {
      // Not ours to judge here; the server will reject what it cannot read.
    }
  }
  return total;
}

/** The host audio is sent to, for the audit log. */
export function transcriptionEndpointHost(config: Pick<TranscriptionConfig, 'baseURL'>): string {
  try {
    return new URL(config.baseURL).host;
  } catch {
    return '';
  }
}

function transcriptionModel(config: TranscriptionConfig, fetchFn?: typeof globalThis.fetch): TranscriptionModel {
  const baseURL = config.baseURL.replace(/\/+$/, '');
  // Local servers often need no key, but the SDK insists on a string.
  const apiKey = config.apiKey || 'none';
  switch (config.provider) {
    case 'azure':
      // https://<resource>.openai.azure.com/openai → …/openai/v1/audio/transcriptions?api-version=v1; model = deployment.
      return createAzure({ baseURL, apiKey, fetch: fetchFn }).transcription(config.model);
    case 'openai':
      return createOpenAI({ baseURL, apiKey, fetch: fetchFn }).transcription(config.model);
    case 'openai-compatible':
      return createOpenAI({ baseURL, apiKey, fetch: withPlainJsonResponses(fetchFn), name: 'openai-compatible' }).transcription(
        config.model,
      );
  }
}

/**
 * The SDK asks for `response_format=verbose_json` to get segments. whisper.cpp's server
 * returns segments without fields the SDK's schema requires, and older vLLM rejects the
 * format; plain `json` (`{ text }`) is what every OpenAI-compatible server supports.
 */
function withPlainJsonResponses(fetchFn?: typeof globalThis.fetch): typeof globalThis.fetch {
  return (input, init) => {
    const body = init?.body;
    if (body instanceof FormData && body.get('response_format') === 'verbose_json') {
      body.set('response_format', 'json');
      body.delete('timestamp_granularities[]');
    }
    return (fetchFn ?? globalThis.fetch)(input, init);
  };
}
