import { verifyGrounding } from '../extract/grounding';
import { measurementKindForLabel } from '../extract/plausibility';
import type { Suggestion } from '../llm/suggestionSchema';
import { refOf } from '../session/fieldRef';
import type { PanelField, TabRead } from '../session/types';
import { isEmptyValue, sameValue, type ReviewItem } from './reviewItem';
import { validateForField } from './validateForField';

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Turns proposed values into review items: only suggestions for fields that were scanned and offered
 * reach here (page text cannot make the model act elsewhere), each value is validated for its field, the
 * quote is checked against the exact text that was sent, then identifiers are restored for display.
 * Nothing is pre-accepted.
 */
export function toReviewItems(input: {
  tab: Pick<TabRead, 'blocks'>;
  suggestions: Suggestion<PanelField>[];
  /** The text the quotes must come from, as it was sent (pseudonymised). */
  sentText: string;
  restore: (s: string) => string;
  origin: ReviewItem['origin'];
}): ReviewItem[] {
  const seen = new Set<PanelField>();
  const items: ReviewItem[] = [];
  for (const { field, value: raw, quote: sentQuote } of input.suggestions) {
    if (seen.has(field)) continue;
    seen.add(field);
    const checked = validateForField(field, raw);
    const value = checked.ok ? checked.value : raw;
    const measurementKind = measurementKindForLabel(field.label) ?? undefined;
    const grounding = verifyGrounding({ value, quote: sentQuote }, input.sentText, { fieldKind: field.kind, measurementKind });
    const restoredValue = typeof value === 'string' ? input.restore(value) : value;
    const quote = input.restore(sentQuote);
    const block = quote ? input.tab.blocks.find((b) => squash(b.text).includes(squash(quote).slice(0, 80))) : undefined;
    items.push({
      field: refOf(field),
      label: field.label,
      kind: field.kind,
      current: field.value,
      suggested: restoredValue,
      quote,
      quoteBlockRef: block?.ref,
      quoteFrameId: block?.frameId,
      ...(block?.kind === 'report' && (block.date || block.author) ? { quoteSource: { date: block.date, author: block.author } } : {}),
      grounded: checked.ok && grounding.grounded,
      problem: !checked.ok ? 'invalid-for-field' : grounding.grounded ? undefined : grounding.reason,
      origin: input.origin,
      decision: 'pending',
      edited: false,
      overwrite: !isEmptyValue(field.value) && !sameValue(field.value, restoredValue),
      overwriteConfirmed: false,
    });
  }
  return items;
}
