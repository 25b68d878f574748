import { careAbbreviations, shortWords, signatureStopWords } from './lexicon';
import { PRIORITY, type Span } from './spans';

/**
 * Staff initials and paraafs: "/HdV", "- rb", "paraaf: LMS", "RRov/KZoe", "J.v.d.M.", "– GK, voor 1/10".
 *
 * A code says nothing by its letters alone ("GK" may be a staff member or an abbreviation), so it counts
 * only where Dutch reports put a signature: after a slash or dash at the end of a line, after a label
 * (paraaf, notulen, notulist), as the assignee at the end of an action item, or in brackets after a
 * heading. Two shapes are distinctive anywhere: initials with a lower-case tussenvoegsel inside ("HdV",
 * "GvdH", "AvdL") and dotted initials with one ("J.v.d.M."). A code found once counts everywhere in the
 * same text ("- KJ: pijnobservatie" … "mondinspectie door KJ").
 */

// Letters of a code: 2–5 capitals ("LB", "MTAF"), capitals with lower case inside ("HdV", "SvR", "RRov",
// "KZoe"), or 2–4 lower-case letters ("rb", "mvdk"). Dotted: "I.S.", "J.v.d.M.".
const CODE = String.raw`(?:\p{Lu}{2,5}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,3}|\p{Lu}\p{Lu}\p{Ll}{2,3}|\p{Ll}{2,4}|(?:\p{Lu}\.){1,3}(?:[vdt]\.){0,3}\p{Lu}\.)`;
const END = String.raw`(?![\p{L}\d.])`;
const codeRe = new RegExp(String.raw`^${CODE}$`, 'u');
const glued = new RegExp(String.raw`${CODE}${END}`, 'uy');
// Distinctive anywhere: "HdV", "AvdL", "JvdB", "J.v.d.M.".
const tussenCodeRe = /(?<![\p{L}\d.])(?:\p{Lu}(?:v|d|vd|vdd|t)\p{Lu}|\p{Lu}\.(?:[vdt]\.){1,3}\p{Lu}\.)(?![\p{L}\d])/gu;

/** Signature positions: a short Dutch word there is still a paraaf ("- tv", "/ml"), unless it is a reply word. */
const signatureContexts: RegExp[] = [
  // Signature after a slash: "… gegeven. /HdV", "/ KdB", "RRov/KZoe" (the slash starts the line or follows a space).
  new RegExp(String.raw`(?<=(?:^|[ \t(])/[ \t]?)(${CODE})${END}(?=[ \t]*(?:$|/|[,;][ \t]))`, 'gmud'),
  // Signature after a dash at the end of a line: "- rb", "Wel gedaan! - sk", "– SvR", "- np, crisisdienst".
  new RegExp(String.raw`(?<=(?:^|[ \t])[-–][ \t]?)(${CODE})${END}(?=[ \t]*(?:$|,[ \t]*\p{Ll}))`, 'gmud'),
  // Dotted initials ending a line after a comma: "- Sanne (PB), S.L.".
  new RegExp(String.raw`(?<=,[ \t])((?:\p{Lu}\.){2,3})(?=[ \t]*$)`, 'gmud'),
  // A code alone after the last sentence of a line: "… met partner (Marieke). JB".
  new RegExp(String.raw`(?<=[.!?)][ \t]+)(\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,2})(?=[ \t]*$)`, 'gmud'),
];
const contexts: RegExp[] = [
  // Labels: "paraaf: LMS", "paraaf LB", "Notulen: SH", "notulist: I.S.", "gez. AB".
  new RegExp(String.raw`(?<![\p{L}])(?:paraaf|paraf|notulen|notulist|notulist\(e\)|notulant|verslaglegging|gez\.|ingevuld door|uitgevoerd door)[ \t]*:?[ \t]*(${CODE})${END}`, 'giud'),
  // The assignee of an action item: "- KJ: pijnobservatie", "– WO, voor 1/10", "– GK" (list lines only; anchored at
  // the line start so the scan stays linear).
  new RegExp(String.raw`^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+(${CODE})${END}(?=[ \t]*(?:$|,|:|/|\())`, 'gmud'),
  new RegExp(String.raw`^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+[^\n]*[ \t][-–][ \t]+(${CODE})${END}(?=[ \t]*(?:$|,|:|/|\())`, 'gmud'),
  // In brackets at the end of a heading line: "Fysiotherapie (PM)", "2. Gedrag en cognitie (GK)".
  new RegExp(String.raw`(?<=^[ \t]*(?:\d{1,2}[.)][ \t]*)?\p{Lu}[\p{L} /&-]{2,40}[ \t]\()(${CODE})(?=\)[ \t]*:?[ \t]*$)`, 'gmud'),
];

/** A code that is a care abbreviation or a short Dutch word, not a person ("SO", "HA", "ok", "zn"). */
function isOrdinary(code: string, signature: boolean): boolean {
  if (code === code.toUpperCase() && careAbbreviations.has(code)) return true;
  const lower = code.toLowerCase();
  if (code !== lower) return false;
  return signature ? signatureStopWords.has(lower) || (lower.length > 2 && shortWords.has(lower)) : shortWords.has(lower);
}

/** Finds staff initials and paraafs (see the module comment). */
export function recognizeStaffCodes(text: string): Span[] {
  const found = new Set<string>();
  const spans: Span[] = [];
  const add = (start: number, code: string) => {
    spans.push({ type: 'PERSOON', start, end: start + code.length, priority: PRIORITY.PERSOON_STRONG });
    found.add(code);
  };
  for (const [list, signature] of [[signatureContexts, true], [contexts, false]] as const) {
    for (const re of list) {
      for (const m of text.matchAll(re)) {
        const code = m[1] ?? '';
        if (!codeRe.test(code) || isOrdinary(code, signature)) continue;
        add(m.indices?.[1]?.[0] ?? m.index, code);
      }
    }
  }
  for (const m of text.matchAll(tussenCodeRe)) add(m.index, m[0]);
  // "RRov/KZoe": a second code glued to a found one by a slash.
  for (const s of [...spans]) {
    if (text[s.end] !== '/') continue;
    glued.lastIndex = s.end + 1;
    const m = glued.exec(text);
    if (m?.[0] && !isOrdinary(m[0], false)) add(s.end + 1, m[0]);
  }
  if (found.size === 0) return spans;
  // Found once, found everywhere: the same letters as a word of their own.
  const again = new RegExp(String.raw`(?<![\p{L}\d.])(?:${[...found].map((c) => c.replace(/\./g, '\\.')).join('|')})${END}`, 'gu');
  for (const m of text.matchAll(again)) spans.push({ type: 'PERSOON', start: m.index, end: m.index + m[0].length, priority: PRIORITY.PERSOON_WEAK + 1 });
  return spans;
}
