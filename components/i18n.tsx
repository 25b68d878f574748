import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';

export type Language = 'nl' | 'en';
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type Translate = (key: string, subs?: (string | number)[]) => string;

/**
 * Looks a key up in a built messages.json. Needed because the browser's i18n API follows the browser's
 * language, while a Dutch nurse on an English browser (or the reverse) chooses the language in Settings.
 */
function lookup(messages: Messages, key: string, subs: (string | number)[] = []): string {
  const entry = messages[key.replaceAll('.', '_')];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) text = text.replaceAll(`$${name}$`, p.content);
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** Browser message names allow only letters, digits and `_`; our codes use `-` (e.g. `quote-not-in-source`). */
function messageKey(key: string): string {
  return key.replaceAll('-', '_');
}

const TranslateContext = createContext<{ t: Translate; language: Language }>({
  t: (key, subs) => i18n.t(messageKey(key) as never, subs?.map(String) as never),
  language: 'nl',
});

export function TranslateProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [messages, setMessages] = useState<Messages | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch(`/_locales/${language}/messages.json`)
      .then((r) => r.json() as Promise<Messages>)
      .then((m) => live && setMessages(m))
      .catch(() => live && setMessages(null));
    return () => {
      live = false;
    };
  }, [language]);
  const t: Translate = (raw, subs) => {
    const key = messageKey(raw);
    return messages ? lookup(messages, key, subs) : i18n.t(key as never, subs?.map(String) as never);
  };
  // Render once the chosen language is known, so the panel never flashes in the browser's language.
  if (messages === undefined) return null;
  return <TranslateContext.Provider value={{ t, language }}>{children}</TranslateContext.Provider>;
}

export function useT() {
  return useContext(TranslateContext);
}
