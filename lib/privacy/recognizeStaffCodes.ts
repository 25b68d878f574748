import { careAbbreviations, familyNames, firstNames, institutionCodes, locationKinds, medicalTerms, nonNameCaps, organisationKinds, roles, shortWords, signatureStopWords } from './lexicon';
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
const CODE = String.raw`(?:\p{Lu}{2,5}|(?=\p{Lu}(?:\p{Ll}{0,3}\p{Lu}))\p{Lu}[\p{Lu}\p{Ll}]{1,4}(?![\p{L}])|\p{Ll}{1,3}\p{Lu}{1,2}(?![\p{Ll}])|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,3}|\p{Lu}\p{Lu}\p{Ll}{2,3}|\p{Ll}{2,4}|(?:\p{Lu}\.){1,3}(?:[vdt]\.){0,3}\p{Lu}\.)`;
const END = String.raw`(?![\p{L}\d.])`;
const codeRe = new RegExp(String.raw`^${CODE}$`, 'u');
const glued = new RegExp(String.raw`${CODE}${END}`, 'uy');
// Distinctive anywhere: "HdV", "AvdL", "JvdB", "J.v.d.M.".
const tussenCodeRe = /(?<![\p{L}\d.])(?:\p{Lu}(?:v|d|vd|vdd|t)\p{Lu}|\p{Lu}\.(?:[vdt]\.){1,3}\p{Lu}\.)(?![\p{L}\d])/gu;

/** Signature positions: a short Dutch word there is still a paraaf ("- tv", "/ml"), unless it is a reply word. */
const signatureContexts: RegExp[] = [
  // Signature after a slash: "… gegeven. /HdV", "/ KdB", "RRov/KZoe" (the slash starts the line or follows a space).
  new RegExp(String.raw`(?<=(?:^|[ \t(])/[ \t]?)(${CODE}|\p{Lu}\p{Ll}(?=[ \t]*$))${END}(?=[ \t]*(?:$|/|[,;][ \t]))`, 'gmud'),
  // Signature after a dash at the end of a line: "- rb", "Wel gedaan! - sk", "– SvR", "- np, crisisdienst".
  new RegExp(String.raw`(?<=(?:^|[ \t])[-–][ \t]?)(${CODE})${END}(?=[ \t]*(?:$|,[ \t]*\p{Ll}))`, 'gmud'),
  // Dotted initials ending a line after a comma: "- Sanne (PB), S.L.".
  new RegExp(String.raw`(?<=,[ \t])((?:\p{Lu}\.){2,3})(?=[ \t]*$)`, 'gmud'),
  // A code alone after the last sentence of a line: "… met partner (Marieke). JB", "Geen bijzonderheden. N.O.".
  new RegExp(String.raw`(?<=[.!?)][ \t]+)(\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,2}|(?:\p{Lu}\.){2,3})(?=[ \t]*$)`, 'gmud'),
  // A code alone on its own line, as the signature under a report: "jvdb", "ES".
  new RegExp(String.raw`^[ \t]*(${CODE})(?=[ \t]*$)`, 'gmud'),
];
// A signature line "EW, specialist ouderengeneeskunde", "KL, verpleegkundige": a code, a comma and a lower-case function.
const codeWithFunctionRe = new RegExp(String.raw`^[ \t]*(\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,2})(?=,[ \t]+\p{Ll}{3,}[\p{Ll} -]*$)`, 'gmu');
// An action item's assignee in brackets: "- afbouw haloperidol (EW)", "b) vervoer regelen (YL / Jo)", "1. nulmeting (MH), voor 1 mei".
const listLineRe = /^[ \t]*(?:[-–•*]|\d{1,2}[.)]|[a-z]\))[ \t]+[^\n]*$/gmu;
// Also last in the brackets after a comma: "(stappenplan, JW)", "(MR, deze week)".
const bracketCodeRe = new RegExp(String.raw`\((?:[^()\n,]{1,40},[ \t]*)?(\p{Lu}{2,4}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,2}|\p{Lu}\p{Lu}\p{Ll}{1,3})(?=[ \t]*(?:\)|/|,))`, 'gu');
// At the end of any line, a bracketed code with two capitals and a lower-case letter: "… meegegeven (SOu)", "(MdJ)".
const lineEndMixedCodeRe = /\(((?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{1,4})\)[ \t.]*$/gmu;
// Anywhere, a bracketed code right after the name it abbreviates: "K. Zoetelief (KZoe)", "Tjitske Zoet (TZ)".
// Starts only at a word's start, so each word is read a bounded number of times (linear scan).
const afterNameCodeRe = new RegExp(String.raw`(?<![\p{L}.'-])((?:\p{Lu}[\p{L}.'-]*[ \t]+(?:(?:van|de|der|den|ter|ten|het)[ \t]+){0,2}){1,3})\((\p{Lu}{2,4}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}?\p{Ll}{0,3})\)`, 'gu');

/** "RRov" for "R. Rovers", "TZ" for "Tjitske Zoet": each capital of the code opens the next name word, in order. */
function abbreviates(code: string, words: string[]): boolean {
  const parts = code.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const names = words.filter((w) => !/^(?:van|de|der|den|ter|ten|het)$/.test(w)).slice(-parts.length);
  if (parts.length < 2 || parts.length !== names.length) return false;
  // One word must be a name for sure (initials, a listed name): "Family Based Treatment (FBT)" is no person.
  if (!names.some((w) => /^\p{Lu}\.$/u.test(w) || firstNames.has(w.toLowerCase()) || familyNames.has(w.toLowerCase()))) return false;
  return parts.every((p, k) => names[k]!.replace(/\./g, '').toLowerCase().startsWith(p.toLowerCase()));
}
const contexts: RegExp[] = [
  // Labels: "paraaf: LMS", "paraaf LB", "paraaf dienst: GW", "Notulen: SH", "notulist: I.S.", "gez. AB".
  new RegExp(String.raw`(?<![\p{L}])(?:paraaf(?:[ \t]+\p{Ll}{3,12}(?=[ \t]*:))?|paraf|notulen|notulist|notulist\(e\)|notulant|verslaglegging|gez\.|ingevuld door|uitgevoerd door|gegeven|ontvangen|overgedragen door|overgedragen aan|overdracht door)[ \t]*:?[ \t]*(${CODE})${END}`, 'giud'),
  // The assignee of an action item: "- KJ: pijnobservatie", "– WO, voor 1/10", "– GK" (list lines only; anchored at
  // the line start so the scan stays linear).
  new RegExp(String.raw`^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+(${CODE})${END}(?=[ \t]*(?:$|,|:|/|\())`, 'gmud'),
  new RegExp(String.raw`^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+[^\n]*[ \t][-–][ \t]+(${CODE})${END}(?=[ \t]*(?:$|,|:|/|\())`, 'gmud'),
  // In brackets at the end of a heading line: "Fysiotherapie (PM)", "2. Gedrag en cognitie (GK)".
  new RegExp(String.raw`(?<=^[ \t]*(?:\d{1,2}[.)][ \t]*)?\p{Lu}[\p{L} /&-]{2,40}[ \t]\()(${CODE})(?=\)[ \t]*:?[ \t]*$)`, 'gmud'),
];

// Who wrote the report or takes the action: "verslag TB, verstuurd aan…", "Verslag: jvdm", "(actie MB)", "actie KV, voor 1/11".
// A lower-case code only at the end of its line ("verslag yt"): "verslag volgt" is no signature.
const writerLabelRe = new RegExp(
  String.raw`(?<![\p{L}])(?:[Vv]erslag(?:legging)?|[Aa]ctie|[Uu]itvoering)[ \t]*:?[ \t]+(?:(\p{Lu}{2,4}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,3}|\p{Lu}\p{Lu}\p{Ll}{2,3})(?=[ \t]*(?:$|[,;)/]))|(\p{Ll}{2,4})(?=[ \t]*$))`,
  'gmud',
);
// Codes after the last colon of a list line, alone or joined: "- evaluatie medicatie: MV", "- medicatie: JF + EK".
const listColonCodesRe = new RegExp(String.raw`^[ \t]*[-–•*][^\n:]*:[ \t]*((?:${CODE})(?:[ \t]*[+&/][ \t]*(?:${CODE}))*)[ \t]*$`, 'gmu');
// A lower-case code before a comma and its function, alone on a line: "ssv, SEH-vpk".
const lowerCodeFunctionRe = /^[ \t]*(\p{Ll}{2,4}),[ \t]+([\p{L}][\p{L}'-]{1,30})[ \t]*$/gmu;
// A role or a shift with the code of who fills it after a space: "EVV YB regelt diëtiste", "MW YH ondersteuning",
// "- nachtdienst LK", "controle POH – AKw" (the code at the line end or before a lower-case word).
const roleSpaceCodeRe = new RegExp(String.raw`(?<![\p{L}])(?:EVV|MW|PB|PB'er|EVV'er|SPV|VS|POH|AVG|VPK|PMT|nachtdienst|avonddienst|dagdienst|vroege dienst|late dienst|slaapdienst)[ \t]+(?:[-–][ \t]+)?(${CODE})${END}(?=[ \t]+\p{Ll}|[ \t]*(?:$|[,;)]))`, 'gmud');
// A code at a line start before a slash and a function: "DK / woonbegeleider".
const codeSlashRoleRe = new RegExp(String.raw`^[ \t]*(${CODE})[ \t]*\/[ \t]*(\p{Ll}[\p{Ll}-]{2,24})[ \t]*$`, 'gmud');
// A role with the code of who fills it: "– mentor/YT", "(pb/AK)".
const roleSlashRe = new RegExp(String.raw`(?<![\p{L}])(\p{Ll}{2,}(?:'er)?)\/(${CODE})${END}(?=[ \t]*(?:$|[,;)]))`, 'gmud');
// Codes alone on a line, joined by slashes: "RRov/KZoe", "RR / tdj" (a signature pair; "RR" there is no blood pressure).
const codePairLineRe = new RegExp(String.raw`^[ \t]*(${CODE})[ \t]*\/[ \t]*(${CODE})[ \t]*$`, 'gmud');
// An attendance list: "Aanwezig: RRov (psychiater, regie), KZoe (SPV), …": each code before its bracketed function.
const attendanceLineRe = /^[ \t]*(?:aanwezig|aanwezigen|afwezig|deelnemers|present|met kennisgeving afwezig|afgemeld)\b[^:\n]{0,20}:[^\n]*$/gimu;
const attendanceCodeRe = new RegExp(String.raw`(?<=(?:[:,;]|\ben)[ \t]*)(${CODE})(?=[ \t]*\()`, 'gu');
// A code as the subject of an action at the start of a clause: "FO doet eindevaluatie", "Afspraken: AT huisbezoek …;
// RK start CIZ-aanvraag", "Vakantierooster: WS afwezig 22 juli".
const actorCodeRe = new RegExp(
  String.raw`(?:^|[;:,.][ \t]+|^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+)(\p{Lu}{2,4}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}\p{Ll}{0,3})(?=[ \t]+(?:doet|neemt|belt|mailt|maakt|regelt|start|plant|vraagt|zorgt|stuurt|bespreekt|informeert|overlegt|zoekt|benadert|coördineert|schrijft|meldt|volgt|pakt|checkt|nodigt|koppelt|legt|houdt|evalueert|onderzoekt|bezoekt|huisbezoek|afwezig|aanwezig|met vakantie|op vakantie)\b)`,
  'gmu',
);
// Lower-case dotted initials alone on a line, maybe with the function in brackets: "m.t. (waarnemend HA)", "m.kw".
const lowerDottedLineRe = /^[ \t]*(\p{Ll}\.\p{Ll}{1,3}\.?)(?=[ \t]*(?:\([^()\n]{2,40}\))?[ \t]*$)/gmu;
// A sign-off line closing an entry, a dash and a lower-case code alone: "- joke", "-nek" (the entry's last line, after a
// sentence). The position makes even an ordinary short word a paraaf; a word in a list ("- zelf") is one only glued to
// the dash or when it is a first name.
const closingDashLineRe = /(?<=[.!?)][ \t]*\n[ \t]*)[-–]([ \t]?)(\p{Ll}{2,4})(?=[ \t]*(?:\n[ \t]*\n|\n?$))/gu;
// A first name signing off after the last sentence of a line: "… Om 22:10 slapen. - Anoek".
const closingDashNameRe = /(?<=[.!?][ \t]+[-–][ \t]?)(\p{Lu}\p{Ll}{2,11})(?=[ \t]*$)/gmu;
// A lower-case code right before the bracketed function it fills: "schreef ws (wijkverpleging):", "bw (diëtist)".
const codeBeforeFunctionRe = /(?<![\p{L}\d.'’-])(\p{Ll}{2,4})[ \t]+\((\p{Ll}[\p{Ll}-]{1,24})\)/gu;
// A function with the lower-case code of who fills it in brackets: "POH-GGZ (wd)", "PMT (wdr)", "fysio (kb)".
const functionBeforeCodeRe = /(?<![\p{L}\d])([\p{L}][\p{L}-]{1,24})[ \t]*\((\p{Ll}{2,4})\)/gu;
/** Lower-case words for a discipline or a service that a staff member fills (besides the roles). */
const disciplineWords = new Set(['wijkverpleging', 'thuiszorg', 'verpleging', 'fysio', 'ergo', 'logo', 'diëtiek', 'dietiek', 'psychologie', 'pmt', 'vs', 'vs ggz', 'verpleegkunde', 'nachtdienst', 'avonddienst', 'dagdienst', 'dienst', 'coördinator', 'zorgcoördinator', 'ggz', 'poh', 'poh-ggz', 'poh-o', 'spv', 'mw', 'activiteitenbegeleiding', 'geestelijke', 'gv', 'transfer', 'evv', 'pb']);
/** Qualifiers a function takes in brackets, no code: "psychiater (vz)" (voorzitter), "arts (io)", "(wnd)", "(ao)". */
const functionQualifiers = new Set(['vz', 'voorz', 'io', 'wnd', 'ao', 'nb', 'ivm', 'evt', 'tel', 'mob', 'sec', 'not', 'gepens']);
const isFunction = (word: string) => {
  const lower = word.toLowerCase();
  return roles.has(lower) || disciplineWords.has(lower) || (word === word.toUpperCase() && careAbbreviations.has(word.replace(/-.*$/, '')));
};
// A code before the full name it abbreviates: "mb / M. Boerrigter", "JvD - J. van Dijk".
const codeBeforeNameRe = /(?<![\p{L}\d.])(\p{L}{2,5})[ \t]*[/–-][ \t]*((?:\p{Lu}\.){1,3}[ \t]?(?:(?:van|de|der|den|ter|ten|het)[ \t]+){0,2}\p{Lu}\p{Ll}+)/gu;
/** "mb", "mvdb" or "MB" for "M. Boerrigter", "M. van den Berg": the code spells the name's initials. */
function spellsInitials(code: string, name: string): boolean {
  const words = name.split(/[\s.]+/).filter(Boolean);
  const all = words.map((w) => w[0]!).join('').toLowerCase();
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('').toLowerCase();
  return code.toLowerCase() === all || code.toLowerCase() === capitals;
}
// Action lines under a heading "Afspraken", "Acties", "Actiepunten": "JT: uitbreiding dagbesteding", "- SA: huid controle".
const actionBlockRe = /^[ \t]*(?:afspraken|acties|actiepunten|afspraken(?:[ \t]*(?:en|&|\/)[ \t]*)acties|actie|taken|to ?do)[ \t]*:?[ \t]*\n(?:[ \t]*\S[^\n]*(?:\n|$))+/gimu;
// Also with what the code does after it: "- PD past zorgplan aan", "- MR evaluatie Wzd".
const actionLineCodeRe = new RegExp(String.raw`^[ \t]*(?:[-–•*][ \t]+|\d{1,2}[.)][ \t]*)?(${CODE})(?:[ \t]*:|[ \t]+(?=\p{Ll}))`, 'gmu');
// A lower-case full name in an attendance list, before its bracketed function: "wim de ruijter (pmt)".
const lowerAttendeeRe = /(?<=(?:[:,;]|\ben)[ \t]*)(\p{Ll}{2,}(?:[ \t]+(?:van|de|der|den|ter|ten|het|'t|v\.d\.|vd))*[ \t]+\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?=[ \t]*\()/gu;

/** Abbreviations in the shape of lower-case dotted initials. */
const dottedAbbreviations = new Set(['o.a.', 'z.n.', 'd.d.', 'i.o.', 'p.o.', 's.c.', 'i.m.', 'i.v.', 'a.s.', 'c.q.', 'm.k.', 'b.v.', 'p.m.', 'v.v.', 'e.a.', 'z.o.z.', 'n.b.', 't.b.v.']);

// A word in capitals, as headings and flags write it ("SPOED", "NIEUW", "ZIEK", "GOED"): four or five capitals with a
// Dutch vowel pair inside. Staff initials hardly ever spell one.
const capitalWordRe = /^(?=\p{Lu}{4,5}$)\p{Lu}*(?:AA|EE|OO|UU|OE|IE|EU|UI|EI|IJ|AU|OU)\p{Lu}*$/u;

/** A code that is a care abbreviation or a short Dutch word, not a person ("SO", "HA", "ok", "zn", "SPOED"). */
function isOrdinary(code: string, signature: boolean): boolean {
  // "MoCA", "HbA": an abbreviation in mixed case is still one.
  if (code !== code.toLowerCase() && careAbbreviations.has(code.toUpperCase())) return true;
  const lower = code.toLowerCase();
  // "STOP", "INFO", "HULP": a Dutch word in capitals; "SPOED", "NIEUW": one with a vowel pair.
  if (code === code.toUpperCase() && (capitalWordRe.test(code) || (code.length === 4 && shortWords.has(lower)))) return true;
  // A weekday or month abbreviation is never a paraaf ("werkdagen ma - di - do").
  if (signatureStopWords.has(lower) && /^(?:ma|di|wo|do|vr|za|zo|jan|feb|mrt|apr|mei|jun|jul|aug|sept?|okt|nov|dec)$/.test(lower)) return true;
  if (code !== lower) return false;
  return signature ? signatureStopWords.has(lower) || (lower.length > 2 && shortWords.has(lower)) : shortWords.has(lower);
}

/** Finds staff initials and paraafs (see the module comment). */
export function recognizeStaffCodes(text: string): Span[] {
  const found = new Set<string>();
  const spans: Span[] = [];
  const add = (start: number, code: string, spread = true) => {
    spans.push({ type: 'PERSOON', start, end: start + code.length, priority: PRIORITY.PERSOON_STRONG });
    // A care abbreviation is a code only where it stands ("RR / tdj"), not everywhere ("RR 140/90").
    if (spread) found.add(code);
  };
  for (const [list, signature] of [[signatureContexts, true], [contexts, false]] as const) {
    for (const re of list) {
      // Glued to a slash at a line end even a care abbreviation is a paraaf ("… ingelicht. /IB"); "bespreking / MDO" is not.
      const slash = re === signatureContexts[0];
      for (const m of text.matchAll(re)) {
        const code = m[1] ?? '';
        const onSlash = slash && text[(m.indices?.[1]?.[0] ?? m.index) - 1] === '/';
        // ("… aan Patrick /Sv": after a slash at a line end a capital and a lower-case letter sign too.)
        if ((!codeRe.test(code) && !(onSlash && /^\p{Lu}\p{Ll}$/u.test(code))) || (onSlash && code === code.toUpperCase() ? false : isOrdinary(code, signature))) continue;
        add(m.indices?.[1]?.[0] ?? m.index, code);
      }
    }
  }
  // "OvJ", "UvA", "RvdK" have the shape but are institutions.
  for (const m of text.matchAll(tussenCodeRe)) if (!institutionCodes.has(m[0])) add(m.index, m[0]);
  for (const m of text.matchAll(writerLabelRe)) {
    const code = m[1] ?? m[2]!;
    const at = m.indices?.[m[1] ? 1 : 2]?.[0] ?? m.index;
    if (!isOrdinary(code, m[2] !== undefined)) add(at, code);
  }
  for (const m of text.matchAll(roleSlashRe)) if (roles.has(m[1]!) && !isOrdinary(m[2]!, true)) add(m.indices?.[2]?.[0] ?? m.index, m[2]!);
  for (const m of text.matchAll(roleSpaceCodeRe)) if (!isOrdinary(m[1]!, true)) add(m.indices![1]![0], m[1]!);
  for (const m of text.matchAll(listColonCodesRe)) {
    const run = m[1]!;
    const at = m.index + m[0].indexOf(run);
    for (const c of run.matchAll(/[^\s+&/]+/gu)) if (codeRe.test(c[0]) && !isOrdinary(c[0], false)) add(at + c.index, c[0]);
  }
  for (const m of text.matchAll(lowerCodeFunctionRe)) {
    const fn = m[2]!;
    const last = fn.split('-').pop()!;
    if ((isFunction(fn) || isFunction(last) || roles.has(last.toLowerCase())) && !isOrdinary(m[1]!, true)) add(m.index + m[0].indexOf(m[1]!), m[1]!);
  }
  for (const m of text.matchAll(codeSlashRoleRe)) {
    // "woonbegeleider", "wijkverpleegkundige": a compound of a role is a function too.
    const fn = m[2]!;
    if ((isFunction(fn) || [...roles].some((r) => r.length >= 6 && fn.endsWith(r))) && !isOrdinary(m[1]!, true)) add(m.indices![1]![0], m[1]!);
  }
  for (const m of text.matchAll(codePairLineRe)) {
    const [a, b] = [m[1]!, m[2]!];
    // One of the two must be no abbreviation: "HA / SO" on a line is a heading.
    if (isOrdinary(a, true) && isOrdinary(b, true)) continue;
    add(m.indices![1]![0], a, !isOrdinary(a, true));
    add(m.indices![2]![0], b, !isOrdinary(b, true));
  }
  for (const line of text.matchAll(attendanceLineRe)) {
    for (const m of line[0].matchAll(attendanceCodeRe)) if (!isOrdinary(m[1]!, false)) add(line.index + m.index, m[1]!);
  }
  for (const line of text.matchAll(attendanceLineRe)) {
    for (const m of line[0].matchAll(lowerAttendeeRe)) {
      const words = m[1]!.split(/[ \t]+/);
      if (firstNames.has(words[0]!) && (words.length > 2 || !shortWords.has(words.at(-1)!))) spans.push({ type: 'PERSOON', start: line.index + m.index, end: line.index + m.index + m[1]!.length, priority: PRIORITY.PERSOON_STRONG });
    }
  }
  for (const m of text.matchAll(closingDashNameRe)) {
    const word = m[1]!.toLowerCase();
    if (firstNames.has(word) || !(nonNameCaps.has(word) || medicalTerms.has(word) || signatureStopWords.has(word) || shortWords.has(word))) add(m.index, m[1]!);
  }
  for (const m of text.matchAll(closingDashLineRe)) {
    const code = m[2]!;
    if (signatureStopWords.has(code) || (shortWords.has(code) && m[1] !== '' && !firstNames.has(code))) continue;
    add(m.index + m[0].length - code.length, code);
  }
  for (const m of text.matchAll(codeBeforeFunctionRe)) if (isFunction(m[2]!) && !isOrdinary(m[1]!, false) && !roles.has(m[1]!)) add(m.index, m[1]!);
  for (const m of text.matchAll(functionBeforeCodeRe)) {
    if (isFunction(m[1]!) && !functionQualifiers.has(m[2]!) && !isOrdinary(m[2]!, false)) add(m.index + m[0].length - m[2]!.length - 1, m[2]!);
  }
  for (const m of text.matchAll(codeBeforeNameRe)) {
    if (spellsInitials(m[1]!, m[2]!) && !isOrdinary(m[1]!, false)) add(m.index, m[1]!);
  }
  for (const block of text.matchAll(actionBlockRe)) {
    for (const m of block[0].matchAll(actionLineCodeRe)) {
      if (!isOrdinary(m[1]!, false)) add(block.index + m.index + m[0].lastIndexOf(m[1]!), m[1]!);
    }
  }
  for (const m of text.matchAll(actorCodeRe)) if (!isOrdinary(m[1]!, false)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(lowerDottedLineRe)) if (!dottedAbbreviations.has(m[1]!)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(codeWithFunctionRe)) if (!isOrdinary(m[1]!, false)) add(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const line of text.matchAll(listLineRe)) {
    for (const m of line[0].matchAll(bracketCodeRe)) {
      const at = line.index + m.index + m[0].length - m[1]!.length;
      // "(MW/JS)": a pair of codes in an action's brackets is two people, even when one also abbreviates a discipline.
      const pairedWith = new RegExp(String.raw`^\/[ \t]?(${CODE})${END}`, 'u').exec(text.slice(at + m[1]!.length, at + m[1]!.length + 8))?.[1];
      if (!isOrdinary(m[1]!, false) || (pairedWith !== undefined && !isOrdinary(pairedWith, false))) add(at, m[1]!, !isOrdinary(m[1]!, false));
    }
  }
  for (const m of text.matchAll(lineEndMixedCodeRe)) {
    const code = m[1]!;
    if (/\p{Ll}/u.test(code) && !isOrdinary(code, false)) add(m.index + 1, code);
  }
  for (const m of text.matchAll(afterNameCodeRe)) {
    const code = m[2]!;
    const words = m[1]!.trim().split(/[ \t]+/);
    // "Ziekenhuis Hollandse IJssel (ZHIJ)": the abbreviation of an organisation, not of a person.
    if (words.some((w) => organisationKinds.has(w.toLowerCase()) || locationKinds.has(w.toLowerCase()))) continue;
    if (isOrdinary(code, false) || !abbreviates(code, words)) continue;
    add(m.index + m[0].length - code.length - 1, code);
  }
  // "RRov/KZoe", "GW/JvO": a second code glued to a found one by a slash, after it or before it.
  for (const s of [...spans]) {
    if (text[s.end] === '/') {
      glued.lastIndex = s.end + 1;
      const m = glued.exec(text);
      if (m?.[0] && !isOrdinary(m[0], false)) add(s.end + 1, m[0]);
    }
    if (text[s.start - 1] === '/') {
      const m = text.slice(Math.max(0, s.start - 7), s.start - 1).match(new RegExp(String.raw`(?<![\p{L}\d.])(${CODE})$`, 'u'));
      if (m?.[1] && !isOrdinary(m[1], false)) add(s.start - 1 - m[1].length, m[1]);
    }
  }
  if (found.size === 0) return spans;
  // Found once, found everywhere: the same letters as a word of their own.
  const again = new RegExp(String.raw`(?<![\p{L}\d.])(?:${[...found].map((c) => c.replace(/\./g, '\\.')).join('|')})${END}`, 'gu');
  for (const m of text.matchAll(again)) spans.push({ type: 'PERSOON', start: m.index, end: m.index + m[0].length, priority: PRIORITY.PERSOON_WEAK + 1 });
  return spans;
}
