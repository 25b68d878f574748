import { addDays } from '../dutch';
import { findDateLikes, shiftDate, writeInFormat, type DateMatch } from './dates';
import { entityTypeSchema, type EntityType } from './types';

export interface PseudonymSessionOptions {
  /**
   * Days to move every date by. Default: a random whole number of weeks between 4 and 52
   * back in time, so weekdays stay right and dates never land in the future.
   */
  dateShiftDays?: number;
  /** Source of randomness for the default shift (tests pass a fixed one). */
  random?: () => number;
  /**
   * Year assumed for dates written without one ("3 januari"), and the year two-digit years are read against
   * ("12-03-67" is 1967: lib/dutch yearFromTwoDigits). Default: the current year.
   */
  referenceYear?: number;
}

const TYPES = entityTypeSchema.options.join('|');

export interface RestoreOptions {
  /** Placeholders (`[TYPE-n]`) to leave in the text instead of restoring them. */
  keep?: (placeholder: string) => boolean;
}

/** Every placeholder in a text, written as `[TYPE-n]` (also from the forms models make of them). */
export function placeholdersIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(placeholderRe)) found.add(`[${(m[1] ?? m[3] ?? '').toUpperCase()}-${m[2] ?? m[4]}]`);
  return [...found];
}
// Exact "[PERSOON-1]", and what models make of it: "[persoon-1]", "[PERSOON 1]", "PERSOON_1".
const placeholderRe = new RegExp(String.raw`\[\s*(${TYPES})[\s_-]*(\d+)\s*\]|(?<![\p{L}\d])(${TYPES})[_-](\d+)(?!\d)`, 'giu');

/**
 * Spans of `text` that restore would read as a placeholder ("[PERSOON-1]" already in a report, "ID_2"). Pseudonymize
 * replaces them like any identifier, so the round trip stays exact.
 */
export function findPlaceholderLikes(text: string): { type: EntityType; start: number; end: number }[] {
  return [...text.matchAll(placeholderRe)].map((m) => ({ type: (m[1] ?? m[3] ?? '').toUpperCase() as EntityType, start: m.index, end: m.index + m[0].length }));
}

/**
 * The memory of one pseudonymisation session: which original got which placeholder, and
 * the date shift. Keep one per client/conversation in the side panel (never persist it:
 * it holds the identifiers) and pass it to every pseudonymize() call of that conversation,
 * so the same name gets the same placeholder everywhere.
 */
export class PseudonymSession {
  readonly dateShiftDays: number;
  readonly referenceYear: number;
  private readonly counters = new Map<EntityType, number>();
  private readonly byOriginal = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  /** Shifted text as sent → the original text. */
  private readonly shiftedDates = new Map<string, string>();
  /**
   * Calendar value of a date as sent ("f:2024-1-16", day-month "d:1-16", month-year "m:2024-1") → the original
   * date (a date without a year gets the reference year). `null`: two originals share the key, restore leaves it.
   */
  private readonly shiftedValues = new Map<string, DateParts | null>();
  /** Day-months ("d:3-11") and month-years of date-likes the session left unshifted: never a shift target. */
  private readonly unshiftedValues = new Set<string>();
  private shiftedCount = 0;

  constructor(options: PseudonymSessionOptions = {}) {
    const random = options.random ?? Math.random;
    this.dateShiftDays = options.dateShiftDays ?? -7 * (4 + Math.floor(random() * 49));
    this.referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  }

  /** `[TYPE-n]` for this original; the same original always gets the same placeholder. */
  placeholderFor(type: EntityType, original: string): string {
    const key = `${type}\u0000${original}`;
    const existing = this.byOriginal.get(key);
    if (existing) return existing;
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const placeholder = `[${type}-${n}]`;
    this.byOriginal.set(key, placeholder);
    this.byPlaceholder.set(`${type}-${n}`, original);
    return placeholder;
  }

  /**
   * The shifted date in the original's own format, or `[DATUM-n]` when the date cannot be
   * shifted (29 februari without a year in a common year) or the shifted text is taken.
   */
  dateFor(match: DateMatch): string {
    const key = `DATUM\u0000${match.text}`;
    const existing = this.byOriginal.get(key);
    if (existing) return existing;
    const shifted = match.dayOnly ? null : shiftDate(match, this.dateShiftDays, this.referenceYear);
    const text = shifted ? writeInFormat(shifted, match.format) : null;
    if (!shifted || !text || this.shiftedDates.has(text) || text === match.text) return this.placeholderFor('DATUM', match.text);
    // The shifted value as a full date: a date without a year is shifted within the reference year.
    const year = match.year ?? this.referenceYear;
    const target = match.day === undefined ? shifted : { ...addDays({ year, month: match.month, day: match.day }, this.dateShiftDays) };
    const keys = valueKeys(target);
    if (keys.some((k) => this.unshiftedValues.has(k))) return this.placeholderFor('DATUM', match.text);
    const original: DateParts = { day: match.day, month: match.month, year };
    for (const k of keys) this.shiftedValues.set(k, this.shiftedValues.has(k) && !sameParts(this.shiftedValues.get(k), original) ? null : original);
    this.byOriginal.set(key, text);
    this.shiftedDates.set(text, match.text);
    this.shiftedCount++;
    return text;
  }

  /**
   * Takes back the shift of a date whose shifted text reads differently in its context ("3 mei" after a
   * number): from now on it gets `[DATUM-n]`.
   */
  withdrawShift(original: string): void {
    const key = `DATUM\u0000${original}`;
    const sent = this.byOriginal.get(key);
    if (sent === undefined || sent.startsWith('[')) return;
    this.byOriginal.delete(key);
    this.shiftedDates.delete(sent);
    this.shiftedCount--;
  }

  /**
   * Records date-likes that a text leaves unshifted (misses, "3-4 keer"), so no later shift lands on their
   * day. Returns the ones that already collide with a date shifted earlier in the session: those must be
   * replaced by a placeholder, or restore would read them as shifted.
   */
  noteUnshifted(dateLikes: readonly DateMatch[]): DateMatch[] {
    const colliding: DateMatch[] = [];
    for (const d of dateLikes) {
      const keys = valueKeys({ day: d.day, month: d.month, year: d.year }).filter((k) => !k.startsWith('f:'));
      if (keys.some((k) => this.shiftedValues.has(k))) colliding.push(d);
      else for (const k of keys) this.unshiftedValues.add(k);
    }
    return colliding;
  }

  /**
   * Puts the originals back into model output: placeholders (also lower-case, with a
   * space or underscore, without brackets) and shifted dates. Dates the model wrote itself
   * (for instance "3 dagen later", or a date reformatted as 2024-03-12) are shifted back
   * too, in the format the model used. When `text` is JSON, restored values are
   * JSON-escaped so the JSON stays valid. `options.keep` leaves the placeholders it names as they are
   * (an identifier goes back only where a person put it: see lib/review/toReviewItems.ts).
   */
  restore(text: string, options: RestoreOptions = {}): string {
    const trimmed = text.trimStart();
    let json = false;
    if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"')) {
      try {
        JSON.parse(text);
        json = true;
      } catch {
        json = false;
      }
    }
    const escape = json ? (s: string) => JSON.stringify(s).slice(1, -1) : (s: string) => s;
    const withDates = this.restoreDates(text);
    return withDates.replace(placeholderRe, (whole, t1?: string, n1?: string, t2?: string, n2?: string) => {
      const type = (t1 ?? t2 ?? '').toUpperCase();
      const original = this.byPlaceholder.get(`${type}-${n1 ?? n2}`);
      if (original !== undefined && options.keep?.(`[${type}-${n1 ?? n2}]`)) return whole;
      return original === undefined ? whole : escape(original);
    });
  }

  /** restore() applied to every string (and key) inside a parsed value. */
  restoreValue<T>(value: T): T {
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.restore(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [this.restore(k), walk(x)]));
      }
      return v;
    };
    return walk(value) as T;
  }

  /**
   * Only dates this session sent: the exact shifted text, or the same calendar value in another format (the
   * model writes "2024-01-16" for "16 jan"). Any other date, including one the model computed itself and
   * one the recogniser missed, is left as written.
   */
  private restoreDates(text: string): string {
    if (this.shiftedCount === 0) return text;
    let out = '';
    let last = 0;
    for (const d of findDateLikes(text, this.referenceYear)) {
      if (d.dayOnly) continue;
      let original = this.shiftedDates.get(d.text);
      if (original === undefined) {
        const key = d.day === undefined ? `m:${d.year}-${d.month}` : d.year === undefined ? `d:${d.month}-${d.day}` : `f:${d.year}-${d.month}-${d.day}`;
        const parts = this.shiftedValues.get(key);
        if (!parts) continue;
        original = writeInFormat(parts, d.format);
      }
      out += text.slice(last, d.start) + original;
      last = d.end;
    }
    return out + text.slice(last);
  }
}

interface DateParts {
  day?: number;
  month: number;
  year?: number;
}

const sameParts = (a: DateParts | null | undefined, b: DateParts) => !!a && a.day === b.day && a.month === b.month && a.year === b.year;

/** The keys a date's calendar value is known by: full date, day-month, or month-year. */
function valueKeys(p: DateParts): string[] {
  if (p.day === undefined) return p.year === undefined ? [] : [`m:${p.year}-${p.month}`];
  return p.year === undefined ? [`d:${p.month}-${p.day}`] : [`f:${p.year}-${p.month}-${p.day}`, `d:${p.month}-${p.day}`];
}

/** Starts a session; pass it to pseudonymize() calls that belong to one conversation. */
export function createPseudonymSession(options?: PseudonymSessionOptions): PseudonymSession {
  return new PseudonymSession(options);
}
