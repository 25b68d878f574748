import { titles } from './lexicon';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'initials' | 'number' | 'punct';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("JANSSEN", "GGZ"). */
  allCaps: boolean;
  /** First word of a sentence, line, list item or label value: capitals there say nothing. */
  sentenceStart: boolean;
  /** A line break sits between this token and the previous one. */
  newlineBefore: boolean;
  /** Whitespace sits between this token and the previous one. */
  spaceBefore: boolean;
}

// Initials ("J.", "J.P.", "Th."), clitic 't / 's, words (with inner apostrophes: "foto's"),
// digit runs, and any other single character. Compiled once; the scan is one pass.
const tokenRe =
  /(?:(?:Th|Chr|Ph|Joh|Jac|Corn|Wm|Hk|Gerh|Fr|IJ|Ij)\.|\p{Lu}\.)+(?!\p{L})|['’][ts](?!\p{L})|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*|\d+|\S/gu;
const cliticRe = /^['’][ts]$/;

/** Abbreviations whose final period does not end a sentence. */
const abbreviations = new Set([
  ...titles,
  ...'ca bijv evt zgn resp nl incl excl max min gem ong tel nr vs etc afd geb o a i v m t z n e b d s c p j'.split(' '),
]);

/** Splits text into tokens with offsets in one regex pass and marks sentence starts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  // Sentence state carried through opening quotes and brackets.
  let atStart = true;
  for (const m of text.matchAll(tokenRe)) {
    const t = m[0];
    const start = m.index;
    let newlineBefore = false;
    for (let k = prevEnd; k < start; k++) {
      if (text.charCodeAt(k) === 10) {
        newlineBefore = true;
        break;
      }
    }
    const spaceBefore = start > prevEnd;
    if (newlineBefore) atStart = true;
    // Case tests by comparison instead of regexes: this loop runs for every token.
    const first = t[0] ?? '';
    const isLetter = first.toLowerCase() !== first.toUpperCase();
    const isWord = isLetter || cliticRe.test(t);
    const cap = isLetter && first === first.toUpperCase();
    const lower = t.toLowerCase();
    const kind: Token['kind'] =
      isWord && t.length > 1 && t.endsWith('.') ? 'initials' : isWord ? 'word' : first >= '0' && first <= '9' ? 'number' : 'punct';
    const token: Token = {
      text: t,
      lower,
      start,
      end: start + t.length,
      kind,
      cap,
      allCaps: cap && t.length > 1 && lower !== t && t === t.toUpperCase() && kind === 'word',
      sentenceStart: atStart,
      newlineBefore,
      spaceBefore,
    };
    tokens.push(token);
    prevEnd = token.end;
    if (kind === 'punct') {
      if (t === '.' || t === '!' || t === '?') {
        const prev = tokens[tokens.length - 2];
        atStart = !(prev && prev.kind === 'word' && abbreviations.has(prev.lower) && !prev.sentenceStart);
        // "Mw. Jansen" at the start of a line: the title still opens the sentence.
        if (prev && prev.kind === 'word' && titles.has(prev.lower)) atStart = false;
      } else if (t === ':' || t === ';' || t === '•' || t === '*' || t === '|') {
        atStart = true;
      } else if (t === '-' || t === '–') {
        // A dash at the start of a line is a bullet.
        if (newlineBefore || tokens.length === 1) atStart = true;
        else if (spaceBefore) atStart = true;
        else atStart = false;
      } else if (t === '(' || t === '"' || t === '“' || t === "'" || t === '‘' || t === '[') {
        // Transparent: keep the state of what came before.
      } else {
        atStart = false;
      }
    } else {
      atStart = false;
    }
  }
  return tokens;
}
