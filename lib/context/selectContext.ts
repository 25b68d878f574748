import { dateSortKey } from '../page/snapshotText';
import { SNAPSHOT_LINES } from '../page/snapshotFormat';
import { reportsWithinDays } from './reportPeriod';

/** One report as the panel has it (a snapshot's report block). */
export interface ContextReport {
  date?: string;
  author?: string;
  text: string;
}

/** The page as the selection sees it: structured, so it selects whole reports instead of cutting text. */
export interface ContextSource {
  /** The client line ("Mevrouw W. Hoekstra-Dijkman · Geb.: 09-11-1935 …"), '' without a client header. */
  header: string;
  alerts: string[];
  /** In page order (usually newest first, but not relied on). */
  reports: ContextReport[];
  /** The rest of the screen, in page order, as lines: details, tables, headings and text around the form. */
  surroundings: string[];
}

/** How wide the selection is: the default, the reports of a period, or every report. */
export type SelectionScope = { kind: 'auto' } | { kind: 'period'; days: number } | { kind: 'all' };

export interface SelectionRequest {
  /** Tokens the selected text may take (the window minus the answer and the fixed prompt parts). */
  budgetTokens: number;
  /** Counts tokens the way the budget does (estimateTokens). */
  count: (text: string) => number;
  /** The carer's own notes: sent after the header and alerts, before any report. */
  notes?: string;
  /** Reports that mention one of the form's measurements (measureMentions.ts) are taken next to the newest. */
  mentionsMeasure?: (text: string) => boolean;
  scope?: SelectionScope;
  /** For undated reports and dates without a year. */
  now?: Date;
}

/** What was selected, for the panel ("Gebaseerd op de 14 nieuwste rapportages (27-11 t/m 01-12)"). */
export interface ContextSelection {
  text: string;
  tokens: number;
  scope: SelectionScope;
  reports: {
    /** Reports on the page. */
    total: number;
    /** Reports in the scope (all of them for 'auto' and 'all'). */
    inScope: number;
    used: number;
    /** Of `used`: the newest ones, in one run from the top. */
    newest: number;
    /** Of `used`: older ones taken because they mention the form's measurements. */
    measures: number;
    /** Day of the oldest and the newest report used, "27-11" (with the year when the two years differ). */
    from?: string;
    to?: string;
    /** Day of the oldest report of the newest run. */
    newestFrom?: string;
  };
  surroundings: { total: number; used: number };
  /** The notes did not fit whole (they are cut at the end, which the panel says). */
  notesCut: boolean;
  /** Every report in scope and all surroundings are in the text. */
  complete: boolean;
}

/** Share of the room left after header, alerts and notes that the newest and measurement reports may take first. */
const REPORT_SHARE = 0.7;

interface Dated extends ContextReport {
  index: number;
  key: number;
}

/**
 * Chooses what of a page goes into one request, whole pieces in order of what matters for filling a form:
 * 1. the client header and the alerts (allergies, wilsverklaring);
 * 2. the carer's notes;
 * 3. the newest report (whenever it fits at all), the newest reports after it and the newest of the reports
 *    that mention the form's measurements (together up to 70% of the room left, half of that for the newest run);
 * 4. the form's surroundings (details, tables, text on the screen), in page order;
 * 5. more reports, newest first, until the budget is used.
 * A `period` scope takes only the reports of the N days up to the newest report; `all` takes reports
 * newest first until the budget (for more, the caller chunks). The text is written in the snapshot text's
 * own format (lib/page/snapshotFormat.ts): reports newest first, one line each, as for short lists, so the
 * reading guide holds for it too. Nothing is cut inside a report.
 *
 * @example
 * const selection = selectContext(source, { budgetTokens: 5200, count: estimateTokens, notes, mentionsMeasure: mentionsMeasure(kinds) });
 * selection.reports; // { total: 10000, used: 61, newest: 40, measures: 21, from: '04-11', to: '20-11', … }
 */
export function selectContext(source: ContextSource, request: SelectionRequest): ContextSelection {
  const scope = request.scope ?? { kind: 'auto' };
  const count = (text: string) => request.count(text) + 1; // + the line break
  const now = request.now ?? new Date();
  let room = request.budgetTokens;
  const take = (text: string): boolean => {
    const tokens = count(text);
    if (tokens > room) return false;
    room -= tokens;
    return true;
  };

  // 1. Header and alerts. These are short; they go in even when nothing else does.
  const head: string[] = [];
  if (source.header) head.push(SNAPSHOT_LINES.client(source.header));
  if (source.alerts.length) head.push(SNAPSHOT_LINES.alerts(), ...source.alerts.map((a) => SNAPSHOT_LINES.item(a)));
  for (const line of head) room -= count(line);

  // 2. Notes: whole when they fit, otherwise their start (what the carer wrote first).
  const notesText = request.notes?.trim() ?? '';
  let notesLines: string[] = [];
  let notesCut = false;
  if (notesText) {
    const full = ['Notities van de zorgverlener:', notesText];
    if (full.every(take)) notesLines = full;
    else {
      notesCut = true;
      const cut = cutToTokens(notesText, Math.max(0, room - count('Notities van de zorgverlener:') - 1), count);
      if (cut) {
        notesLines = ['Notities van de zorgverlener:', cut];
        room -= count(notesLines[0]!) + count(cut);
      }
    }
  }

  // Reports newest first; the scope narrows them.
  const dated: Dated[] = source.reports.map((r, index) => ({ ...r, index, key: r.date ? dateSortKey(r.date, now) : Number.NaN }));
  const newestFirst = [...dated].sort((a, b) => {
    const aDated = !Number.isNaN(a.key);
    const bDated = !Number.isNaN(b.key);
    if (aDated && bDated && a.key !== b.key) return b.key - a.key;
    if (aDated !== bDated) return aDated ? -1 : 1;
    return a.index - b.index;
  });
  const inScope = scope.kind === 'period' ? reportsWithinDays(newestFirst, scope.days, now) : newestFirst;
  const chosen = new Set<Dated>();
  const lines = new Map<Dated, string>();
  const line = (r: Dated) => {
    let text = lines.get(r);
    if (text === undefined) lines.set(r, (text = SNAPSHOT_LINES.report(r.date ?? '', r.author ?? '', r.text)));
    return text;
  };
  const tryReport = (r: Dated, limit: number): boolean => {
    if (chosen.has(r)) return true;
    const tokens = count(line(r));
    if (tokens > room || tokens > limit) return false;
    room -= tokens;
    chosen.add(r);
    return true;
  };

  // 3. The newest run, then the newest reports with the form's measurements.
  if (scope.kind === 'auto') {
    const reportRoom = Math.floor(room * REPORT_SHARE);
    const mention = request.mentionsMeasure;
    const forNewest = mention ? Math.floor(reportRoom / 2) : reportRoom;
    let spent = 0;
    for (const [i, r] of inScope.entries()) {
      const before = room;
      // The newest report goes in whenever it fits at all: its facts are what a form is filled from.
      if (!tryReport(r, i === 0 ? room : forNewest - spent)) break;
      spent += before - room;
    }
    if (mention) {
      for (const r of inScope) {
        if (spent >= reportRoom) break;
        if (chosen.has(r) || !mention(r.text)) continue;
        const before = room;
        if (tryReport(r, reportRoom - spent)) spent += before - room;
      }
    }
  } else {
    // A period or everything: reports first, newest first, as far as they go.
    for (const r of inScope) if (!tryReport(r, room)) break;
  }

  // 4. The form's surroundings, in page order, skipping what does not fit.
  const around: string[] = [];
  for (const text of source.surroundings) if (take(text)) around.push(text);

  // 5. More reports while there is room (after an auto selection), still newest first and in one run.
  if (scope.kind === 'auto') {
    for (const r of inScope) {
      if (chosen.has(r)) continue;
      if (!tryReport(r, room)) break;
    }
  }

  const used = inScope.filter((r) => chosen.has(r));
  // The newest run: how many of the used ones come first without a gap.
  let run = 0;
  while (run < used.length && used[run] === inScope[run]) run++;
  const out = [...head, ...notesLines];
  if (used.length) out.push(SNAPSHOT_LINES.reports(`${used.length} van ${source.reports.length}`), ...used.map(line));
  if (around.length) out.push(SNAPSHOT_LINES.rest(), ...around);
  const text = out.join('\n');
  const days = used.filter((r) => !Number.isNaN(r.key));
  return {
    text,
    tokens: request.budgetTokens - room,
    scope,
    reports: {
      total: source.reports.length,
      inScope: inScope.length,
      used: used.length,
      newest: run,
      measures: used.length - run,
      ...dayRange(days.at(-1)?.key, days[0]?.key),
      ...(run > 0 && !Number.isNaN(used[run - 1]!.key) && days[0] ? { newestFrom: dayRange(used[run - 1]!.key, days[0].key).from } : {}),
    },
    surroundings: { total: source.surroundings.length, used: around.length },
    notesCut,
    complete: used.length === inScope.length && around.length === source.surroundings.length && !notesCut,
  };
}

function dayRange(oldest: number | undefined, newest: number | undefined): { from?: string; to?: string } {
  if (oldest === undefined || newest === undefined) return {};
  const year = (key: number) => Math.floor(key / 1e8);
  const withYear = year(oldest) !== year(newest);
  const format = (key: number) => {
    const day = Math.floor(key / 10000);
    const dm = `${String(day % 100).padStart(2, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}`;
    return withYear ? `${dm}-${year(key)}` : dm;
  };
  return { from: format(oldest), to: format(newest) };
}

/** The start of `text` within `tokens`, cut at a word. */
function cutToTokens(text: string, tokens: number, count: (text: string) => number): string {
  if (tokens <= 0) return '';
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (count(`${text.slice(0, mid)} …`) <= tokens) lo = mid;
    else hi = mid - 1;
  }
  const cut = text.slice(0, lo).replace(/\s+\S*$/, '');
  return cut ? `${cut} …` : '';
}
