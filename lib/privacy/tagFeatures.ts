import {
  businessKinds, careAbbreviations, countriesAndProvinces, departmentWords, familyNames, firstNames, languageWords, listedPlaceAt,
  locationKinds, medicalTerms, nonNameCaps, organisationKinds, organisationsByFirstToken, roles, titles, tussenvoegsels, weekdays,
} from './lexicon';
import type { Token } from './tokenize';

/** The classes the tagger tells apart: the identifier types that have no fixed shape. */
export const TAG_CLASSES = ['O', 'PERSOON', 'ORGANISATIE', 'PLAATS'] as const;
export type TagClass = (typeof TAG_CLASSES)[number];

/** Tokens the tagger looks at: capitalised words and initials (a Dutch word mid-sentence has no capital). */
export function isTagCandidate(t: Token): boolean {
  return (t.kind === 'word' || t.kind === 'initials') && t.cap && t.text.length > 1;
}

const shape = (t: Token | undefined): string => {
  if (!t) return '∅';
  if (t.kind === 'number') return 'd';
  if (t.kind === 'punct') return t.text;
  if (t.kind === 'initials') return 'I.';
  if (t.allCaps) return t.text.length <= 3 ? 'XX' : 'XXXX';
  if (t.cap) return /\p{Lu}/u.test(t.text.slice(1)) ? 'XxX' : 'Xx';
  return 'x';
};

/** What the word lists say about a word. */
function lexiconFlags(t: Token, tokens: Token[], i: number): string[] {
  const l = t.lower;
  const out: string[] = [];
  if (firstNames.has(l)) out.push('first');
  if (familyNames.has(l)) out.push('family');
  if (listedPlaceAt(tokens, i)) out.push('place');
  if (organisationsByFirstToken.has(l)) out.push('org');
  if (nonNameCaps.has(l)) out.push('noname');
  if (medicalTerms.has(l)) out.push('medical');
  if (languageWords.has(l) || countriesAndProvinces.has(l)) out.push('land');
  if (departmentWords.has(l)) out.push('dept');
  if (organisationKinds.has(l) || locationKinds.has(l) || businessKinds.has(l)) out.push('kind');
  if (careAbbreviations.has(t.text)) out.push('careabbr');
  if (tussenvoegsels.has(l)) out.push('tv');
  if (weekdays.has(l)) out.push('weekday');
  return out;
}

const context = (t: Token | undefined) =>
  !t ? '∅' : t.kind === 'word' && !t.cap ? t.lower : t.kind === 'word' && (titles.has(t.lower) || roles.has(t.lower)) ? `T:${t.lower}` : shape(t);

/**
 * Features of token i for the tagger: the word, its shape and affixes, what the word lists say, and the words around
 * it. Strings, hashed by the caller; the same function serves training (data/trainTagger.mjs) and use.
 */
export function tagFeatures(tokens: Token[], i: number): string[] {
  const t = tokens[i]!;
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  const f = [
    'b',
    `w=${t.lower}`,
    `s=${shape(t)}`,
    `s3=${t.lower.slice(-3)}`,
    `s4=${t.lower.slice(-4)}`,
    `p3=${t.lower.slice(0, 3)}`,
    `len=${Math.min(t.text.length, 10)}`,
    `ss=${t.sentenceStart}`,
    `nl=${t.newlineBefore}`,
    `c1=${context(p1)}`,
    `c2=${context(p2)}|${context(p1)}`,
    `n1=${context(n1)}`,
    `n2=${context(n1)}|${context(n2)}`,
    `ps=${shape(p1)}|${shape(t)}|${shape(n1)}`,
    `c1w=${context(p1)}|${shape(t)}`,
  ];
  for (const x of lexiconFlags(t, tokens, i)) f.push(`L=${x}`, `L=${x}|ss=${t.sentenceStart}`);
  if (p1?.kind === 'word') for (const x of lexiconFlags(p1, tokens, i - 1)) f.push(`pL=${x}`);
  if (n1?.kind === 'word') for (const x of lexiconFlags(n1, tokens, i + 1)) f.push(`nL=${x}`);
  return f;
}
