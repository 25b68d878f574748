import { contentWords, sameWord } from '../extract/support';
import type { ScannedField } from '../page/types';

/**
 * Evidence that binds a value to its quote, per field kind. A quote that merely occurs in the source proves
 * nothing: a harmless real sentence can be quoted for any value. So:
 * - a choice (select, radio, combobox) needs the chosen option's words in the quote;
 * - a checkbox needs its label's words in the quote (ticked: without a negation; unticked: with one);
 * - a short text needs its own words in the quote;
 * - numbers and dates are bound by lib/extract verifyGrounding (the value in the quote, and for a measured
 *   field a reading of that kind in the quote);
 * - free text (isFreeText) is the model's composition: it is never bound to one quote, but shown as a draft
 *   whose sentences are each measured against the notes and the quoted source (lib/extract/support.ts).
 * "The words are in the quote" uses the support measure's content words (lib/extract/support.ts): every number,
 * and half of the words of an option (the same words), two thirds of a label or a text.
 */
export type EvidenceFailure = 'option-not-in-quote' | 'label-not-in-quote' | 'value-not-in-quote';

const NEGATION = /\b(?:niet|geen|nooit|zonder|not|no|never|without|none)\b/i;
/** A text input this long takes prose, not a value. */
const LONG_TEXT_INPUT = 200;
/** A value of more words than this is a composition, whatever field it is for. */
const MAX_VALUE_WORDS = 12;

/** The field takes prose (textarea, rich text, a long text input), or the value is prose. */
export function isFreeText(field: Pick<ScannedField, 'kind'> & { maxLength?: number }, value: string | boolean): boolean {
  if (field.kind === 'textarea' || field.kind === 'richtext') return true;
  if (field.kind !== 'text' || typeof value !== 'string') return false;
  return (field.maxLength ?? 0) >= LONG_TEXT_INPUT || value.trim().split(/\s+/).length > MAX_VALUE_WORDS;
}

/**
 * `target`'s content words occur in the quote: every number, and at least `share` of the words (at least one).
 */
function covered(target: string, quote: string, share: number): boolean {
  const wanted = contentWords(target);
  if (wanted.length === 0) return true;
  const have = contentWords(quote);
  const found = (w: string) => have.some((h) => sameWord(w, h));
  const numbers = wanted.filter((w) => /^\d/.test(w));
  const words = wanted.filter((w) => !/^\d/.test(w));
  if (!numbers.every(found)) return false;
  return words.length === 0 || words.filter(found).length >= Math.max(1, Math.ceil(words.length * share - 1e-9));
}

/**
 * Whether the quote supports this value for this field, or why not. Numbers, dates and times, and free text,
 * are not judged here (see above).
 * @example checkEvidence({ kind: 'select', label: 'Toestand' }, 'Overleden', 'Dhr. is stabiel.') // 'option-not-in-quote'
 */
export function checkEvidence(field: Pick<ScannedField, 'kind' | 'label'>, value: string | boolean, quote: string): EvidenceFailure | null {
  switch (field.kind) {
    case 'select':
    case 'radio':
    case 'combobox':
      return covered(String(value), quote, 1 / 2) ? null : 'option-not-in-quote';
    case 'checkbox': {
      if (!covered(field.label, quote, 2 / 3)) return 'label-not-in-quote';
      const negated = NEGATION.test(quote);
      return (value === true) !== negated ? null : 'label-not-in-quote';
    }
    case 'text':
      return typeof value !== 'string' || covered(value, quote, 2 / 3) ? null : 'value-not-in-quote';
    default:
      return null;
  }
}
