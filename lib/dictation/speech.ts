import { decodeWavSamples } from './wav';

/**
 * Guards against a transcript of nothing. Speech-to-text models invent text on silence: Whisper writes
 * "Ondertiteling door TV Gelderland" or "Bedankt voor het kijken" on an empty recording, and a scribe has been
 * seen inventing a whole visit from one. So:
 * 1. a chunk without speech is not sent at all (`hasSpeech`): speech is loud enough in enough short frames;
 * 2. what comes back is cleared of the stock phrases these models write on silence (`withoutFillers`).
 * When nothing is left, the recording held no speech and no text, so no draft, is made of it.
 */

/** Frames of 20 ms; one is voiced when its RMS is above -40 dBFS (a quiet voice close to a laptop microphone is around -30). */
const FRAME_SECONDS = 0.02;
export const VOICED_RMS = 0.01;
/** At least this much voiced audio in a chunk (a short "ja" is about 0.2 s). */
export const MIN_VOICED_SECONDS = 0.1;

/**
 * Whether a WAV chunk holds anything loud enough to be speech. A chunk that is not a 16-bit WAV is not judged
 * here (true): the server gets it and says what it heard.
 * @example hasSpeech(encodeWav(new Float32Array(16000), 16000)) // false: one second of digital silence
 */
export function hasSpeech(wav: Uint8Array): boolean {
  let decoded: { samples: Float32Array; sampleRate: number };
  try {
    decoded = decodeWavSamples(wav);
  } catch {
    return true;
  }
  const { samples, sampleRate } = decoded;
  const frame = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
  const needed = Math.max(1, Math.ceil(MIN_VOICED_SECONDS / FRAME_SECONDS));
  let voiced = 0;
  for (let start = 0; start + frame <= samples.length; start += frame) {
    let sum = 0;
    for (let i = start; i < start + frame; i++) sum += samples[i]! * samples[i]!;
    if (Math.sqrt(sum / frame) > VOICED_RMS && ++voiced >= needed) return true;
  }
  return false;
}

/**
 * Stock phrases speech-to-text writes on silence or noise (Dutch and English). Each is a whole sentence; a
 * sentence that only holds one of them is taken out.
 */
const FILLERS: RegExp[] = [
  /^ondertitel(?:ing|d)\b.*$/i, // "Ondertiteling door TV Gelderland 2021", "Ondertiteld door de Amara.org gemeenschap"
  /^(?:hartelijk |heel erg )?bedankt voor (?:het )?(?:kijken|luisteren)$/i,
  /^(?:dank u|dank je)(?: wel)? voor (?:het )?(?:kijken|luisteren)$/i,
  /^(?:vergeet niet te |like en )?abonneer(?:en)?\b.*$/i,
  /^tot (?:de )?volgende (?:keer|video)$/i,
  /^(?:subtitles|captions|transcri(?:bed|ption)) by\b.*$/i,
  /^(?:thanks|thank you)(?: so much| very much)? for watching$/i,
  /^(?:please )?(?:like and )?subscribe\b.*$/i,
  /\bamara(?: org)?\b/i, // (punctuation is gone by now: 'amara org')
  /^(?:you|muziek|music|applaus|applause|stilte|silence)$/i,
];

/**
 * The transcript without the stock phrases of silence; '' when nothing else was said.
 * @example withoutFillers('Ondertiteling door TV Gelderland 2021') // ''
 * @example withoutFillers('Mw. had pijn. Bedankt voor het kijken!') // 'Mw. had pijn.'
 */
export function withoutFillers(text: string): string {
  const sentences = text.split(/(?<=[.!?…])\s+|\n+/);
  const kept = sentences.filter((s) => {
    const bare = s.replace(/[\s"“”'‘’()[\]♪*.!?…,:;-]+/g, ' ').trim();
    return bare !== '' && !FILLERS.some((re) => re.test(bare));
  });
  return kept.join(' ').trim();
}
