import {
  businessKinds, careAbbreviations, countriesAndProvinces, departmentAdjective, departmentWords, familyNames, firstNames, foreignTowns, languageWords, listedPlaceAt,
  locationKinds, medicalTerms, nonNameCaps, organisationKinds, organisationsByFirstToken, roles, specialismWord, titles, tussenvoegsels, weekdays,
} from './lexicon';
import type { Token } from './tokenize';

/** The classes the tagger tells apart: the identifier types that have no fixed shape. */
export const TAG_CLASSES = ['O', 'PERSOON', 'ORGANISATIE', 'PLAATS'] as const;
export type TagClass = (typeof TAG_CLASSES)[number];

/** Animals that have names too ("hond Bobby"). */
const pets = new Set(['hond', 'hondje', 'kat', 'poes', 'kater', 'konijn', 'cavia', 'paard', 'pony', 'vogel', 'parkiet', 'kanarie']);

/**
 * The tokens the tagger looks at, in training and in use. Never, whatever its weights would say: common words,
 * capitals and initials (codes and initials have their own rules), words the lists know as something else, sentence
 * openers, eponyms ("syndroom van Angelman", "M. Kahler", "Rumack-Matthew") and pets.
 */
export function isTagCandidate(tokens: Token[], i: number, commonWords?: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  // A Dutch word mid-sentence has no capital: only capitalised words are looked at.
  if (t.kind !== 'word' || !t.cap || t.text.length < 2) return false;
  const l = t.lower;
  if (t.allCaps || t.sentenceStart) return false;
  // "set Toestand to Overleden": a word the corpus writes in lower case as an ordinary word is none when capitalised.
  if (commonWords?.has(l)) return false;
  // "37,9 °C. Hematoom": after a unit the tokenizer reads as an initial a new sentence starts all the same.
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  if (p1?.kind === 'initials' && (p2?.kind === 'number' || p2?.text === '°')) return false;
  // "WhatsApp", "EpiPen", "NovoRapid": a capital inside a word is a brand's, not a name's ("IJsselborgh" aside).
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) && !/^(?:IJ|Mc|Mac)/.test(t.text)) return false;
  // "Buurtteam", "Crisisdienst", "Wmo-loket": a kind of team or service, not its name.
  if (roles.has(l) || departmentAdjective.test(l) || /(?:team|dienst|loket)$/.test(l)) return false;
  if (medicalTerms.has(l) || nonNameCaps.has(l) || languageWords.has(l) || countriesAndProvinces.has(l) || foreignTowns.has(l) || departmentWords.has(l) || specialismWord.test(l)) return false;
  if (organisationKinds.has(l) || locationKinds.has(l) || businessKinds.has(l) || tussenvoegsels.has(l) || weekdays.has(l) || titles.has(l)) return false;
  if (p1?.text === '-' && !p1.spaceBefore && p2?.cap) return false;
  if (p1?.kind === 'initials' && p1.text === 'M.') return false;
  if (p1?.lower === 'van' && /^(?:syndroom|ziekte|morbus|sequentie|classificatie|schaal|test)$/.test(p2?.lower ?? '')) return false;
  if (p1 && pets.has(p1.lower)) return false;
  // "werkte aan de Dijk", "een winkel op de Markt": a street or a place after a preposition and an article.
  if (p1 && /^(?:de|het|'t|’t)$/.test(p1.text) && /^(?:op|aan|in|naar|uit|over|langs|bij|achter|onder|voor)$/.test(p2?.text ?? '')) return false;
  // After a title the name rules have decided, also that a word is none ("mw. Broodjes worden bezorgd").
  if (p1 && (titles.has(p1.lower) || (p1.text === '.' && titles.has(p2?.lower ?? '')))) return false;
  return true;
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
