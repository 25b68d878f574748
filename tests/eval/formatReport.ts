import type { CaseResult, EvalReport, EvalTotals } from './runEval';

export const PLUMBING_NOTICE =
  'PLUMBING CHECK WITH THE TEST SERVER — NOT A MODEL SCORE. An oracle answers every case from its expected values; this tests schema, aliases, pseudonymisation and restore, grounding and scoring.';

/** The lines printed before the first case. */
export function formatHeader(report: Pick<EvalReport, 'mode' | 'endpoint' | 'pseudonymize' | 'language'>, caseCount: number): string {
  const { endpoint } = report;
  const lines = [
    `Dossierhulp eval — ${caseCount} case${caseCount === 1 ? '' : 's'} — ${endpoint.provider} ${endpoint.baseURL} model ${endpoint.model} — pseudonymisation ${report.pseudonymize ? 'on' : 'OFF'} — language ${report.language}`,
  ];
  if (report.mode === 'test-server') lines.push(PLUMBING_NOTICE);
  return lines.join('\n');
}

/** One case as a table: expected vs suggested per field, then what was flagged, dropped or failed. */
export function formatCase(result: CaseResult, index: number, total: number): string {
  const lines = [
    `\n[${index + 1}/${total}] ${result.id} — ${result.description}`,
    `  read ${ms(result.readMs)} · run ${ms(result.runMs)} · ${result.identifiers} identifier${result.identifiers === 1 ? '' : 's'} pseudonymised · ${result.suggestions} suggestion${result.suggestions === 1 ? '' : 's'}`,
  ];
  const rows = result.fields.map((f) => [
    f.label,
    show(f.expected),
    f.suggested === undefined ? '—' : show(f.suggested),
    f.outcome === 'correct' ? 'ok' : f.outcome.toUpperCase(),
    f.grounded === undefined ? '' : f.grounded ? 'yes' : `NO ${f.problem ?? ''}`.trim(),
    f.quote === undefined ? '' : JSON.stringify(f.quote),
  ]);
  lines.push(...table(['field', 'expected', 'suggested', 'result', 'grounded', 'quote'], rows, [30, 14, 14, 9, 26, 60]).map((l) => `  ${l}`));
  for (const f of result.flagged.filter((x) => !result.fields.some((r) => r.label === x.label))) lines.push(`  flagged (not scored): ${f.label}: ${f.problem}`);
  for (const e of result.extra) lines.push(`  suggestion for a field the case does not list: ${e.label} = ${show(e.suggested)}`);
  for (const d of result.dropped) lines.push(`  dropped by the pipeline's validation: ${d.label} = ${JSON.stringify(d.value)}`);
  for (const p of result.oracleProblems) lines.push(`  ORACLE: ${p.label}: ${p.problem}`);
  if (result.leaks.length > 0) lines.push(`  PRIVACY: sent to the endpoint although listed in mustNotSend: ${result.leaks.join(', ')}`);
  if (result.failure) lines.push(`  FAILED: ${result.failure.code}${result.failure.status ? ` (HTTP ${result.failure.status})` : ''}${result.failure.detail ? ` — ${result.failure.detail}` : ''}`);
  if (result.error) lines.push(`  ERROR: ${result.error}`);
  return lines.join('\n');
}

/** The totals block. */
export function formatTotals(report: EvalReport): string {
  const t: EvalTotals = report.totals;
  const lines = [
    '\nTotals',
    `  per-field accuracy  ${pct(t.accuracy)}  (${t.correct}/${t.fields} correct · ${t.wrong} wrong · ${t.missed} missed · ${t.spurious} spurious · ${t.failedFields} failed · ${t.noField} no such field)`,
    `  grounding rate      ${t.groundingRate === null ? 'n/a' : pct(t.groundingRate)}  (${t.grounded}/${t.suggestions} suggestions grounded)`,
    `  flagged             ${t.flagged} suggestion${t.flagged === 1 ? '' : 's'} shown as not grounded`,
    `  dropped             ${t.dropped} answer${t.dropped === 1 ? '' : 's'} dropped by validation · ${t.extra} suggestion${t.extra === 1 ? '' : 's'} for unlisted fields`,
    `  failures            ${t.failures.length === 0 ? 'none' : t.failures.map((f) => `${f.id}: ${f.code}`).join(', ')}`,
    `  privacy             ${t.leaks === 0 ? 'no mustNotSend word reached the endpoint' : `${t.leaks} mustNotSend word(s) reached the endpoint`}`,
    `  time                ${ms(t.msTotal)} total · ${ms(t.cases ? t.msTotal / t.cases : 0)} per case · ${ms(t.msMax)} slowest`,
  ];
  if (t.errors.length > 0) lines.push(`  eval errors         ${t.errors.map((e) => `${e.id}: ${e.error}`).join('; ')}`);
  if (t.oracleProblems > 0) lines.push(`  oracle problems     ${t.oracleProblems} (fix the cases: add expectedQuotes)`);
  if (report.mode === 'test-server') lines.push(`\n${PLUMBING_NOTICE}`);
  return lines.join('\n');
}

function show(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  return typeof value === 'string' ? value.replace(/\s+/g, ' ') : String(value);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`;
}

function table(head: string[], rows: string[][], widths: number[]): string[] {
  const fit = (text: string, width: number) => {
    const chars = [...text];
    return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
  };
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i] ?? 20)).join(' ').trimEnd();
  return [line(head), ...rows.map(line)];
}
