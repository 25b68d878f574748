import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createTranslator, displayFormat, type DisplayFormat, type Language, type Translate } from '@/lib/i18n';

/** What a component needs to speak the user's language: `t`, the language, and how to show numbers and dates. */
export interface Localisation {
  language: Language;
  t: Translate;
  format: DisplayFormat;
}

function localisation(language: Language): Localisation {
  return { language, t: createTranslator(language), format: displayFormat(language) };
}

// Outside a provider (component tests) the UI speaks Dutch.
const LocalisationContext = createContext<Localisation>(localisation('nl'));

/**
 * The UI language for everything below it. The language comes from Settings, not from the browser: a Dutch
 * nurse on an English browser (or the reverse) chooses it there, and the panel switches at once.
 */
export function TranslateProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => localisation(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <LocalisationContext.Provider value={value}>{children}</LocalisationContext.Provider>;
}

/**
 * @example
 * const { t, format } = useT();
 * t('read.tables', { count: tables }); // '1 tabel', '2 tabellen'
 * format.dateTime(event.at); // '05-03-2025 14:07'
 */
export function useT(): Localisation {
  return useContext(LocalisationContext);
}
