import { foldForMatch } from './fold';

/** Words for yes/checked: Dutch and English, as carers, pages and models write them. */
const TRUE_WORDS = new Set(['ja', 'waar', 'wel', 'aan', 'aangevinkt', 'x', '1', 'true', 'yes', 'on', 'checked']);
const FALSE_WORDS = new Set(['nee', 'onwaar', 'niet', 'uit', 'niet aangevinkt', '0', 'false', 'no', 'off', 'unchecked']);

/**
 * Reads yes/no: a boolean as it is, or one word of the list ("ja", "Nee", "aangevinkt", "x", "true", …; case,
 * accents and spaces do not matter). Null for anything else, also for the empty string.
 * @example parseDutchBoolean(' Ja ') // true
 */
export function parseDutchBoolean(value: string | boolean): boolean | null {
  if (typeof value === 'boolean') return value;
  const word = foldForMatch(value);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}
