import { useEffect } from 'react';
import { useSettings } from '../hooks/useSettings';
import { TranslateProvider, useT } from '../i18n';
import { DiagnosticsView } from './DiagnosticsView';
import { SettingsForm } from './SettingsForm';

export function OptionsApp() {
  const resolved = useSettings();
  if (!resolved) return null;
  return (
    <TranslateProvider language={resolved.settings.language}>
      <Options resolved={resolved} />
    </TranslateProvider>
  );
}

function Options({ resolved }: { resolved: NonNullable<ReturnType<typeof useSettings>> }) {
  const { t } = useT();
  useEffect(() => {
    document.title = t('settings.title');
  }, [t]);
  return (
    <main className="options">
      <h1>{t('settings.title')}</h1>
      <SettingsForm resolved={resolved} />
      <DiagnosticsView resolved={resolved} />
    </main>
  );
}
