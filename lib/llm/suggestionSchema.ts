import { z } from 'zod';
import {
  foldForMatch, formatDecimalComma, formatIsoDate, formatIsoTime, ISO_DATE_PATTERN, ISO_TIME_PATTERN, parseDutchBoolean, parseDutchDate,
  parseDutchNumber, parseTime,
} from '../dutch';
import type { ScannedField } from '../page/types';
import { maxValueLength } from '../page/valueLimit';
import { unmarkData } from './dataFence';
import { validateForField } from '../review/validateForField';

/** The value and the verbatim quote the model proposes for one field. */
export const suggestionSchema = z.object({
  value: z.union([z.string(), z.boolean()]),
  quote: z.string(),
});

/** One proposed value for one scanned field (the field object itself, not a key to look up again). */
export type Suggestion<F extends ScannedField = ScannedField> = z.infer<typeof suggestionSchema> & { field: F };

/** An entry of the model's answer that was dropped, and why. */
export interface RejectedSuggestion {
  /** The scanned field key, or the unknown property name the model invented. */
  key: string;
  /** The field's label, when the entry was for a scanned field. */
  label?: string;
  reason: 'unknown-field' | 'invalid-value' | 'missing-quote' | 'too-long';
  detail?: string;
  /** For 'too-long': the value's length and the field's limit, in characters. */
  length?: number;
  limit?: number;
}

/** A fillable field with the property name it has in the response schema. */
export interface SchemaField<F extends ScannedField = ScannedField> {
  alias: string;
  field: F;
}

export interface SuggestionSchema<F extends ScannedField = ScannedField> {
  /**
   * The response schema: one required, nullable `{ value, quote }` property per fillable field
   * (strict structured output needs every property required, so "no value" is null).
   */
  schema: z.ZodType;
  /** Fillable fields in scan order with their property names. */
  fields: SchemaField<F>[];
  /** The model's answer → suggestions for scanned fields only; anything else is dropped. */
  decode(output: unknown): Suggestion<F>[];
  /** Like decode, and also says what was dropped. */
  inspect(output: unknown): { suggestions: Suggestion<F>[]; rejected: RejectedSuggestion[] };
}

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const LABEL_MAX = 120;

/** Fields the model may propose a value for: not disabled, readonly or unreachable. */
export function isFillable(field: ScannedField): boolean {
  return !field.disabled && !field.readonly && !field.unreachable;
}

/**
 * Builds the response schema from the scanned fields, so the model can only answer for fields that are
 * on the page. Value types per kind:
 * - select / radio / combobox with options: enum of the visible option texts
 * - checkbox: boolean
 * - number: a JSON number within min/max (strict json_schema supports minimum/maximum; decoded to a
 *   string with a dot decimal, as an `<input type=number>` takes it)
 * - date: string `YYYY-MM-DD`; time: string `HH:MM`; everything else: string
 * Keys that are not plain identifiers (CSS paths, spaces, dots) get aliases f1, f2, …; the label goes in
 * the property description.
 *
 * @example
 * const { schema, decode } = buildSuggestionSchema(fields);
 * decode({ pijn: { value: 4, quote: 'pijnscore 4' } }) // [{ field: <the pijn field>, value: '4', quote: 'pijnscore 4' }]
 */
export function buildSuggestionSchema<F extends ScannedField>(fields: F[]): SuggestionSchema<F> {
  const schemaFields = assignAliases(fields.filter(isFillable));
  const entries = new Map(schemaFields.map((sf) => [sf.alias, { field: sf.field, entry: entrySchema(sf.field) }]));
  const shape = Object.fromEntries(
    schemaFields.map(({ alias, field }) => [alias, entries.get(alias)!.entry.nullable().describe(promptSafeLabel(field.label) || field.key)]),
  );
  const schema = z.object(shape);

  const inspect = (output: unknown) => {
    const suggestions: Suggestion<F>[] = [];
    const rejected: RejectedSuggestion[] = [];
    if (!isRecord(output)) return { suggestions, rejected };
    for (const [alias, raw] of Object.entries(output)) {
      const known = entries.get(alias);
      if (!known) {
        rejected.push({ key: alias, reason: 'unknown-field' });
        continue;
      }
      if (raw === null || raw === undefined) continue;
      const { field } = known;
      if (!isRecord(raw)) {
        rejected.push({ key: field.key, label: field.label, reason: 'invalid-value', detail: 'not an object with value and quote' });
        continue;
      }
      // A model may copy the data marks of the prompt into what it writes back.
      const quote = typeof raw.quote === 'string' ? unmarkData(raw.quote).trim() : '';
      const limit = maxValueLength(field);
      if (typeof raw.value === 'string' && raw.value.length > limit) {
        rejected.push({ key: field.key, label: field.label, reason: 'too-long', length: raw.value.length, limit });
        continue;
      }
      const value = normalizeValue(field, typeof raw.value === 'string' ? unmarkData(raw.value) : raw.value);
      if (value === undefined) {
        rejected.push({ key: field.key, label: field.label, reason: 'invalid-value', detail: JSON.stringify(raw.value)?.slice(0, 80) ?? String(raw.value) });
      } else if (quote === '') {
        rejected.push({ key: field.key, label: field.label, reason: 'missing-quote' });
      } else {
        suggestions.push({ ...suggestionSchema.parse({ value, quote }), field });
      }
    }
    return { suggestions, rejected };
  };

  return { schema, fields: schemaFields, inspect, decode: (output) => inspect(output).suggestions };
}

/**
 * The value a field of this kind can take, or undefined. Lenient where the meaning is unambiguous (lib/dutch):
 * option text in another case, accents or spacing, a number written as "37,5", yes/no as "ja" or "false", a
 * date in any Dutch format with its year written (given as ISO), a time as "8.30" (given as HH:MM).
 */
export function normalizeValue(field: ScannedField, value: unknown): string | boolean | undefined {
  // The model may answer a number as a JSON number; everything else is judged by the one field check.
  const given = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof given !== 'string' && typeof given !== 'boolean') return undefined;
  const checked = validateForField(field, given);
  return checked.ok ? checked.value : undefined;
}

/** A short human description of what a field takes, for the field list in the prompt. */
export function describeFieldType(field: ScannedField, language: 'nl' | 'en'): string {
  const nl = language === 'nl';
  const options = optionsOf(field);
  if (options) return `${nl ? 'kies uit' : 'one of'}: ${options.map((o) => JSON.stringify(o)).join(', ')}`;
  switch (field.kind) {
    case 'checkbox':
      return nl ? 'ja/nee (true of false)' : 'yes/no (true or false)';
    case 'number': {
      // Dutch text writes a decimal comma.
      const shown = (n: number) => (nl ? formatDecimalComma(n) : String(n));
      const range =
        field.min !== undefined && field.max !== undefined
          ? nl ? ` van ${shown(field.min)} tot en met ${shown(field.max)}` : ` from ${field.min} to ${field.max}`
          : field.min !== undefined ? ` ≥ ${shown(field.min)}` : field.max !== undefined ? ` ≤ ${shown(field.max)}` : '';
      return `${nl ? 'getal' : 'number'}${range}`;
    }
    case 'date':
      return nl ? 'datum JJJJ-MM-DD' : 'date YYYY-MM-DD';
    case 'time':
      return nl ? 'tijd UU:MM' : 'time HH:MM';
    case 'textarea':
    case 'richtext':
      return nl ? `vrije tekst, hoogstens ${maxValueLength(field)} tekens` : `free text, at most ${maxValueLength(field)} characters`;
    default:
      return nl ? `tekst, hoogstens ${maxValueLength(field)} tekens` : `text, at most ${maxValueLength(field)} characters`;
  }
}

/** Page labels are data: one line, no quotes that could break the prompt, bounded length. */
export function promptSafeLabel(label: string): string {
  const flat = label.replace(/[\s"`]+/g, ' ').trim();
  return flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
}

function entrySchema(field: ScannedField) {
  return z.object({
    value: valueSchema(field),
    quote: z.string().describe('Verbatim quote from the source that states this value'),
  });
}

function valueSchema(field: ScannedField): z.ZodType {
  const options = optionsOf(field);
  if (options) return z.enum(options as [string, ...string[]]);
  switch (field.kind) {
    case 'checkbox':
      return z.boolean();
    case 'number': {
      let n = z.number();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n;
    }
    case 'date':
      return z.string().regex(ISO_DATE_PATTERN);
    case 'time':
      return z.string().regex(ISO_TIME_PATTERN);
    default:
      return z.string();
  }
}

function optionsOf(field: ScannedField): string[] | undefined {
  if (field.kind !== 'select' && field.kind !== 'radio' && field.kind !== 'combobox') return undefined;
  const options = [...new Set((field.options ?? []).filter((o) => o.trim() !== ''))];
  return options.length > 0 ? options : undefined;
}

function assignAliases<F extends ScannedField>(fields: F[]): SchemaField<F>[] {
  const taken = new Set(fields.filter((f) => SAFE_KEY.test(f.key)).map((f) => f.key));
  const used = new Set<string>();
  let counter = 0;
  return fields.map((field) => {
    let alias = field.key;
    if (!SAFE_KEY.test(alias) || used.has(alias)) {
      do alias = `f${++counter}`;
      while (taken.has(alias) || used.has(alias));
    }
    used.add(alias);
    return { alias, field };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
