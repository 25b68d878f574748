import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import {
  dictationErrorMessages,
  microphonePermissionState,
  requestMicrophoneAccess,
  type DictationErrorCode,
} from '@/lib/dictation';

// The side panel cannot show the browser's permission prompt, so the panel opens this tab
// (`openMicrophonePage(language)`). `?lang=en` switches the page to English.
type Language = 'nl' | 'en';

const strings = {
  nl: {
    title: 'Microfoon toestaan voor Dossierhulp',
    why: 'Om te kunnen dicteren heeft Dossierhulp toegang tot uw microfoon nodig. Het zijpaneel kan zelf geen toestemming vragen; daarom gebeurt dat eenmalig in dit tabblad.',
    privacy:
      'Dossierhulp neemt alleen op als u in het zijpaneel op "Opnemen" klikt. De opname gaat alleen naar de transcriptiedienst die uw organisatie heeft ingesteld en wordt verwijderd zodra de tekst er is. Op deze pagina wordt niets opgenomen: de microfoon wordt meteen weer vrijgegeven.',
    steps: 'Klik op de knop en kies "Toestaan" in de melding van de browser.',
    button: 'Microfoon toestaan',
    asking: 'Toestemming vragen…',
    granted: 'Microfoon toegestaan — u kunt dit tabblad sluiten.',
    alreadyGranted: 'De microfoon is al toegestaan. U kunt dit tabblad sluiten.',
    denied:
      'De browser heeft de microfoon geblokkeerd. Klik op het slotje of het microfoonpictogram links in de adresbalk, zet Microfoon op "Toestaan" en klik daarna opnieuw op de knop.',
    close: 'Tabblad sluiten',
  },
  en: {
    title: 'Allow the microphone for Dossierhulp',
    why: 'To dictate, Dossierhulp needs access to your microphone. The side panel cannot ask for permission itself, so it is asked once in this tab.',
    privacy:
      'Dossierhulp only records when you click "Record" in the side panel. The recording goes only to the transcription service your organisation has set up and is deleted as soon as the text is in. Nothing is recorded on this page: the microphone is released straight away.',
    steps: 'Click the button and choose "Allow" in the browser prompt.',
    button: 'Allow microphone',
    asking: 'Asking for permission…',
    granted: 'Microphone allowed — you can close this tab.',
    alreadyGranted: 'The microphone is already allowed. You can close this tab.',
    denied:
      'The browser has blocked the microphone. Click the lock or microphone icon at the left of the address bar, set Microphone to "Allow" and click the button again.',
    close: 'Close tab',
  },
} satisfies Record<Language, Record<string, string>>;

type Status = { kind: 'idle' } | { kind: 'asking' } | { kind: 'granted'; already: boolean } | { kind: 'error'; code: DictationErrorCode };

function MicrophonePage({ language }: { language: Language }) {
  const t = strings[language];
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    void microphonePermissionState().then((state) => {
      if (state === 'granted') setStatus((s) => (s.kind === 'idle' ? { kind: 'granted', already: true } : s));
    });
  }, []);

  const ask = async () => {
    setStatus({ kind: 'asking' });
    const result = await requestMicrophoneAccess();
    setStatus(result.ok ? { kind: 'granted', already: false } : { kind: 'error', code: result.code });
  };

  const close = async () => {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id != null) await browser.tabs.remove(tab.id);
    else window.close();
  };

  return (
    <main>
      <h1>{t.title}</h1>
      <p>{t.why}</p>
      <p>{t.privacy}</p>
      <p>{t.steps}</p>
      <button type="button" onClick={ask} disabled={status.kind === 'asking'}>
        {status.kind === 'asking' ? t.asking : t.button}
      </button>
      <div role="status" aria-live="polite">
        {status.kind === 'granted' && (
          <div className="status ok">
            <p>{status.already ? t.alreadyGranted : t.granted}</p>
            <button type="button" className="secondary" onClick={close}>
              {t.close}
            </button>
          </div>
        )}
      </div>
      <div role="alert">
        {status.kind === 'error' && (
          <div className="status error">
            <p>{status.code === 'permission-denied' ? t.denied : dictationErrorMessages[status.code][language]}</p>
          </div>
        )}
      </div>
    </main>
  );
}

const language: Language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
document.documentElement.lang = language;
document.title = strings[language].title;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MicrophonePage language={language} />
  </StrictMode>,
);
