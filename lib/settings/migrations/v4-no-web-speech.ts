// Frozen: this migration imports nothing from the live settings code, so later changes cannot alter it.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v3 → v4. v3 had `transcription.allowWebSpeech`, which nothing read: the browser's speech recognition
 * sends audio to the browser vendor and Dossierhulp never uses it. The stored switch is dropped, so it
 * does not come back as an unknown setting.
 */
export function migrateToV4(old: unknown): Record<string, unknown> {
  if (!isObject(old)) return { schemaVersion: 4 };
  const out: Record<string, unknown> = { ...old, schemaVersion: 4 };
  if (isObject(old.transcription) && 'allowWebSpeech' in old.transcription) {
    const { allowWebSpeech: _dropped, ...transcription } = old.transcription;
    if (Object.keys(transcription).length > 0) out.transcription = transcription;
    else delete out.transcription;
  }
  return out;
}
