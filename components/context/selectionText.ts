import type { Translate } from '@/lib/i18n';
import type { ContextSelection, ContextWindow, SelectionScope, SummaryPlan } from '@/lib/pipeline';

/** "Gebaseerd op de 14 nieuwste rapportages (27-11 t/m 01-12) en 6 eerdere met metingen (vanaf 02-11) — 10000 rapportages op de pagina" */
export function selectionText(t: Translate, selection: ContextSelection): string {
  const r = selection.reports;
  const from = r.from ?? '?';
  const to = r.to ?? '?';
  if (r.used === 0) return t('context.noReports');
  if (selection.scope.kind === 'period') return t('context.basedOnPeriod', { used: r.used, inScope: r.inScope, days: selection.scope.days, from, to });
  if (r.used === r.total) return t('context.basedOnAll', { count: r.used, from, to });
  const measures = r.measures > 0 ? t('context.withMeasures', { count: r.measures, from }) : '';
  const total = r.total > r.used ? t('context.ofTotal', { total: String(r.total) }) : '';
  return `${t('context.basedOnNewest', { count: r.newest, from: r.newestFrom ?? from, to })}${measures}${total}`;
}

/** "Venster van het model: 4096 tokens (gemeld door Ollama)." */
export function windowText(t: Translate, tokens: number, source: ContextWindow['source']): string {
  return t('context.window', { tokens: String(tokens), source: t(`context.source.${source}`) });
}

/** "… 29 verzoeken aan het model, ongeveer 4 minuten." */
export function planText(t: Translate, plan: SummaryPlan, reports: number, estimatedMs: number | null): string {
  const duration =
    estimatedMs === null
      ? t('context.planUnknown')
      : estimatedMs >= 90_000
        ? t('context.planMinutes', { minutes: Math.round(estimatedMs / 60_000) })
        : t('context.planSeconds', { seconds: Math.max(1, Math.round(estimatedMs / 1000)) });
  const cached = plan.cached > 0 ? t('context.planCached', { cached: plan.cached, chunks: plan.chunks }) : '';
  return `${t('context.planChunked', { reports: String(reports), calls: plan.calls, duration })}${cached}`;
}

/** The scopes a person can pick, as select options. */
export const SCOPES: { value: string; scope: SelectionScope }[] = [
  { value: 'auto', scope: { kind: 'auto' } },
  { value: '7', scope: { kind: 'period', days: 7 } },
  { value: '30', scope: { kind: 'period', days: 30 } },
  { value: '90', scope: { kind: 'period', days: 90 } },
  { value: 'all', scope: { kind: 'all' } },
];

export const scopeValue = (scope: SelectionScope) => (scope.kind === 'period' ? String(scope.days) : scope.kind);

export function scopeLabel(t: Translate, scope: SelectionScope): string {
  return scope.kind === 'auto' ? t('context.scopeAuto') : scope.kind === 'all' ? t('context.scopeAll') : t('context.scopeDays', { days: scope.days });
}
