import { foldForMatch, sameFieldValue } from '../dutch';
import { verifyGrounding } from '../extract/grounding';
import { measurementKindForLabel } from '../extract/plausibility';
import type { PanelField, TabRead } from '../tab/types';
import { isEmptyValue, type ReviewItem } from './reviewItem';
import { validateForField } from './validateForField';

export interface RawSuggestion {
  fieldKey: string;
  value: string | boolean;
  quote: string;
}

/**
 * Turns proposed values into review items: drops anything for a field that was not scanned (page text
 * cannot make the model act elsewhere), validates the value for its field, checks the quote against the
 * exact text that was sent, then restores identifiers for display. Nothing is pre-accepted.
 */
export function toReviewItems(input: {
  tab: Pick<TabRead, 'blocks'>;
  fields: PanelField[];
  suggestions: RawSuggestion[];
  /** The text the quotes must come from, as it was sent (pseudonymised). */
  sentText: string;
  restore: (s: string) => string;
  origin: ReviewItem['origin'];
}): ReviewItem[] {
  const byKey = new Map(input.fields.map((f) => [f.fieldKey, f]));
  // Folded once: every quote is looked for in every block.
  let foldedBlocks: string[] | undefined;
  const seen = new Set<string>();
  const items: ReviewItem[] = [];
  for (const suggestion of input.suggestions) {
    const field = byKey.get(suggestion.fieldKey);
    if (!field || seen.has(field.fieldKey)) continue;
    seen.add(field.fieldKey);
    const checked = validateForField(field, suggestion.value);
    const value = checked.ok ? checked.value : suggestion.value;
    const measurementKind = measurementKindForLabel(field.label) ?? undefined;
    const grounding = verifyGrounding({ value, quote: suggestion.quote }, input.sentText, {
      fieldKind: field.kind,
      measurementKind,
    });
    const restoredValue = typeof value === 'string' ? input.restore(value) : value;
    const quote = input.restore(suggestion.quote);
    const wanted = foldForMatch(quote).slice(0, 80);
    foldedBlocks ??= input.tab.blocks.map((b) => foldForMatch(b.text));
    const at = quote ? foldedBlocks.findIndex((text) => text.includes(wanted)) : -1;
    const block = at >= 0 ? input.tab.blocks[at] : undefined;
    const overwrite = !isEmptyValue(field.value) && !sameFieldValue(field.kind, field.value, restoredValue);
    items.push({
      fieldKey: field.fieldKey,
      frameId: field.frameId,
      label: field.label,
      kind: field.kind,
      current: field.value,
      suggested: restoredValue,
      quote,
      ref: block?.ref,
      quoteFrameId: block?.frameId,
      grounded: checked.ok && grounding.grounded,
      problem: !checked.ok ? 'invalid-for-field' : grounding.grounded ? undefined : grounding.reason,
      origin: input.origin,
      decision: 'pending',
      edited: false,
      overwrite,
      overwriteConfirmed: false,
    });
  }
  return items;
}
