import { dateSortKey } from './dutchDates';
import type { PageItem } from './pageItems';

type Of<K extends PageItem['kind']> = Extract<PageItem, { kind: K }>;

/** One report as the snapshot text writes it when the list is short: "date — author: text". */
export function reportLine(r: { date?: string; author?: string; text: string }): string {
  const head = [r.date, r.author].filter(Boolean).join(' — ');
  return head ? `${head}: ${r.text}` : r.text;
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

/** The time at the end of a date ("do 20-11-2025 21:40", "20 nov, om 9.05 uur"); the day is what comes before. */
const TRAILING_TIME = /[,\s]+(?:om\s+)?(\d{1,2}[:.]\d{2}(?:\s*uur)?)$/;

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
  for (const r of reports) if ((seen.get(r.body) ?? 0) >= 2 && !texts.has(r.body)) texts.set(r.body, `#${texts.size + 1}`);
  const out: string[] = [];
  const legend = (title: string, codes: Map<string, string>) => {
    if (codes.size) out.push(`${title}: ${[...codes].map(([v, c]) => `${c} = ${v}`).join('; ')}`);
  };
  legend('Medewerkers', authors);
  legend('Onderwerpen', topics);
  // One per line: report texts contain ';' themselves.
  if (texts.size) {
    out.push('Herhaalde teksten:');
    for (const [text, code] of texts) out.push(`${code} = ${text}`);
  }
  let day: string | null = null;
  for (const r of reports) {
    // The leftmost match leaves the shortest day in front of the time.
    const split = r.date ? TRAILING_TIME.exec(r.date) : null;
    const thisDay = split ? r.date!.slice(0, split.index) : (r.date ?? '');
    const time = split ? split[1]! : '';
    if (thisDay !== day) {
      day = thisDay;
      if (day) out.push(`${day}:`);
    }
    const author = r.author ? (authors.get(r.author) ?? r.author) : '';
    const body = texts.get(r.body) ?? r.body;
    const head = time && author ? `${time} — ${author}` : time || author;
    const tags = r.tags.length === 0 ? '' : r.tags.length === 1 ? (topics.get(r.tags[0]!) ?? r.tags[0]!) : r.tags.map((t) => topics.get(t) ?? t).join(', ');
    const text = tags ? `[${tags}] ${body}` : body;
    out.push(head ? `${head}: ${text}` : text);
  }
  return out;
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
  for (const h of headers) out.push(`Cliënt: ${h.text}`);
  const headerText = headers.map((h) => h.text).join(' · ');

  const alerts = of('alert').filter((a) => once(a.text));
  if (alerts.length) out.push('Waarschuwingen:', ...alerts.map((a) => `- ${a.text}`));

  const pairs = of('pair')
    .filter((p) => !inHeader(headerText, p.value))
    .map((p) => `${p.label}: ${p.value}`)
    .filter(once);
  if (pairs.length) out.push('Gegevens:', ...pairs.map((p) => `- ${p}`));

  for (const t of of('table')) {
    out.push(t.caption ? `Tabel ${t.caption}:` : 'Tabel:', ...t.rows.map((r) => r.join(' | ')));
  }

  const reports = of('report');
  if (reports.length) {
    out.push(`Rapportages (${reports.length}, nieuwste eerst):`);
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
    const line = item.listItem ? `- ${item.text}` : item.text;
    if (!once(item.text)) continue;
    if (pendingHeading) rest.push(`## ${pendingHeading}`);
    pendingHeading = null;
    rest.push(line);
  }
  if (rest.length) out.push('Tekst:', ...rest);
  return out.join('\n');
}
