import type { ExpectedValue } from './evalCase';

/** How one expected field came out. */
export type FieldOutcome =
  /** Same value as expected, or both empty. */
  | 'correct'
  /** A value was suggested, but not the expected one. */
  | 'wrong'
  /** A value was expected, nothing was suggested. */
  | 'missed'
  /** Nothing was expected ("no value"), a value was suggested anyway. */
  | 'spurious'
  /** The run failed, so nothing could be scored. */
  | 'failed'
  /** The page has no fillable field with this label: the case or the page layer is wrong. */
  | 'no-field';

const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;
const TRUE_WORDS = new Set(['true', 'ja', 'yes', 'waar']);
const FALSE_WORDS = new Set(['false', 'nee', 'no', 'onwaar']);

/**
 * Label as the prompt and the report compare it: one line, no quotes, no trailing colon or required-star,
 * case and accents of the letters kept but case folded.
 * @example labelKey('  Temperatuur  (°C): *') // 'temperatuur (°c)'
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFC')
    .replace(/[\s"`]+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim()
    .toLocaleLowerCase('nl');
}

/** Empty in the sense of "no value": null, blank text, or an unticked checkbox. */
export function isEmptyAnswer(value: ExpectedValue | undefined): boolean {
  return value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
}

/**
 * Equal as a carer would judge it: case and spacing do not matter, a decimal comma equals a dot and
 * numbers compare by value ("38,2" = 38.2 = "38.20"), "ja" equals true for a checkbox.
 * @example sameAnswer('38,2', 38.2) // true
 */
export function sameAnswer(a: ExpectedValue | undefined, b: ExpectedValue | undefined): boolean {
  if (isEmptyAnswer(a) || isEmptyAnswer(b)) return isEmptyAnswer(a) && isEmptyAnswer(b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return asBoolean(a) !== undefined && asBoolean(a) === asBoolean(b);
  const x = String(a).normalize('NFC').trim();
  const y = String(b).normalize('NFC').trim();
  if (NUMBER.test(x) && NUMBER.test(y)) return Math.abs(Number(x.replace(',', '.')) - Number(y.replace(',', '.'))) < 1e-9;
  return foldText(x) === foldText(y);
}

/** Scores one field: expected value against the suggested one (undefined when nothing was suggested). */
export function scoreField(expected: ExpectedValue, suggested: ExpectedValue | undefined): FieldOutcome {
  if (sameAnswer(expected, suggested)) return 'correct';
  if (isEmptyAnswer(suggested)) return 'missed';
  if (isEmptyAnswer(expected)) return 'spurious';
  return 'wrong';
}

function asBoolean(value: ExpectedValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLocaleLowerCase('nl');
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
}

function foldText(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/[.;,]$/, '');
}
