import { z } from 'zod';
import { formatDotDecimal, sameFieldValue } from '../dutch';
import { extractMeasurements } from './extractMeasurements';
import { measurementKindForLabel } from './measurementForLabel';
import { targetKind, type Measurement, type MeasurementTarget } from './measurement';

export const offlineFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.string(),
  value: z.union([z.string(), z.boolean()]),
});
export type OfflineField = z.infer<typeof offlineFieldSchema>;

export const offlineSuggestionSchema = z.object({
  fieldKey: z.string(),
  value: z.string(),
  /** The measurement's phrase, verbatim from the text. */
  quote: z.string(),
});
export type OfflineSuggestion = z.infer<typeof offlineSuggestionSchema>;

export const offlineOptionsSchema = z.object({
  /** Page text lists the newest report first, so by default the first measurement in the text is the latest. */
  order: z.enum(['newest-first', 'oldest-first']).default('newest-first'),
});
export type OfflineOptions = z.input<typeof offlineOptionsSchema>;

/** Field kinds a measurement can be typed into. */
const measurableKinds = new Set(['number', 'text']);

/** The unit a label asks for when it is not the zib unit: "Lengte (m)", "Vochtinname (L)", "Gewicht (g)". */
function scaleForLabel(label: string, kind: Measurement['kind']): number {
  const text = label.toLowerCase();
  if (kind === 'lengte' && /\(\s*m\s*\)|\bmeter\b|\bin m\b/.test(text)) return 0.01;
  if ((kind === 'vochtinname' || kind === 'uitscheiding') && /\(\s*l\s*\)|\bliter\b|\bltr\b|\bin l\b/.test(text)) return 0.001;
  if (kind === 'gewicht' && /\(\s*g(?:ram)?\s*\)|\bgram\b/.test(text)) return 1000;
  return 1;
}

function valueFor(target: MeasurementTarget, m: Measurement, label: string): string {
  if (typeof target !== 'string') {
    const [sys, dia] = m.value.split('/');
    return (target.part === 'systolisch' ? sys : dia) ?? '';
  }
  const scale = scaleForLabel(label, m.kind);
  return scale === 1 ? m.value : formatDotDecimal(Number(m.value) * scale);
}

/**
 * Offers values for number and text fields whose label names a measurement, taken from the measurements
 * found deterministically in the text — what the product can do when no model is reachable. Each field
 * gets the latest measurement of its kind (see `order`), with its verbatim phrase as the quote; blood
 * pressure is split for separate systolic/diastolic fields. Fields that already hold that value are skipped.
 * @example suggestFromMeasurements([{ key: 'p', label: 'Pols', kind: 'number', value: '' }], 'P 80')
 * // [{ fieldKey: 'p', value: '80', quote: 'P 80' }]
 */
export function suggestFromMeasurements(
  fields: OfflineField[],
  text: string,
  options: OfflineOptions = {},
): OfflineSuggestion[] {
  const { order } = offlineOptionsSchema.parse(options);
  const found = extractMeasurements(text);
  const latestFirst = order === 'newest-first' ? found : [...found].reverse();
  const suggestions: OfflineSuggestion[] = [];
  for (const field of fields) {
    if (!measurableKinds.has(field.kind)) continue;
    const target = measurementKindForLabel(field.label);
    if (target === null) continue;
    // A number field cannot hold "135/85".
    if (target === 'bloeddruk' && field.kind === 'number') continue;
    const kind = targetKind(target);
    const scale = /\bvas\b/i.test(field.label) ? 'VAS' : /\bnrs\b/i.test(field.label) ? 'NRS' : undefined;
    const m = latestFirst.find((c) => c.kind === kind && (scale === undefined || c.unit === scale));
    if (!m) continue;
    const value = valueFor(target, m, field.label);
    if (!value || sameFieldValue(field.kind === 'number' ? 'number' : 'text', field.value, value)) continue;
    suggestions.push({ fieldKey: field.key, value, quote: text.slice(m.start, m.end) });
  }
  return suggestions;
}
