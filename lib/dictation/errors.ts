import { APICallError, NoTranscriptGeneratedError, RetryError } from 'ai';
import { z } from 'zod';

/** Everything that can go wrong while dictating, as the UI needs to tell it apart. */
export const dictationErrorCodeSchema = z.enum([
  'no-microphone',
  'permission-denied',
  'endpoint-down',
  'audio-too-long',
  'unauthorized',
  'not-configured',
  // The organisation's allowlist does not hold the transcription server: the egress lock sent nothing.
  'not-allowed',
  // The recording holds no speech (silence, or too quiet), or the transcript only a speech-to-text filler.
  'no-speech',
  'cancelled',
  'unknown',
]);
export type DictationErrorCode = z.infer<typeof dictationErrorCodeSchema>;

/** An error that already knows its {@link DictationErrorCode}. */
export class DictationError extends Error {
  readonly code: DictationErrorCode;
  constructor(code: DictationErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.name = 'DictationError';
    this.code = code;
  }
}

/** Browsers report a refused fetch (server down, CORS, no host permission) as a bare TypeError. */
const FETCH_FAILURE = /failed to fetch|fetch failed|networkerror|load failed|network request failed/i;

function classifyStatus(status: number): DictationErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 413) return 'audio-too-long';
  // 404: wrong address; 408/429/5xx: down, overloaded or timing out. The user's fix is the same.
  if (status === 404 || status === 408 || status === 429 || status >= 500) return 'endpoint-down';
  return 'unknown';
}

/**
 * Maps anything thrown by getUserMedia, the recorder, fetch or the AI SDK to a {@link DictationErrorCode}.
 *
 * @example
 * classifyDictationError(new DOMException('', 'NotAllowedError')); // 'permission-denied'
 */
export function classifyDictationError(err: unknown): DictationErrorCode {
  if (err instanceof DictationError) return err.code;
  // The egress lock (lib/llm/guardedFetch.ts) throws an LlmError, also when the server cannot be reached.
  const failure = (err as { name?: unknown; failure?: { code?: unknown } } | null)?.name === 'LlmError' ? (err as { failure: { code: string } }).failure.code : null;
  if (failure === 'egress-blocked') return 'not-allowed';
  if (failure) return failure === 'cancelled' ? 'cancelled' : 'endpoint-down';
  // The SDK wraps the last failure after its retries; the cause is what matters.
  if (RetryError.isInstance(err)) return classifyDictationError(err.lastError);
  if (APICallError.isInstance(err)) {
    if (err.statusCode != null) return classifyStatus(err.statusCode);
    return 'endpoint-down'; // no status: the request never got an answer
  }
  if (NoTranscriptGeneratedError.isInstance(err)) return 'unknown';
  const name = err instanceof Error || isDomExceptionLike(err) ? (err as { name: string }).name : '';
  switch (name) {
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'NotReadableError': // device busy or broken: same remedy as a missing microphone
      return 'no-microphone';
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError': // older Chromium
      return 'permission-denied';
    case 'AbortError':
      return 'cancelled';
    case 'TimeoutError':
      return 'endpoint-down';
  }
  if (err instanceof TypeError && FETCH_FAILURE.test(err.message)) return 'endpoint-down';
  return 'unknown';
}

function isDomExceptionLike(err: unknown): boolean {
  return typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string';
}

/**
 * What the user sees for each {@link DictationErrorCode}: what happened and what to do next.
 * Dutch first; English for the `en` UI language.
 */
export const dictationErrorMessages: Record<DictationErrorCode, { nl: string; en: string }> = {
  'no-microphone': {
    nl: 'Er is geen microfoon gevonden, of de microfoon is in gebruik door een ander programma. Sluit een microfoon aan of sluit het andere programma en probeer het opnieuw.',
    en: 'No microphone was found, or it is in use by another program. Connect a microphone or close the other program and try again.',
  },
  'permission-denied': {
    nl: 'Dossierhulp mag de microfoon niet gebruiken. Open de toestemmingspagina en klik op "Microfoon toestaan", of sta de microfoon toe via het slotje in de adresbalk. Probeer het daarna opnieuw.',
    en: 'Dossierhulp is not allowed to use the microphone. Open the permission page and click "Allow microphone", or allow it via the lock icon in the address bar. Then try again.',
  },
  'endpoint-down': {
    nl: 'De transcriptiedienst is niet bereikbaar of reageert niet. Controleer of de dienst draait, of het adres in de instellingen klopt en of Dossierhulp toegang heeft tot dat adres. Uw opname is bewaard: probeer het zo opnieuw.',
    en: 'The transcription service cannot be reached or does not respond. Check that it is running, that the address in the settings is correct and that Dossierhulp may access it. Your recording has been kept: try again shortly.',
  },
  'audio-too-long': {
    nl: 'De opname is te lang voor de transcriptiedienst. Neem kortere stukken op (bijvoorbeeld per onderwerp) of vraag de beheerder de maximale lengte te verhogen.',
    en: 'The recording is too long for the transcription service. Record shorter parts (for example one per topic) or ask your administrator to raise the limit.',
  },
  unauthorized: {
    nl: 'De transcriptiedienst weigert de toegang. Controleer de API-sleutel in de instellingen of neem contact op met de beheerder.',
    en: 'The transcription service refused access. Check the API key in the settings or contact your administrator.',
  },
  'not-configured': {
    nl: 'Er is geen transcriptiedienst ingesteld. Vul bij Instellingen → Spraak het adres en model van de dienst van uw organisatie in, of vraag de beheerder dit te doen.',
    en: "No transcription service has been set up. Enter your organisation's service address and model under Settings → Speech, or ask your administrator.",
  },
  'not-allowed': {
    nl: 'De transcriptiedienst in de instellingen staat niet op de lijst van servers die uw organisatie toestaat. Er is geen audio verstuurd. Kies een toegestane dienst of vraag uw beheerder.',
    en: 'The transcription service in the settings is not on the list of servers your organisation allows. No audio was sent. Choose an allowed service or ask your administrator.',
  },
  'no-speech': {
    nl: 'Er is geen spraak in de opname gehoord (stilte of te zacht), of de spraakherkenning gaf alleen een standaardzin terug die zij bij stilte bedenkt (zoals "Ondertiteling door…"). Er is niets aan uw notities toegevoegd en er wordt geen concept gemaakt. Controleer of de goede microfoon aan staat, spreek dichterbij en neem opnieuw op.',
    en: 'No speech was heard in the recording (silence, or too quiet), or speech recognition only returned a stock phrase it makes up on silence (such as "Subtitles by…"). Nothing was added to your notes and no draft is made. Check that the right microphone is on, speak closer and record again.',
  },
  cancelled: {
    nl: 'Het transcriberen is gestopt. Uw opname is bewaard; u kunt opnieuw transcriberen of de opname verwijderen.',
    en: 'Transcription was stopped. Your recording has been kept; you can transcribe again or discard it.',
  },
  unknown: {
    nl: 'Er ging iets onverwachts mis bij het dicteren. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
    en: 'Something unexpected went wrong while dictating. Try again; if it keeps failing, tell your administrator.',
  },
};
