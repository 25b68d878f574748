import { cues, type Cue } from './vocabulary';

/** A cue word found in text. */
export interface CueHit {
  cue: Cue;
  /** The cue as written ("RR", "p", "Temp."). */
  text: string;
  start: number;
  end: number;
}

// Longest spelling first, so "pijnscore" wins over "pijn" at the same place.
const orderedCues = [...cues].sort((a, b) => b.pattern.length - a.pattern.length);
const cueByGroup = new Map(orderedCues.map((c, i) => [i + 1, c]));
/** A hyphenated suffix is part of the cue: "BG-waarde", "BS-curve", "sat-meting", "RR-controle". */
const suffix = /-(?:waarden?|meting(?:en)?|curve|controles?)$/i;
const source =
  `(?<![\\p{L}\\p{N}_])(?:${orderedCues.map((c) => `(${c.pattern})`).join('|')})` +
  `(?:${suffix.source.slice(0, -1)})?(?!\\p{L})`;
const anywhere = new RegExp(source, 'giu');
const whole = new RegExp(`^${source}$`, 'iu');

function cueOf(match: RegExpMatchArray): Cue | undefined {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return cueByGroup.get(i);
  return undefined;
}

/** Every cue word in a text, left to right, in one pass of one compiled regex. */
export function* scanCues(text: string): Generator<CueHit> {
  // matchAll works on a copy of the regex, so nested scans (gap checks) cannot disturb each other.
  for (const match of text.matchAll(anywhere)) {
    const cue = cueOf(match);
    if (cue) yield { cue, text: match[0], start: match.index, end: match.index + match[0].length };
  }
}

/** The cue a whole string is, if it is exactly one ("Pols", "T", "SpO2"); for table headers. */
export function cueForWhole(text: string): CueHit | null {
  const match = whole.exec(text);
  const cue = match ? cueOf(match) : undefined;
  return cue ? { cue, text, start: 0, end: text.length } : null;
}

/** Capitals-only abbreviations ("P", "T", "AF") written otherwise are weak or not a cue at all. */
export function capitalsOk(hit: CueHit): boolean {
  const base = hit.text.replace(suffix, '');
  return !hit.cue.upper || base === base.toUpperCase();
}
