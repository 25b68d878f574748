import { TAGGER_COMMON_WORDS, TAGGER_WEIGHTS } from './data/tagger-weights';
import { isTagCandidate, TAG_CLASSES, tagFeatures } from './tagFeatures';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

const weights = new Map<string, number[]>(Object.entries(TAGGER_WEIGHTS));
const commonWords = new Set(TAGGER_COMMON_WORDS.split(' '));
/** How far a class must beat "no identifier" before the tagger adds a span the rules did not find. */
const MARGIN = 4;

/** Words that may join two tagged tokens into one span ("Berg van den Broek", "Huize 't Anker"). */
const joiners = new Set(['van', 'de', 'der', 'den', 'het', "'t", '’t', 'ten', 'ter', 'te', '-', '&', 'en', 'op', 'aan']);

/**
 * A learned second opinion for what the rules leave: an averaged perceptron (weights in data/tagger-weights.ts,
 * trained on the development corpus by data/trainTagger.mjs) scores each capitalised word no rule covered, and a word
 * whose best class clearly beats "no identifier" becomes a span of that class, joined with its tagged neighbours.
 */
export function recognizeByTagger(tokens: Token[], covered: Uint8Array): Span[] {
  const spans: Span[] = [];
  let open: { type: Span['type']; start: number; end: number; last: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[t.start] === 1 || !isTagCandidate(tokens, i, commonWords)) continue;
    const scores = new Array<number>(TAG_CLASSES.length).fill(0);
    for (const f of tagFeatures(tokens, i)) {
      const v = weights.get(f);
      if (v) for (let c = 0; c < scores.length; c++) scores[c]! += v[c]!;
    }
    let best = 1;
    for (let c = 2; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    if (scores[best]! - scores[0]! < MARGIN) continue;
    const type = TAG_CLASSES[best] as Span['type'];
    const between = open ? tokens.slice(open.last + 1, i) : [];
    if (open && open.type === type && between.length <= 2 && between.every((b) => joiners.has(b.lower) && !b.newlineBefore && covered[b.start] !== 1) && !t.newlineBefore) {
      open.end = t.end;
      open.last = i;
      continue;
    }
    if (open) spans.push({ type: open.type, start: open.start, end: open.end, priority: PRIORITY.TAGGER });
    open = { type, start: t.start, end: t.end, last: i };
  }
  if (open) spans.push({ type: open.type, start: open.start, end: open.end, priority: PRIORITY.TAGGER });
  return spans;
}
