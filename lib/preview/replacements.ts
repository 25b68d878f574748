import type { EntityType, PseudonymEntity } from '../privacy/types';

/** One identifier as the preview shows it: the placeholder that is sent and the original that stays here. */
export interface Replacement {
  type: EntityType;
  /** `[PERSOON-1]`, or for a date the shifted date as it is sent. */
  placeholder: string;
  /** The original text. Kept in the panel's memory only; never sent, never stored. */
  original: string;
}

/** Each placeholder once, in the order first found (the same name gets the same placeholder everywhere). */
export function distinctReplacements(entities: readonly PseudonymEntity[]): Replacement[] {
  const seen = new Map<string, Replacement>();
  for (const { type, placeholder, original } of entities) {
    if (!seen.has(placeholder)) seen.set(placeholder, { type, placeholder, original });
  }
  return [...seen.values()];
}

/** The kinds in the order the preview lists them: names first, then what was shifted, then numbers and places. */
export const REPLACEMENT_ORDER: readonly EntityType[] = [
  'PERSOON', 'DATUM', 'LEEFTIJD', 'BSN', 'ID', 'ADRES', 'POSTCODE', 'PLAATS', 'TELEFOON', 'EMAIL', 'URL', 'ORGANISATIE',
];

/** One kind of replacement: how many different identifiers of it, and which. */
export interface ReplacementGroup {
  type: EntityType;
  /** 'shifted' for dates moved by the session's shift (still dates), 'placeholder' for `[TYPE-n]` codes. */
  how: 'placeholder' | 'shifted';
  items: Replacement[];
}

const PLACEHOLDER = /^\[[A-Z]+-\d+\]$/;

/**
 * Groups replacements by kind for "3 namen, 2 datums verschoven, 1 BSN". A date that could not be shifted
 * became `[DATUM-n]` and is listed as replaced, not as shifted.
 *
 * @example groupReplacements(prepared.replacements).map((g) => `${g.items.length} ${g.type}`)
 */
export function groupReplacements(replacements: readonly Replacement[]): ReplacementGroup[] {
  const groups: ReplacementGroup[] = [];
  for (const type of REPLACEMENT_ORDER) {
    const ofType = replacements.filter((r) => r.type === type);
    const shifted = ofType.filter((r) => !PLACEHOLDER.test(r.placeholder));
    const coded = ofType.filter((r) => PLACEHOLDER.test(r.placeholder));
    if (shifted.length) groups.push({ type, how: 'shifted', items: shifted });
    if (coded.length) groups.push({ type, how: 'placeholder', items: coded });
  }
  return groups;
}
