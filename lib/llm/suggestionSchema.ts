import { z } from 'zod';
import type { ScannedField } from '../page/types';

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
  reason: 'unknown-field' | 'invalid-value' | 'missing-quote';
  detail?: string;
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
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
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
    schemaFields.map(({ alias, field }) => [alias, entries.get(alias)!.entry.nullable().describe(cleanLabel(field.label) || field.key)]),
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
      const quote = typeof raw.quote === 'string' ? raw.quote.trim() : '';
      const value = normalizeValue(field, raw.value);
      if (value === undefined) {
        rejected.push({ key: field.key, label: field.label, reason: 'invalid-value', detail: `${JSON.stringify(raw.value)} does not fit a ${field.kind} field` });
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
 * The value a field of this kind can take, or undefined. Lenient where the meaning is unambiguous:
 * option text in another case or with extra spaces, a number written as "37,5", "true"/"false".
 */
export function normalizeValue(field: ScannedField, value: unknown): string | boolean | undefined {
  const options = optionsOf(field);
  if (options) {
    if (typeof value !== 'string') return undefined;
    const wanted = squash(value);
    return options.find((o) => o === value) ?? options.find((o) => squash(o) === wanted);
  }
  switch (field.kind) {
    case 'checkbox':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return undefined;
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n)) return undefined;
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) return undefined;
      return String(n);
    }
    case 'date':
      return typeof value === 'string' && DATE.test(value) && isCalendarDate(value) ? value : undefined;
    case 'time':
      return typeof value === 'string' && TIME.test(value) ? value : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
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
      const range =
        field.min !== undefined && field.max !== undefined
          ? nl ? ` van ${field.min} tot en met ${field.max}` : ` from ${field.min} to ${field.max}`
          : field.min !== undefined ? ` ≥ ${field.min}` : field.max !== undefined ? ` ≤ ${field.max}` : '';
      return `${nl ? 'getal' : 'number'}${range}`;
    }
    case 'date':
      return nl ? 'datum JJJJ-MM-DD' : 'date YYYY-MM-DD';
    case 'time':
      return nl ? 'tijd UU:MM' : 'time HH:MM';
    case 'textarea':
    case 'richtext':
      return nl ? 'vrije tekst' : 'free text';
    default:
      return nl ? 'tekst' : 'text';
  }
}

/** Page labels are data: one line, no quotes that could break the prompt, bounded length. */
export function cleanLabel(label: string): string {
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
      return z.string().regex(DATE);
    case 'time':
      return z.string().regex(TIME);
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

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
