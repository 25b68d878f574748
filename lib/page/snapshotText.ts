import { dateSortKey } from './dutchDates';
import type { PageItem } from './pageItems';

type Of<K extends PageItem['kind']> = Extract<PageItem, { kind: K }>;

function reportLine(r: Of<'report'>): string {
  const head = [r.date, r.author].filter(Boolean).join(' — ');
  return head ? `${head}: ${r.text}` : r.text;
}

/** Reports newest first; undated ones keep their page order after the dated ones. */
export function newestFirst(reports: Of<'report'>[], now = new Date()): Of<'report'>[] {
  return reports
    .map((r, index) => ({ r, index, key: r.date ? dateSortKey(r.date, now) : Number.NaN }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.key);
      const bDated = !Number.isNaN(b.key);
      if (aDated && bDated && a.key !== b.key) return b.key - a.key;
      if (aDated !== bDated) return aDated ? -1 : 1;
      return a.index - b.index;
    })
    .map((x) => x.r);
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

  for (const h of of('header')) if (h.text && once(h.text)) out.push(`Cliënt: ${h.text}`);

  const alerts = of('alert').filter((a) => once(a.text));
  if (alerts.length) out.push('Waarschuwingen:', ...alerts.map((a) => `- ${a.text}`));

  const pairs = of('pair')
    .map((p) => `${p.label}: ${p.value}`)
    .filter(once);
  if (pairs.length) out.push('Gegevens:', ...pairs.map((p) => `- ${p}`));

  for (const t of of('table')) {
    out.push(t.caption ? `Tabel ${t.caption}:` : 'Tabel:', ...t.rows.map((r) => r.join(' | ')));
  }

  const reports = of('report');
  if (reports.length) {
    out.push(`Rapportages (${reports.length}, nieuwste eerst):`);
    for (const r of newestFirst(reports)) out.push(reportLine(r));
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
