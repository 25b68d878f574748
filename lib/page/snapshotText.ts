import { firstDutchDate, splitTrailingTime } from '../dutch';
import type { PageItem } from './pageItems';
import { SNAPSHOT_LINES as LINE, SNAPSHOT_PARTS as PART } from './snapshotFormat';

type Of<K extends PageItem['kind']> = Extract<PageItem, { kind: K }>;

function reportLine(r: Of<'report'>): string {
  return LINE.report(r.date ?? '', r.author ?? '', PART.withTopics(r.tags, r.body));
}

/** From this many reports on, the report list is written compactly (see compactReports). */
export const COMPACT_FROM_REPORTS = 40;
const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'op', 'in', "'t", 'vd', 'v.d.']);

/** Short codes (initials, as a paraaf) for values that occur at least twice; unique, in order of first use. */
function codesFor(values: string[], initials: (v: string) => string): Map<string, string> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const [value, count] of counts) {
    if (count < 2) continue;
    const base = initials(value) || 'X';
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
    taken.add(code);
    codes.set(value, code);
  }
  return codes;
}

function personInitials(author: string): string {
  const name = author.split(',')[0]!.replace(/\(.*?\)/g, ' ');
  return name
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((w) => (TUSSENVOEGSELS.has(w.toLowerCase()) ? w[0]!.toLowerCase() : w[0]!.toUpperCase()))
    .join('');
}

function topicInitials(topic: string): string {
  const words = topic.split(/[\s/-]+/).filter((w) => w && !TUSSENVOEGSELS.has(w.toLowerCase()) && w.toLowerCase() !== 'en');
  // One letter would read like a SOEP line (S, O, E, P): one-word topics get two.
  if (words.length === 1) return words[0]!.slice(0, 2).replace(/^./, (c) => c.toUpperCase());
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** A report text at least this long that occurs twice or more goes into the legend of repeated texts. */
const MIN_REPEATED_TEXT = 30;

/**
 * A long report list written compactly without dropping anything: reports grouped under their day, authors
 * and topics as short codes with a legend ("FY = Fatima Yilmaz, wijkverpleegkundige"), and texts that come
 * back word for word (routine notes) written once in a legend and referred to by number ("#3"). Big dossiers
 * repeat routine notes, authors and topics thousands of times; this is where their length goes.
 */
function compactReports(reports: Of<'report'>[]): string[] {
  const authors = codesFor(reports.map((r) => r.author ?? '').filter(Boolean), personInitials);
  const topics = codesFor(reports.flatMap((r) => r.tags), topicInitials);
  const seen = new Map<string, number>();
  for (const r of reports) if (r.body.length >= MIN_REPEATED_TEXT) seen.set(r.body, (seen.get(r.body) ?? 0) + 1);
  // Numbered in order of first use (newest first), so #1 is the most recent routine note.
  const texts = new Map<string, string>();
  for (const r of reports) if ((seen.get(r.body) ?? 0) >= 2 && !texts.has(r.body)) texts.set(r.body, PART.textCode(texts.size + 1));
  const out: string[] = [];
  if (authors.size) out.push(LINE.authors(authors));
  if (topics.size) out.push(LINE.topics(topics));
  if (texts.size) {
    out.push(LINE.repeatedTexts());
    for (const [text, code] of texts) out.push(LINE.repeatedText(code, text));
  }
  let day: string | null = null;
  for (const r of reports) {
    const { day: thisDay, time } = splitTrailingTime(r.date ?? '');
    if (thisDay !== day) {
      day = thisDay;
      if (day) out.push(LINE.day(day));
    }
    const author = r.author ? (authors.get(r.author) ?? r.author) : '';
    const body = texts.get(r.body) ?? r.body;
    const tags = r.tags.length === 0 ? r.tags : r.tags.map((t) => topics.get(t) ?? t);
    out.push(LINE.report(time, author, PART.withTopics(tags, body)));
  }
  return out;
}

/**
 * A number that sorts dates chronologically (yyyymmddhhmm), NaN when the text holds no date. A date without a
 * year is the latest such day up to `now` (lib/dutch's rule).
 */
export function dateSortKey(text: string, now: Date = new Date()): number {
  const d = firstDutchDate(text, now);
  if (!d) return Number.NaN;
  return ((d.year * 100 + d.month) * 100 + d.day) * 10000 + (d.hour ?? 0) * 100 + (d.minute ?? 0);
}

/** Reports newest first; undated ones keep their page order after the dated ones. */
export function newestFirst(reports: Of<'report'>[], now = new Date()): Of<'report'>[] {
  const keys = reports.map((r) => (r.date ? dateSortKey(r.date, now) : Number.NaN));
  const before = (a: number, b: number) => {
    const aKey = keys[a]!;
    const bKey = keys[b]!;
    const aDated = !Number.isNaN(aKey);
    const bDated = !Number.isNaN(bKey);
    if (aDated && bDated && aKey !== bKey) return bKey - aKey;
    if (aDated !== bDated) return aDated ? -1 : 1;
    return a - b;
  };
  // ECDs mostly list reports newest first already: then there is nothing to sort.
  let sorted = true;
  for (let k = 1; k < reports.length && sorted; k++) sorted = before(k - 1, k) < 0;
  if (sorted) return reports;
  return reports
    .map((_, index) => index)
    .sort(before)
    .map((index) => reports[index]!);
}

/**
 * A detail the client line already shows: a number or date (birth date, BSN, client number) that occurs in it
 * as a whole. Names and words stay, even when the header has them too: "Roepnaam: Willy" says more.
 */
function inHeader(header: string, value: string): boolean {
  if (!header || !/\d/.test(value)) return false;
  for (let at = header.indexOf(value); at >= 0; at = header.indexOf(value, at + 1)) {
    const before = header[at - 1];
    const after = header[at + value.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

/**
 * The compact Dutch text that is sent to the model: client line, alerts, details, tables, reports (newest
 * first) and the remaining text. Structure replaces the page's chrome (buttons, menus, option lists, repeated
 * labels), so it is much shorter than innerText while every visible fact stays in.
 */
export function composeText(items: PageItem[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  const once = (line: string) => {
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  };
  const of = <K extends PageItem['kind']>(kind: K) => items.filter((i): i is Of<K> => i.kind === kind);

  const headers = of('header').filter((h) => h.text && once(h.text));
  for (const h of headers) out.push(LINE.client(h.text));
  const headerText = headers.map((h) => h.text).join(' · ');

  const alerts = of('alert').filter((a) => once(a.text));
  if (alerts.length) out.push(LINE.alerts(), ...alerts.map((a) => LINE.item(a.text)));

  // A detail that repeats a line already written ("label: value" as an alert or text) is written once.
  const pairs = of('pair').filter((p) => !inHeader(headerText, p.value) && once(`${p.label}: ${p.value}`));
  if (pairs.length) out.push(LINE.details(), ...pairs.map((p) => LINE.detail(p.label, p.value)));

  for (const t of of('table')) {
    out.push(LINE.table(t.caption), ...t.rows.map((r) => LINE.tableRow(r)));
  }

  const reports = of('report');
  if (reports.length) {
    out.push(LINE.reports(reports.length));
    const sorted = newestFirst(reports);
    if (reports.length >= COMPACT_FROM_REPORTS) for (const line of compactReports(sorted)) out.push(line);
    else for (const r of sorted) out.push(reportLine(r));
  }

  // Remaining text in page order; a heading only when text follows it.
  const rest: string[] = [];
  let pendingHeading: string | null = null;
  const ordered = items.filter((i): i is Of<'text' | 'heading' | 'narrative'> =>
    i.kind === 'heading' || i.kind === 'text' || i.kind === 'narrative',
  );
  for (const item of ordered) {
    if (item.kind === 'heading') {
      pendingHeading = item.text;
      continue;
    }
    if (!once(item.text)) continue;
    if (pendingHeading) rest.push(LINE.heading(pendingHeading));
    pendingHeading = null;
    rest.push(item.listItem ? LINE.item(item.text) : LINE.text(item.text));
  }
  if (rest.length) out.push(LINE.rest(), ...rest);
  return out.join('\n');
}
