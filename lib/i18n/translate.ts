import i18next, { type FormatterModule, type i18n } from 'i18next';
import { catalogues, languages, type Language, type Translate } from './catalogue';
import { formatNumber } from './displayFormat';

/** In tests a missing key or a missing placeholder value throws; in the extension it shows the key and logs. */
const strict = import.meta.env.MODE === 'test';

function complain(problem: string): void {
  if (strict) throw new Error(`i18n: ${problem}`);
  console.error(`Dossierhulp i18n: ${problem}`);
}

/** Every interpolated number is shown in the language's format (38,2 in Dutch), so no call site formats counts. */
const numbersInLanguage: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything but a number passes through unchanged, as i18next's own formatter does.
  format: (value: unknown, _format, lng) =>
    (typeof value === 'number' && languages.includes(lng as Language) ? formatNumber(value, lng as Language) : value) as string,
};

let instance: i18n | null = null;

/** One i18next instance with both catalogues, made on first use; the language is fixed per translator, never global. */
function i18nextInstance(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.use(numbersInLanguage).init({
    resources: Object.fromEntries(languages.map((l) => [l, { translation: catalogues[l] }])),
    lng: 'nl',
    fallbackLng: false,
    supportedLngs: [...languages],
    initAsync: false,
    nsSeparator: false,
    keySeparator: '.',
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false, alwaysFormat: true },
    parseMissingKeyHandler: (key: string) => {
      complain(`no text for "${key}"`);
      return key;
    },
    returnedObjectHandler: (key: string) => {
      complain(`"${key}" is a group of texts, not a text`);
      return key;
    },
    missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
      complain(`no value for ${match[0]} in "${text}"`);
      return match[0];
    },
  });
  return instance;
}

/**
 * The translate function for one language. Plural forms follow i18next (`key_one` / `key_other`, chosen
 * by `count` through Intl.PluralRules); placeholders are named. React code gets it from `useT()`; lib/
 * code that must produce text takes it as a parameter.
 *
 * @example
 * const t = createTranslator('nl');
 * t('read.tables', { count: 2 }); // '2 tabellen'
 * t('fields.busy', { model: 'qwen2.5' }); // 'Voorstellen worden gemaakt met qwen2.5…'
 */
export function createTranslator(language: Language): Translate {
  const fixed = i18nextInstance().getFixedT(language) as unknown as (key: string, options?: object) => string;
  return ((key: string, params?: Record<string, string | number>) =>
    // Values go in `replace`, so a placeholder can never be mistaken for an i18next option (lng, context…).
    fixed(key, params ? { replace: params, ...(typeof params.count === 'number' ? { count: params.count } : {}) } : undefined)) as Translate;
}
