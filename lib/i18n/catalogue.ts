import { en } from './locales/en';
import { nl } from './locales/nl';

/** The languages of the UI; Dutch first. The nurse picks one in Settings, the browser's language does not decide. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** The Dutch catalogue's type: its keys and its literal texts (placeholders are read from them). */
export type Catalogue = typeof nl;

type ShapeOf<T> = T extends string ? string : { readonly [K in keyof T]: ShapeOf<T[K]> };
/** What every other language must satisfy: exactly the Dutch keys, any text. */
export type CatalogueShape = ShapeOf<Catalogue>;

export const catalogues: Record<Language, CatalogueShape> = { nl, en };

type Entries<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? { key: `${P}${K}`; text: T[K] } : Entries<T[K], `${P}${K}.`>;
}[keyof T & string];
type Entry = Entries<Catalogue>;

/** i18next plural forms; Dutch and English use `one` and `other` (`zero` is optional, for count 0). */
type WithoutPlural<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K extends `${infer B}_zero` ? B : K;

/** A text's key as code calls it: `'log.count'` for `log.count_one` / `log.count_other`. */
export type MessageKey = WithoutPlural<Entry['key']>;

type TextOf<K extends string> = Extract<Entry, { key: K | `${K}_one` | `${K}_other` | `${K}_zero` }>['text'];
type NameOf<P extends string> = P extends `${infer N},${string}` ? NameOf<N> : P extends ` ${infer N}` | `${infer N} ` ? NameOf<N> : P;
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? NameOf<P> | Placeholders<Rest> : never;
type IsPlural<K extends string> = `${K}_other` extends Entry['key'] ? true : false;
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** A value for a placeholder; numbers are shown in the language's format (38,2 in Dutch). Pass ids as strings. */
export type ParamValue = string | number;

/** The named values a text needs; `count` (a number) for a text with plural forms. */
export type MessageParams<K extends MessageKey> =
  IsPlural<K> extends true
    ? { count: number } & { [N in Exclude<Placeholders<TextOf<K>>, 'count'>]: ParamValue }
    : { [N in Placeholders<TextOf<K>>]: ParamValue };

/**
 * The parameters `t(key, …)` takes: none for a text without placeholders, exactly its placeholders
 * otherwise. A key built from a code (`fillError.${code}`) is a union of keys: its values are checked
 * when the text is made (a missing one throws in tests).
 */
export type TranslateArgs<K extends MessageKey> =
  true extends IsUnion<K>
    ? [params?: Record<string, ParamValue>]
    : [Placeholders<TextOf<K>>] extends [never]
      ? []
      : [params: MessageParams<K>];

/**
 * The text for a key in one language, placeholders filled and the plural form chosen.
 *
 * @example t('read.tables', { count: 1 }) // '1 tabel'
 */
export type Translate = <K extends MessageKey>(key: K, ...params: TranslateArgs<K>) => string;
