import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { TranslateProvider, useT } from '@/components/i18n';
import { microphonePermissionState, requestMicrophoneAccess, type DictationErrorCode } from '@/lib/dictation';
import { createTranslator, type Language } from '@/lib/i18n';

// The side panel cannot show the browser's permission prompt, so the panel opens this tab
// (`openMicrophonePage(language)`). `?lang=en` switches the page to English.

type Status = { kind: 'idle' } | { kind: 'asking' } | { kind: 'granted'; already: boolean } | { kind: 'error'; code: DictationErrorCode };

function MicrophonePage() {
  const { t } = useT();
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
      <h1>{t('microphone.title')}</h1>
      <p>{t('microphone.why')}</p>
      <p>{t('microphone.privacy')}</p>
      <p>{t('microphone.steps')}</p>
      <button type="button" onClick={ask} disabled={status.kind === 'asking'}>
        {status.kind === 'asking' ? t('microphone.asking') : t('microphone.button')}
      </button>
      <div role="status" aria-live="polite">
        {status.kind === 'granted' && (
          <div className="status ok">
            <p>{status.already ? t('microphone.alreadyGranted') : t('microphone.granted')}</p>
            <button type="button" className="secondary" onClick={close}>
              {t('microphone.close')}
            </button>
          </div>
        )}
      </div>
      <div role="alert">
        {status.kind === 'error' && (
          <div className="status error">
            <p>{status.code === 'permission-denied' ? t('microphone.denied') : t(`dictationError.${status.code}`)}</p>
          </div>
        )}
      </div>
    </main>
  );
}

const language: Language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
document.title = createTranslator(language)('microphone.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TranslateProvider language={language}>
      <MicrophonePage />
    </TranslateProvider>
  </StrictMode>,
);
