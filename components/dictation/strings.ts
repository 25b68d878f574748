/** UI language of the dictation component. */
export type DictationLanguage = 'nl' | 'en';

/** Every text the dictation component shows; Dutch first. `{n}`-style slots are filled by the component. */
export const dictationStrings = {
  nl: {
    heading: 'Dicteren',
    record: 'Opnemen',
    starting: 'Microfoon starten…',
    pause: 'Pauzeren',
    resume: 'Hervatten',
    stop: 'Stoppen',
    discard: 'Opname verwijderen',
    transcribe: 'Transcriberen',
    cancel: 'Annuleren',
    retry: 'Opnieuw transcriberen',
    openPermissionPage: 'Microfoon toestaan (opent een tabblad)',
    needsPermission:
      'Dossierhulp heeft eenmalig uw toestemming nodig om de microfoon te gebruiken. Het zijpaneel kan daar zelf niet om vragen: klik op "Microfoon toestaan", kies "Toestaan" in het tabblad dat opent en klik daarna hier opnieuw op Opnemen.',
    level: 'Geluidsniveau',
    elapsed: 'Opnameduur',
    progress: 'Voortgang transcriberen',
    statusRecording: 'Opname loopt.',
    statusPaused: 'Opname gepauzeerd.',
    statusRecorded: 'Opname gestopt ({duration}). Klik op Transcriberen om er tekst van te maken, of verwijder de opname.',
    statusTranscribing: 'Transcriberen: deel {done} van {total} klaar.',
    statusDone: 'De tekst is toegevoegd. De opname is verwijderd.',
    statusDiscarded: 'De opname is verwijderd.',
    statusNoSpeech: 'Er is geen spraak herkend. Spreek dichter bij de microfoon en probeer het opnieuw.',
    maxDuration: 'De maximale opnameduur van {minutes} minuten is bereikt; de opname is gestopt. U kunt nu transcriberen.',
    deviceLost: 'De microfoon is weggevallen; de opname tot dat moment is bewaard.',
    privacy: 'De opname gaat alleen naar {host} en wordt verwijderd zodra de tekst er is.',
  },
  en: {
    heading: 'Dictate',
    record: 'Record',
    starting: 'Starting microphone…',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    discard: 'Discard recording',
    transcribe: 'Transcribe',
    cancel: 'Cancel',
    retry: 'Transcribe again',
    openPermissionPage: 'Allow microphone (opens a tab)',
    needsPermission:
      'Dossierhulp needs your permission once to use the microphone. The side panel cannot ask for it itself: click "Allow microphone", choose "Allow" in the tab that opens, then click Record here again.',
    level: 'Sound level',
    elapsed: 'Recording time',
    progress: 'Transcription progress',
    statusRecording: 'Recording.',
    statusPaused: 'Recording paused.',
    statusRecorded: 'Recording stopped ({duration}). Click Transcribe to turn it into text, or discard it.',
    statusTranscribing: 'Transcribing: part {done} of {total} done.',
    statusDone: 'The text has been added. The recording has been deleted.',
    statusDiscarded: 'The recording has been deleted.',
    statusNoSpeech: 'No speech was recognised. Speak closer to the microphone and try again.',
    maxDuration: 'The maximum recording time of {minutes} minutes was reached; recording stopped. You can transcribe now.',
    deviceLost: 'The microphone was disconnected; the recording up to that moment has been kept.',
    privacy: 'The recording goes only to {host} and is deleted as soon as the text is in.',
  },
} satisfies Record<DictationLanguage, Record<string, string>>;

export type DictationStrings = (typeof dictationStrings)['nl'];

/** Fills `{name}` slots. */
export function fillSlots(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** Recording time as mm:ss (minutes keep counting past 59). */
export function formatElapsed(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const mm = Math.floor(whole / 60);
  const ss = whole % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}
