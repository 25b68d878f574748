import { locationKinds, nonNameCaps, organisationKinds, roles, titles } from './lexicon';
import { PRIORITY, type Span } from './spans';

/**
 * First names in the salutation and under the sign-off of a message ("Dag Marij,", "Hoi Tijmen,", "Groetjes,⏎Ysbrand"),
 * listed or not: mails and notes address a colleague by first name there, whatever the name.
 */

// One capitalised name, maybe double ("Anne-Fleur", "Jan Willem").
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?`;
const salutationRe = new RegExp(String.raw`^[ \t>]*(?:[Dd]ag|[Bb]este|[Hh]oi|[Hh]allo|[Hh]ey|[Hh]ee|[Ll]ieve|[Gg]oedemorgen|[Gg]oedemiddag|[Gg]oedenavond|[Gg]oeiemorgen)[ \t]+(${NAME})[ \t]*[,!]`, 'gmu');
// The closing formula, then the name on the same line after a comma or alone on one of the next lines.
const CLOSING = String.raw`(?:(?:[Mm]et[ \t]+)?(?:[Vv]riendelijke|[Hh]artelijke|[Cc]ollegiale|[Ww]arme|[Ll]ieve)[ \t]+groet(?:en)?|[Gg]roet(?:en|jes)?|[Gg]r\.?|[Mm]vg|[Mm]\.v\.g\.|[Ll]iefs)`;
const signOffRe = new RegExp(String.raw`^[ \t>]*${CLOSING}[ \t]*(?:,[ \t]*(${NAME})[ \t]*$|[,!.]?[ \t]*\n(?:[ \t>]*\n)?[ \t>]*(${NAME})[ \t]*$)`, 'gmu');

/** Words that take the name's place without being one: "Beste Collega", "Dag Team", "Hoi Allemaal". */
function isNoName(name: string): boolean {
  return name.split(/[ \t-]/).some((w) => {
    const lower = w.toLowerCase();
    return roles.has(lower) || titles.has(lower) || nonNameCaps.has(lower) || organisationKinds.has(lower) || locationKinds.has(lower) || /^(?:team|allen|allemaal|iedereen|collega|collegae|zorgteam|heren|dames|lezer)$/.test(lower);
  });
}

/** Finds names addressed in a salutation or signed under a closing formula. */
export function recognizeAddressedNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [salutationRe, signOffRe]) {
    for (const m of text.matchAll(re)) {
      const name = m[1] ?? m[2]!;
      if (isNoName(name)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      spans.push({ type: 'PERSOON', start, end: start + name.length, priority: PRIORITY.PERSOON_STRONG });
    }
  }
  return spans;
}
