import { z } from 'zod';

/**
 * Where dictated audio is transcribed. Local copy of the settings' `transcription` block
 * (the settings module owns the real one; the shapes must stay identical).
 *
 * Audio only ever goes to `baseURL`: an OpenAI-compatible `POST {baseURL}/audio/transcriptions`
 * (whisper.cpp server, speaches/faster-whisper, vLLM), Azure OpenAI or OpenAI.
 */
export const transcriptionConfigSchema = z.object({
  provider: z.enum(['openai-compatible', 'azure', 'openai']).default('openai-compatible'),
  /** e.g. http://localhost:8000/v1. Empty means: no transcription endpoint configured. */
  baseURL: z.string().default(''),
  model: z.string().default('whisper-1'),
  apiKey: z.string().default(''),
  /** ISO-639-1 code sent with every request, so Whisper does not guess the language. */
  language: z.string().default('nl'),
  /** Browser speech recognition sends audio to the browser vendor; off unless policy allows it. */
  allowWebSpeech: z.boolean().default(false),
});
export type TranscriptionConfig = z.infer<typeof transcriptionConfigSchema>;

/** True when there is somewhere to send audio to. */
export function isTranscriptionConfigured(config: Pick<TranscriptionConfig, 'baseURL' | 'model'>): boolean {
  if (!config.baseURL.trim() || !config.model.trim()) return false;
  try {
    const url = new URL(config.baseURL);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
