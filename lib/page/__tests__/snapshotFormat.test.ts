import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageItem } from '../pageItems';
import { SNAPSHOT_LINES, SNAPSHOT_PARTS } from '../snapshotFormat';
import { SNAPSHOT_READING_GUIDE } from '../snapshotGuide';
import { COMPACT_FROM_REPORTS, composeText } from '../snapshotText';

type Report = Extract<PageItem, { kind: 'report' }>;

const AUTHORS = ['Fatima Yilmaz, wijkverpleegkundige', 'Ricardo Martens, verzorgende IG', 'Priya Ramdin'];
const ROUTINE = 'Cliënt geholpen met ADL, huid intact, geen bijzonderheden.';

function report(k: number, extra: Partial<Report> = {}): Report {
  const day = 28 - Math.floor(k / 3);
  const body = k % 4 === 0 ? ROUTINE : `Rapportage nummer ${k} over de dag.`;
  const tags = k % 5 === 0 ? ['Mentaal welbevinden'] : k % 7 === 0 ? ['Participatie', 'Mentaal welbevinden'] : [];
  const r: Report = {
    kind: 'report',
    ref: `r${k}`,
    date: `${day}-11-2025 ${String(20 - (k % 3) * 4).padStart(2, '0')}:00`,
    author: AUTHORS[k % AUTHORS.length],
    body,
    tags,
    text: SNAPSHOT_PARTS.withTopics(tags, body),
    ...extra,
  };
  return r;
}

/** A page with every kind of item: header, alerts, details, tables, reports (dated, undated, without author) and text. */
function page(reportCount: number): PageItem[] {
  const reports = Array.from({ length: reportCount }, (_, k) => report(k));
  reports.push(report(reportCount, { date: undefined }), report(reportCount + 1, { author: undefined }));
  return [
    { kind: 'header', ref: 'h', text: 'Mevrouw A. de Vries, geb. 12-03-1938' },
    { kind: 'alert', ref: 'a', text: 'Allergie: penicilline', alertKind: 'allergie' },
    { kind: 'pair', ref: 'p1', label: 'Roepnaam', value: 'Annie' },
    { kind: 'table', ref: 't1', caption: 'Metingen', rows: [['Datum', 'Pols'], ['20-11-2025', '72']] },
    { kind: 'table', ref: 't2', rows: [['Zonder bijschrift']] },
    ...reports,
    { kind: 'heading', ref: 'x1', text: 'Zorgplan', node: 1 },
    { kind: 'text', ref: 'x2', text: 'Doel: zelfstandig wassen.', node: 2 },
    { kind: 'narrative', ref: 'x3', text: 'Mevrouw wil thuis blijven wonen.', node: 3, listItem: true },
  ];
}

/** Writes a page while recording what every line and part function returned. */
function composeWatched(items: PageItem[]) {
  const lines = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  const watch = (target: Record<string, (...args: never[]) => string>, into: Map<string, string[]>) => {
    for (const name of Object.keys(target)) {
      const original = target[name]!;
      into.set(name, []);
      vi.spyOn(target, name).mockImplementation((...args: never[]) => {
        const out = original(...args);
        into.get(name)!.push(out);
        return out;
      });
    }
  };
  watch(SNAPSHOT_LINES, lines);
  watch(SNAPSHOT_PARTS, parts);
  const text = composeText(items);
  vi.restoreAllMocks();
  return { text, lines, parts };
}

afterEach(() => vi.restoreAllMocks());

describe('the snapshot text format and its reading guide agree', () => {
  it('the writer writes only lines the format defines, and uses every line and part it defines', () => {
    const short = composeWatched(page(3));
    const long = composeWatched(page(COMPACT_FROM_REPORTS + 5));
    for (const { text, lines } of [short, long]) {
      const defined = new Set([...lines.values()].flat());
      const undefinedLines = text.split('\n').filter((line) => !defined.has(line));
      expect(undefinedLines, 'lines written without a SNAPSHOT_LINES function (so the guide does not explain them)').toEqual([]);
    }
    const used = (name: string) => [short, long].some((w) => (w.lines.get(name) ?? w.parts.get(name) ?? []).length > 0);
    const unused = [...Object.keys(SNAPSHOT_LINES), ...Object.keys(SNAPSHOT_PARTS)].filter((name) => !used(name));
    expect(unused, 'defined (and explained to the model) but never written').toEqual([]);
  });

  it('the guide shows the writer’s own forms (its text is built from the same functions)', () => {
    for (const guide of [SNAPSHOT_READING_GUIDE.nl, SNAPSHOT_READING_GUIDE.en]) {
      for (const heading of [SNAPSHOT_LINES.alerts(), SNAPSHOT_LINES.details(), SNAPSHOT_LINES.repeatedTexts(), SNAPSHOT_LINES.rest()]) {
        expect(guide).toContain(`"${heading}"`);
      }
      expect(guide).toContain(`"${SNAPSHOT_PARTS.textCode(3)}"`);
      expect(guide).toContain(SNAPSHOT_LINES.authors(new Map([['x', 'FY']])).split(':')[0]);
    }
  });

  it('keeps the compact list as before', () => {
    const { text } = composeWatched(page(COMPACT_FROM_REPORTS + 5));
    const lines = text.split('\n');
    expect(lines).toContain('Medewerkers: FY = Fatima Yilmaz, wijkverpleegkundige; RM = Ricardo Martens, verzorgende IG; PR = Priya Ramdin');
    expect(lines).toContain(`#1 = ${ROUTINE}`);
    expect(lines).toContain('28-11-2025:');
    expect(lines.some((l) => /^\d\d:00 — (FY|RM|PR): \[MW\] /.test(l))).toBe(true);
  });
});
