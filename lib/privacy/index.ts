import { findDateLikes, findDates, type DateMatch } from './dates';
import { dropBrandContinuations } from './brandNames';
import { dropNationalBodies, findNationalBodies } from './nationalBodies';
import { recognizeByTagger } from './recognizeByTagger';
import { recognizeAddressedNames } from './recognizeAddressedNames';
import { recognizeBareStreets } from './recognizeBareStreets';
import { recognizeNames, parseKnownNames } from './recognizeNames';
import { recognizeOrganisations } from './recognizeOrganisations';
import { recognizePatterns } from './recognizePatterns';
import { recognizePlaces } from './recognizePlaces';
import { recognizeStaffCodes } from './recognizeStaffCodes';
import { createPseudonymSession, findPlaceholderLikes, type PseudonymSession, type RestoreOptions } from './session';
import { PRIORITY, resolveOverlaps, type Span } from './spans';
import { tokenize } from './tokenize';
import type { PseudonymEntity } from './types';

export { createPseudonymSession, placeholdersIn, PseudonymSession, type PseudonymSessionOptions, type RestoreOptions } from './session';
export { isValidBsn } from './bsn';
export { entityTypeSchema, pseudonymEntitySchema, type EntityType, type PseudonymEntity } from './types';

export interface PseudonymizeContext {
  /** The client's name as the record header shows it; its parts are matched everywhere. */
  knownNames?: string[];
  /** Keeps placeholders and the date shift consistent across calls. */
  session?: PseudonymSession;
}

export interface PseudonymizeResult {
  /** The text with identifiers replaced. */
  text: string;
  /** What was replaced, in text order, with offsets into the ORIGINAL text. */
  entities: PseudonymEntity[];
  /** Puts originals back into model output (see PseudonymSession.restore). */
  restore(s: string, options?: RestoreOptions): string;
  /** restore() for parsed values: every string and key inside is restored. */
  restoreValue<T>(value: T): T;
}

/** Writes the outgoing text: a placeholder per span, or the shifted date. */
function emit(text: string, spans: Span[], dateAt: Map<number, DateMatch>, colliding: DateMatch[], session: PseudonymSession) {
  const entities: PseudonymEntity[] = [];
  let out = '';
  let last = 0;
  const collidingAt = new Set(colliding.map((d) => d.start));
  for (const span of spans) {
    const original = text.slice(span.start, span.end);
    const date = span.type === 'DATUM' && !collidingAt.has(span.start) ? dateAt.get(span.start) : undefined;
    const placeholder = date && date.end === span.end ? session.dateFor(date) : session.placeholderFor(span.type, original);
    entities.push({ type: span.type, start: span.start, end: span.end, original, placeholder });
    out += text.slice(last, span.start) + placeholder;
    last = span.end;
  }
  return { out: out + text.slice(last), entities };
}

/** Originals of shifted dates whose shifted text does not read back as one date of exactly that text. */
function misreadShifts(out: string, entities: PseudonymEntity[], referenceYear: number): Set<string> {
  const reads = new Set(findDateLikes(out, referenceYear).map((d) => `${d.start}:${d.text}`));
  const misread = new Set<string>();
  let shift = 0;
  for (const e of entities) {
    const at = e.start + shift;
    if (e.type === 'DATUM' && !e.placeholder.startsWith('[') && !reads.has(`${at}:${e.placeholder}`)) misread.add(e.original);
    shift += e.placeholder.length - (e.end - e.start);
  }
  return misread;
}

/**
 * Replaces identifiers in Dutch care text before it leaves the device.
 *
 * Names, addresses, phone numbers, e-mail, URLs, BSN, IDs, postcodes, places, care
 * organisations and ages of 90+ become `[TYPE-n]`. Dates are not blanked: every date is
 * moved by the session's shift (whole weeks, default 4–52 weeks back) and written in its
 * own format, so "12-03-2024" may become "16-01-2024" and "12 mrt '24" "16 jan '24";
 * intervals and weekdays keep their meaning. A date that cannot be shifted losslessly
 * becomes `[DATUM-n]`. Pure and synchronous: no DOM, no network.
 *
 * This lowers the risk of sending patient data to a model; it does not make text anonymous.
 *
 * @example
 * const session = createPseudonymSession();
 * const p = pseudonymize('Mw. Jansen viel op 12-03-2024.', { session });
 * // p.text → 'Mw. [PERSOON-1] viel op 16-01-2024.' (shift varies per session)
 * p.restore('[PERSOON-1] viel op 16-01-2024') // → 'Jansen viel op 12-03-2024'
 */
export function pseudonymize(text: string, context: PseudonymizeContext = {}): PseudonymizeResult {
  const session = context.session ?? createPseudonymSession();
  const tokens = tokenize(text);
  const patterns = recognizePatterns(text);
  const dates = findDates(text, session.referenceYear);
  const dateAt = new Map<number, DateMatch>(dates.map((d) => [d.start, d]));
  const postcodeEnds = new Set(patterns.filter((s) => s.type === 'POSTCODE').map((s) => s.end));
  const candidates: Span[] = [
    ...patterns,
    ...dates.map((d): Span => ({ type: 'DATUM', start: d.start, end: d.end, priority: PRIORITY.DATUM })),
    ...recognizeOrganisations(tokens),
    ...recognizeNames(tokens, parseKnownNames(context.knownNames)),
    ...recognizeStaffCodes(text),
    ...recognizeAddressedNames(text),
    ...recognizePlaces(tokens, postcodeEnds),
    ...recognizeBareStreets(tokens, new Set(patterns.filter((s) => s.type === 'POSTCODE').map((s) => s.start))),
    // Text that already reads as a placeholder is replaced too, or restore would turn it into an identifier.
    ...findPlaceholderLikes(text).map((s): Span => ({ ...s, priority: PRIORITY.EMAIL + 10 })),
  ];

  const bodies = findNationalBodies(text);
  const ruled = resolveOverlaps(dropBrandContinuations(tokens, dropNationalBodies(candidates, bodies)), text);
  const covered = new Uint8Array(text.length);
  for (const s of ruled) covered.fill(1, s.start, s.end);
  // National bodies and chain shops are no identifiers; the tagger must not take them for one either.
  const ruledOrBody = covered.slice();
  for (const b of bodies) {
    ruledOrBody.fill(1, b.start, b.end);
    // "Veilig Thuis Haaglanden": the region after a national body is no name either (a town there the rules took).
    const next = tokens.find((t) => t.start >= b.end);
    if (next && next.cap && !next.newlineBefore) ruledOrBody.fill(1, next.start, next.end);
  }
  // The learned tagger fills only what no rule covered.
  const learned = recognizeByTagger(tokens, ruledOrBody);
  for (const s of learned) covered.fill(1, s.start, s.end);
  const resolved = learned.length === 0 ? ruled : [...ruled, ...learned].sort((a, b) => a.start - b.start);
  // Date-likes left as they are ("3-4 keer", a date the recogniser missed) must never read as shifted:
  // the session keeps shifts off their days, and one that already collides with an earlier shift is replaced.
  const unshifted = findDateLikes(text, session.referenceYear, dates).filter((d) => !covered.subarray(d.start, d.end).some((x) => x === 1));
  const colliding = session.noteUnshifted(unshifted);
  const spans = colliding.length === 0 ? resolved : [...resolved, ...colliding.map((d): Span => ({ type: 'DATUM', start: d.start, end: d.end, priority: PRIORITY.DATUM }))].sort((a, b) => a.start - b.start);

  let { out, entities } = emit(text, spans, dateAt, colliding, session);
  // A shifted date must read back as exactly itself: next to other digits or words it may not ("31 april"), and
  // restore would miss it. Such dates get a placeholder instead.
  const misread = misreadShifts(out, entities, session.referenceYear);
  if (misread.size > 0) {
    for (const original of misread) session.withdrawShift(original);
    ({ out, entities } = emit(text, spans, new Map([...dateAt].filter(([, d]) => !misread.has(d.text))), colliding, session));
  }

  return {
    text: out,
    entities,
    restore: (s: string, options?: RestoreOptions) => session.restore(s, options),
    restoreValue: <T>(value: T) => session.restoreValue(value),
  };
}
