import { transcriptionSchema, type TranscriptionSettings } from '../settings/schema';

/**
 * Where dictated audio is transcribed: the settings' `transcription` block, which owns the schema.
 * Audio only ever goes to `baseURL`: an OpenAI-compatible `POST {baseURL}/audio/transcriptions`
 * (whisper.cpp server, speaches/faster-whisper, vLLM), Azure OpenAI or OpenAI.
 */
export const transcriptionConfigSchema = transcriptionSchema;
export type TranscriptionConfig = TranscriptionSettings;

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
