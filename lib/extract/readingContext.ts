import { cueForWhole } from './cueScanner';
import { changeVerbs, comparatorWords, contextKeywords, notNowMarkers, otherPersons } from './vocabulary';

/**
 * Whether a reading is this client's, taken now. A report mixes the reading of the moment with earlier
 * ones ("eergisteren temp 38,9"), planned ones ("morgen RR"), goals ("RR-doel onder 130/80") and other
 * people's ("haar man had 190/110"). The clause before the value decides: the last marker in it wins, and
 * "nu", "vandaag", "bij dhr. zelf" bring the clause back to the client's present. A habit ("drinkt meestal
 * 3 liter") is no measuring at all.
 */
export type NotNowReason = 'historical' | 'habitual' | 'planned' | 'other-person' | 'target';

/** How far back a clause may reach; longer than any sentence a carer writes about one measurement. */
const maxClause = 240;

/**
 * A full stop that ends a sentence: followed by a space and a capital or a digit ("76. Na staan 82/50").
 * Before a digit, the stop of a short abbreviation is none ("gem. 149/90", "temp. 38,9").
 */
const sentenceEnd = /[.!?][\t\p{Zs}]+(?:\p{Lu}|(?<!(?<![\p{L}\p{N}])\p{L}{1,5}\.[\t\p{Zs}]+)\p{N})/uy;
function endsSentence(text: string, i: number): boolean {
  sentenceEnd.lastIndex = i;
  return sentenceEnd.test(text);
}

/**
 * Where the clause holding `index` starts: after the last line break, semicolon or sentence end, or just
 * inside the bracket `index` stands in. Closed brackets on the way are skipped: "Temp 38,1 (gisteren 37,3),
 * nu 37,8" keeps "gisteren" in its bracket.
 */
export function clauseStart(text: string, index: number): number {
  const floor = Math.max(0, index - maxClause);
  let depth = 0;
  for (let i = index - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === '\n' || (ch === ';' && depth === 0)) return i + 1;
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && (ch === '.' || ch === '!' || ch === '?') && endsSentence(text, i)) return i + 1;
  }
  return floor;
}

/** A bracketed aside that ends right before the value, with what follows it (spaces, a colon). */
const asideBeforeValue = /\(([^()\n]{0,60})\)([\t\p{Zs}]*:?[\t\p{Zs}]*)$/u;

/** The clause before `index` with closed brackets blanked out, so their words do not count. */
function clauseBefore(text: string, index: number): string {
  let start = clauseStart(text, index);
  // A value that opens its bracket belongs to the words before it: "lager dan gisteren (96%)".
  if (text[start - 1] === '(' && !text.slice(start, index).trim()) start = clauseStart(text, start - 1);
  let clause = text.slice(start, index);
  const own = asideBeforeValue.exec(clause);
  for (let prev = ''; prev !== clause; ) {
    prev = clause;
    clause = clause.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  }
  // "Gewicht (3 wk geleden) 58 kg": an aside right before the value says when it was taken, unless it holds values.
  if (own && !valueInAside.test(own[1]!)) {
    clause = `${clause.slice(0, own.index)} ${own[1]} ${clause.slice(own.index + own[0].length - own[2]!.length)}`;
  }
  return clause;
}

const comparatorBefore = new RegExp(
  `(?:[<>≤≥]=?|(?<!\\p{L})(?:${[...comparatorWords].join('|')}|hoger dan|lager dan|meer dan|minder dan)(?:[\\t\\p{Zs}]+de)?)[\\t\\p{Zs}]*$`,
  'iu',
);

/** "liep op tot ", "gedaald tot ": where a change ended. */
const changeTo = new RegExp(`(?<!\\p{L})(?:${[...changeVerbs].join('|')})[\\t\\p{Zs}]+tot[\\t\\p{Zs}]*$`, 'iu');

/**
 * The last place in the clause where another person becomes the one measured: "haar man … had",
 * "zoon, die …", "bij de buurvrouw", "kamergenote temp 38,9". Not when they report or take the client's
 * reading ("volgens dochter", "dochter heeft RR gemeten").
 */
function lastOtherPerson(clause: string): number {
  let last = -1;
  for (const m of clause.matchAll(otherPersons.noun)) {
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length);
    if (otherPersons.ownerBefore.test(before)) last = m.index;
    else if (otherPersons.reporterBefore.test(before) || otherPersons.reporterAfter.test(after)) continue;
    else if (otherPersons.ownerAfter.test(after) || nextWordsAreCue(after)) last = m.index;
  }
  return last;
}

/** "buurvrouw temp 38,9", "Moeder: RR 118/72": a cue right after the person. */
function nextWordsAreCue(after: string): boolean {
  const words = /^:?(?:[\t\p{Zs}]+([\p{L}\p{N}.'’-]+)){1,2}/u.exec(after)?.[0].trim().split(/[\t\p{Zs}]+/u) ?? [];
  return words.some((w) => {
    const hit = cueForWhole(w.replace(/[.:]$/, ''));
    return hit !== null && !hit.cue.needsUnit;
  });
}

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

/** How many list lines a header line ("Streefwaarden:", "Gisteren:") may stand above a reading. */
const maxListLines = 24;

/**
 * The header a list line stands under: walking up over the lines of the list (no blank line between)
 * to the nearest line that ends in a colon. Its end, or -1 when the line is under no header.
 */
function headerAbove(text: string, lineStart: number): number {
  let end = lineStart - 1;
  for (let n = 0; n < maxListLines && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (line === '') return -1;
    if (line.endsWith(':')) return start + line.length;
    end = start - 1;
  }
  return -1;
}

/**
 * Why the value starting at `valueStart` is not the client's reading of now, or null when it is. A line
 * of a list without words of its own takes them from its header ("Streefwaarden:\n- nuchter 5,0").
 * @example notNowReason('Temp 37,2. Eergisteren temp 38,9.', 27) // 'historical'
 * @example notNowReason('Zijn zus had temp 38,2. Bij hem temp 36,9.', 38) // null
 */
export function notNowReason(text: string, valueStart: number): NotNowReason | null {
  const own = clauseReason(text, valueStart);
  if (own !== undefined) return own;
  const start = clauseStart(text, valueStart);
  if (start === 0 || text[start - 1] !== '\n') return null;
  const header = headerAbove(text, start);
  return header < 0 ? null : (clauseReason(text, header) ?? null);
}

/** The reason the clause before `index` gives, null for a clause marked as now, undefined for no mark. */
function clauseReason(text: string, valueStart: number): NotNowReason | null | undefined {
  const clause = clauseBefore(text, valueStart);
  // "RR < 140/90", "bij gewicht onder 42 kg", "tussen 60 en 90": a bound, not a reading.
  if (comparatorBefore.test(clause) && !changeTo.test(clause)) return 'target';
  if (notNowMarkers.weekdayLabel.test(clause) || notNowMarkers.thereLabel.test(clause)) return 'historical';
  if (!contextKeywords.test(clause)) return undefined;
  const otherPerson = lastOtherPerson(clause);
  const marks: [NotNowReason | 'current', number][] = [
    ['historical', lastIndex(notNowMarkers.historical, clause)],
    ['habitual', lastIndex(notNowMarkers.habitual, clause)],
    ['planned', lastIndex(notNowMarkers.planned, clause)],
    ['other-person', otherPerson],
    ['current', lastIndex(notNowMarkers.current, clause)],
  ];
  // A goal holds up to the next comma: "Streefgewicht 70 kg, gewicht 72 kg" reads the second.
  const target = lastIndex(notNowMarkers.target, clause);
  if (target >= 0 && !clause.slice(target).includes(',')) marks.push(['target', target]);
  let best: [NotNowReason | 'current', number] = ['current', -1];
  for (const mark of marks) if (mark[1] > best[1]) best = mark;
  if (best[1] < 0) return undefined;
  // "haar moeder, die vandaag is opgenomen met 210/120": a moment of now is still the other person's.
  if (best[0] === 'current' && otherPerson >= 0 && lastIndex(notNowMarkers.backToClient, clause) < otherPerson) return 'other-person';
  return best[0] === 'current' ? null : best[0];
}

/** What may follow a value in its clause: the rest up to a sentence end, semicolon or line break. */
const clauseAfter = /^[^\n;!?]{0,80}?(?=[.][\t\p{Zs}]+\p{Lu}|[.]?[\t\p{Zs}]*(?:$|\n)|[;!?])/u;
/** A number in an aside that is a duration or a date, not another value ("(bij opname 3 dagen geleden)"). */
const valueInAside = /(?<![\p{N}.,])\d+(?:[.,]\d+)?(?![\p{N}]|[.,]\d|[\t\p{Zs}]*(?:dagen|dag|weken|week|wk|maanden|maand|mnd|jaar|jr|uur|u)(?!\p{L})|[-/]\d)/u;
/** ", nu 95%": a value of now right after, set against the one before it. */
const nowValueAfter = /^[^,\d]{0,12},?[\t\p{Zs}]+nu[\t\p{Zs}]+(?:\p{L}+[\t\p{Zs}]+)?\d/iu;
const partOfDay = /(?<!\p{L})(?:vannacht|vanochtend|vanmorgen|vanmiddag)(?!\p{L})/iu;
/** Words that make the rest of a clause say when the value before it was taken: "is bij opname gemeten". */
const predicateAfter = /^[\t\p{Zs}]*(?:is|was|werd|zijn|waren|gemeten|gewogen|genoteerd|van)(?!\p{L})/iu;

/**
 * Why the value that ends at `end` is not of now, told after it: "Lengte 1,66 m is bij opname gemeten",
 * "Gewicht in dossier 80 kg (bij opname 3 dagen geleden)", "Sat vannacht 91%, nu 95%". Only an aside without other values of its own
 * ("T 37,4 (gisteren 38,6)" speaks about 38,6) or a predicate counts, and only an earlier moment or a habit.
 * @example reasonAfter('Lengte 1,66 m is bij opname gemeten.', 13) // 'historical'
 */
export function reasonAfter(text: string, end: number): NotNowReason | null {
  const rest = clauseAfter.exec(text.slice(end, end + 120))?.[0] ?? '';
  // "Sat vannacht 91%, nu 95%": a part of the day set against the value of now that follows.
  if (nowValueAfter.test(rest) && partOfDay.test(clauseBefore(text, end))) return 'historical';
  const aside = /^[\t\p{Zs}]*\(([^()\n]{0,60})\)/u.exec(rest);
  let words: string | null = null;
  if (aside) words = valueInAside.test(aside[1]!) ? null : aside[1]!;
  else if (predicateAfter.test(rest) && !/\d/.test(rest)) words = rest;
  if (!words || !contextKeywords.test(words)) return null;
  if (lastIndex(notNowMarkers.current, words) >= 0) return null;
  if (lastIndex(notNowMarkers.historical, words) >= 0) return 'historical';
  return lastIndex(notNowMarkers.habitual, words) >= 0 ? 'habitual' : null;
}
