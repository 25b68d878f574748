import { catalogues, languages } from './catalogue';

/**
 * The browser's own `_locales/<lang>/messages.json` (extension name, description, toolbar title,
 * shortcut), made from the `manifest` texts of the catalogue at build time (wxt.config.ts). The
 * manifest refers to them as `__MSG_extName__`; the browser picks the language, as it does for its menus.
 */
export function browserMessageFiles(): { relativeDest: string; contents: string }[] {
  return languages.map((language) => {
    const messages = Object.fromEntries(Object.entries(catalogues[language].manifest).map(([name, message]) => [name, { message }]));
    return { relativeDest: `_locales/${language}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
