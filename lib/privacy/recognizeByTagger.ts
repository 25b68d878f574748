import { TAGGER_WEIGHTS } from './data/tagger-weights';
import {
  businessKinds, countriesAndProvinces, departmentWords, languageWords, locationKinds, medicalTerms, nonNameCaps, organisationKinds, titles,
  tussenvoegsels, weekdays,
} from './lexicon';
import { specialismWord } from './recognizeOrganisations';
import { isTagCandidate, TAG_CLASSES, tagFeatures } from './tagFeatures';
import { PRIORITY, type Span } from './spans';
import type { Token } from './tokenize';

const weights = new Map<string, number[]>(Object.entries(TAGGER_WEIGHTS));
/** How far a class must beat "no identifier" before the tagger adds a span the rules did not find. */
const MARGIN = Number(globalThis.process?.env?.TAGGER_MARGIN ?? 2);

/** Animals that have names too ("hond Bobby"). */
const pets = new Set(['hond', 'hondje', 'kat', 'poes', 'kater', 'konijn', 'cavia', 'paard', 'pony', 'vogel', 'parkiet', 'kanarie']);

/**
 * What the tagger never takes, whatever its weights say: capitals and initials (codes and initials have their own
 * rules), words the lists know as something else, sentence openers, eponyms ("syndroom van Angelman", "M. Kahler",
 * "Rumack-Matthew") and pets.
 */
function mayBeName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const l = t.lower;
  if (t.allCaps || t.kind === 'initials' || t.sentenceStart) return false;
  if (medicalTerms.has(l) || nonNameCaps.has(l) || languageWords.has(l) || countriesAndProvinces.has(l) || departmentWords.has(l) || specialismWord.test(l)) return false;
  if (organisationKinds.has(l) || locationKinds.has(l) || businessKinds.has(l) || tussenvoegsels.has(l) || weekdays.has(l) || titles.has(l)) return false;
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  if (p1?.text === '-' && !p1.spaceBefore && p2?.cap) return false;
  if (p1?.kind === 'initials' && p1.text === 'M.') return false;
  if (p1?.lower === 'van' && /^(?:syndroom|ziekte|morbus|sequentie|classificatie|schaal|test)$/.test(p2?.lower ?? '')) return false;
  if (p1 && pets.has(p1.lower)) return false;
  // After a title the name rules have decided, also that a word is none ("mw. Broodjes worden bezorgd").
  if (p1 && (titles.has(p1.lower) || (p1.text === '.' && titles.has(p2?.lower ?? '')))) return false;
  return true;
}

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
    if (!isTagCandidate(t) || covered[t.start] === 1 || !mayBeName(tokens, i)) continue;
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
