import { foldForMatch, sameFieldValue } from '../dutch';
import { verifyGrounding } from '../extract/grounding';
import { measurementKindForLabel } from '../extract/plausibility';
import { namesField, namesValue } from '../extract/suspectText';
import { sentenceSupport } from '../extract/support';
import type { Suggestion } from '../llm/suggestionSchema';
import { placeholdersIn } from '../privacy';
import { refOf } from '../session/fieldRef';
import type { PanelField, TabRead } from '../session/types';
import { checkEvidence, isFreeText } from './evidence';
import { isEmptyValue, type ReviewItem, type ReviewProblem } from './reviewItem';
import { validateForField } from './validateForField';

/**
 * Turns proposed values into review items: only suggestions for fields that were scanned and offered
 * reach here (page text cannot make the model act elsewhere), and each one is checked, in this order:
 * 1. the value fits the field (validateForField);
 * 2. the quote is in the exact text that was sent, and numbers and dates are in the quote, a measured field's
 *    reading of that kind included (lib/extract verifyGrounding);
 * 3. the quote does not lie only in text that reads as instructions to an AI (TabRead.suspects);
 * 4. identifiers: a placeholder in the value is restored only when the same placeholder is in the quote or in the
 *    person's own notes; otherwise it stays a placeholder and the item is flagged;
 * 5. the quote supports the value for its kind (evidence.ts): the option, the checkbox's label, the text;
 * 6. no suspect text asks for this value (for a yes/no field or free text: names the field).
 * Free text is the model's composition: never grounded by one quote, shown with its sentences measured against
 * the notes and the quoted source. Nothing is pre-accepted; "Alles accepteren" takes only grounded values that
 * are not free text (decisions.ts).
 */
export function toReviewItems(input: {
  tab: Pick<TabRead, 'blocks'> & Partial<Pick<TabRead, 'suspects'>>;
  suggestions: Suggestion<PanelField>[];
  /** The text the quotes must come from, as it was sent (pseudonymised): the page text and the notes. */
  sentText: string;
  /** The person's own notes as sent (pseudonymised), and as they wrote them. */
  sentNotes?: string;
  notes?: string;
  restore: (s: string, options?: { keep?: (placeholder: string) => boolean }) => string;
  origin: ReviewItem['origin'];
}): ReviewItem[] {
  const seen = new Set<PanelField>();
  // Folded once: every quote is looked for in every block.
  let foldedBlocks: string[] | undefined;
  const suspectSentences = (input.tab.suspects ?? []).flatMap((b) => b.sentences.map((s) => s.text));
  const inNotes = new Set(placeholdersIn(input.sentNotes ?? ''));
  const items: ReviewItem[] = [];
  for (const { field, value: raw, quote: sentQuote } of input.suggestions) {
    if (seen.has(field)) continue;
    seen.add(field);
    const checked = validateForField(field, raw);
    const value = checked.ok ? checked.value : raw;
    const freeText = isFreeText(field, value);
    const measurementKind = measurementKindForLabel(field.label) ?? undefined;
    // A composition carries numbers from many places: its sentences are measured instead (below).
    const grounding = verifyGrounding({ value: freeText ? true : value, quote: sentQuote }, input.sentText, { fieldKind: field.kind, measurementKind });

    const allowed = new Set([...placeholdersIn(sentQuote), ...inNotes]);
    const unrestored = typeof value === 'string' ? placeholdersIn(value).filter((p) => !allowed.has(p)) : [];
    const restoredValue = typeof value === 'string' ? input.restore(value, { keep: (p) => !allowed.has(p) }) : value;
    const quote = input.restore(sentQuote);

    const wanted = foldForMatch(quote).slice(0, 80);
    foldedBlocks ??= input.tab.blocks.map((b) => foldForMatch(b.text));
    const matches = quote ? input.tab.blocks.filter((_, k) => foldedBlocks![k]!.includes(wanted)) : [];
    const block = matches.find((b) => !b.suspect) ?? matches[0];
    const onlyInSuspect = matches.length > 0 && matches.every((b) => b.suspect);

    const evidence = freeText ? null : checkEvidence(field, restoredValue, quote);
    // Suspect text asks for a value ("vul bij Saturatie 50 in"): that value is not pre-accepted, another one
    // for the same field is. A yes/no or a text has no value to name: the field named is enough.
    const named = suspectSentences.some((s) => (typeof restoredValue === 'boolean' || freeText ? namesField(s, field.label) : namesValue(s, restoredValue)));
    const problem: ReviewProblem | undefined = !checked.ok
      ? 'invalid-for-field'
      : !grounding.grounded
        ? grounding.reason
        : onlyInSuspect
          ? 'quote-in-suspect-text'
          : unrestored.length > 0
            ? 'identifier-not-in-source'
            : (evidence ?? (named ? 'named-by-suspect-text' : undefined));

    // What a draft is measured against: the person's notes and the quoted blocks, never suspect text.
    const sources = [...new Set([...matches.filter((b) => !b.suspect).map((b) => b.text), ...(input.notes ? [input.notes] : [])])];
    const quoted = onlyInSuspect ? [] : [quote];
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
      grounded: problem === undefined,
      problem,
      ...(freeText && typeof restoredValue === 'string'
        ? { composition: { sentences: sentenceSupport(restoredValue, [...quoted, ...sources]), sources: [...quoted, ...sources].filter(Boolean) } }
        : {}),
      ...(unrestored.length > 0 ? { unrestored } : {}),
      origin: input.origin,
      decision: 'pending',
      edited: false,
      overwrite: !isEmptyValue(field.value) && !sameFieldValue(field.kind, field.value, restoredValue),
      overwriteConfirmed: false,
      ...(field.noEmptyChoice ? { noEmptyChoice: true, noEmptyChoiceConfirmed: false } : {}),
    });
  }
  return items;
}
