import { foldForMatch } from '../dutch';

/**
 * The support measure: how much of a text's content is found in its sources, by content-word overlap.
 *
 * 1. Both texts are folded (lib/dutch foldForMatch: case, accents, spacing) and cut into words and numbers
 *    ("36,8" and "36.8" are one number).
 * 2. Function words (Dutch and English stopwords: de, het, een, is, niet…, the, a, of…) and one-letter words are
 *    left out: what is left are the content words.
 * 3. A content word is found when a source has the same word; for words of 4 letters or more, one that
 *    shares a prefix of at least 4 letters and half of the shorter word ("gestopt" / "stoppen", "overleden" /
 *    "overlijden"; the Dutch "ge-" of a past participle is ignored) or a compound ending in it ("rechterheup"
 *    holds "heup"); or a care word of the same meaning from a short list ("gebeld" / "geïnformeerd").
 *    Numbers are found only as the same number.
 * 4. Support is the share of the text's content words that are found; a text without content words has
 *    support 1 (nothing to check).
 *
 * It is deliberately simple and explainable: it cannot tell who a sentence is about or whether it is negated,
 * so it only ever marks (a sentence nobody wrote) and never proves (the person reads what is supported too).
 *
 * @example support('Mw. heeft pijn in de heup.', ['pijn li heup NRS 6']) // 1
 */

const STOPWORDS = new Set(
  (
    'de het een en of maar dan dat die dit deze dat is zijn was waren wordt worden werd werden heeft hebben had hadden ' +
    'ben bent kan kon kunnen zal zou zullen moet moest moeten mag mocht wil wilde ik je jij u hij zij ze we wij mij me ' +
    'zich hem haar ons onze hun hen er hier daar in op aan met voor van bij naar om over uit tot door als ook niet geen ' +
    'wel nog al zo te ter ten toe wat wie waar hoe wanneer omdat want dus na sinds tegen zonder onder boven tussen per ' +
    'heel erg wat iets niets alles meer minder veel weinig even gaat ging gaan doet deed doen krijgt kreeg is dhr mw mevr ' +
    'meneer mevrouw client cliente cliënt bewoner patient patiënt ' +
    'the a an and or but then that this these those is are was were be been being has have had i you he she it we they ' +
    'me him her us them my your his its our their of in on at to for from with by as not no yes do does did will would ' +
    'can could should may might must there here what who whom where how when because so also just very into about than'
  ).split(' '),
);

const TOKEN = /\d+(?:[.,]\d+)?|\p{L}+/gu;

/** The content words of a text, folded. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const m of foldForMatch(text).matchAll(TOKEN)) {
    const w = m[0];
    if (/^\d/.test(w)) words.push(w.replace(',', '.'));
    else if (w.length > 1 && !STOPWORDS.has(w)) words.push(w);
  }
  return words;
}

function stem(word: string): string {
  return word.length >= 6 && word.startsWith('ge') ? word.slice(2) : word;
}

/**
 * Care words that mean the same in a form label and in a report: informing someone, a fall. Kept small on
 * purpose: the measure stays explainable.
 */
const SAME_MEANING = [
  ['geinformeerd', 'ingelicht', 'gebeld', 'gesproken', 'informeren', 'informed', 'notified', 'called'],
  ['valincident', 'gevallen', 'vallen', 'val', 'fall', 'fell', 'fallen'],
];
const MEANING = new Map(SAME_MEANING.flatMap((group, k) => group.map((w) => [w, k] as const)));

/**
 * Whether the wanted word `a` is found as the source word `b`: the same word, the same word inflected, `b` a
 * compound ending in `a` ("rechterheup" holds "heup"; not the other way round), or a care word of the same
 * meaning (see SAME_MEANING).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d/.test(a) || /^\d/.test(b)) return false;
  if (MEANING.has(a) && MEANING.get(a) === MEANING.get(b)) return true;
  const x = stem(a);
  const y = stem(b);
  if (x === y) return true;
  // Dutch compounds carry their head last: a source word "rechterheup" is a "heup", "huisarts" an "arts". One
  // way only: the wanted word must be the head of the source's compound. A wanted "vannacht" is not found by a
  // source "nacht" (the compound says more than its head).
  if (x.length >= 4 && y.length > x.length && y.endsWith(x)) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && x[common] === y[common]) common++;
  return common >= 4 && common >= 0.5 * shorter;
}

/** The share (0–1) of `text`'s content words that occur in the sources; 1 when it has none. */
export function support(text: string, sources: readonly string[]): number {
  const words = contentWords(text);
  if (words.length === 0) return 1;
  const pool = new Set(sources.flatMap(contentWords));
  let found = 0;
  for (const w of words) {
    if (pool.has(w)) found++;
    else for (const p of pool) {
      if (sameWord(w, p)) {
        found++;
        break;
      }
    }
  }
  return found / words.length;
}

/** A sentence of a composed text is supported when at least half of its content words are in the sources. */
export const SENTENCE_SUPPORT = 0.5;

export interface SentenceSupport {
  text: string;
  /** The share of its content words found in the sources (see support). */
  support: number;
  supported: boolean;
}

/** Abbreviations a sentence does not end at ("Dhr. Jansen", "ca. 800 ml"). */
const ABBREVIATION = /(?:^|\s)(?:dhr|mw|mevr|hr|dr|drs|ca|bijv|evt|i\.v\.m|o\.a|z\.n|m\.b\.t|t\.z\.t|resp|max|min|incl|excl)\.$/i;

/** The sentences (and lines) of a composed text. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    for (const m of line.matchAll(/[.!?]\s+(?=[\p{Lu}\d"“(])/gu)) {
      const end = (m.index ?? 0) + 1;
      if (ABBREVIATION.test(line.slice(start, end))) continue;
      out.push(line.slice(start, end));
      start = end;
    }
    out.push(line.slice(start));
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Splits a composed text into sentences (and lines) and measures each against the sources. */
export function sentenceSupport(text: string, sources: readonly string[]): SentenceSupport[] {
  const sentences = sentencesOf(text);
  return sentences.map((s) => {
    const share = support(s, sources);
    return { text: s, support: Math.round(share * 100) / 100, supported: share >= SENTENCE_SUPPORT };
  });
}
