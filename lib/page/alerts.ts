import type { AlertKind, PageItem, ReadContext } from './pageItems';
import type { PageModel } from './pageModel';

const ALERT_NAMES = /alert|allerg|waarschuw|warning|wilsverklaring|reanim|signaler/i;
const ALERT_ARIA = /allergie|waarschuwing|wilsverklaring|reanim|signalering/i;
const MAX_ALERT_CHARS = 400;

/** Label of a label–value pair that is a clinical alert rather than an ordinary detail. */
const ALERT_PAIR_LABEL =
  /^(allergie(ën|en)?|allergisch voor|intoleranties?|overgevoeligheid|wilsverklaring(en)?|reanimatie(beleid|status|wens)?|reanimeren|nr[- ]?(beleid|verklaring)|behandelbeperkingen?|behandelverbod|euthanasieverklaring)$/i;
const NEGATIVE_VALUE = /^(geen|nee|onbekend|n\.?v\.?t\.?|-|–|—)(\b|$)/i;

/** Allergy, advance directive (wilsverklaring / niet reanimeren) or another alert, by its words. */
export function alertKindOf(text: string): AlertKind {
  if (/allerg|intoleran|overgevoelig/i.test(text)) return 'allergie';
  if (
    /wilsverklaring|reanim|behandelverbod|behandelbeperking|euthanasie|levenstestament|niet beademen/i.test(text) ||
    /\bN\.?R\.?\b|\bDNR\b/.test(text)
  ) {
    return 'wilsverklaring';
  }
  return 'overig';
}

/** An element that presents itself as an alert: role=alert, alert-like class names or an alert aria-label. */
export function isAlertish(model: PageModel, i: number): boolean {
  if (model.role(i) === 'alert' || model.namesMatch(i, ALERT_NAMES)) return true;
  return ALERT_ARIA.test(model.attr(i, 'aria-label') ?? '');
}

/** Marks per node: alert-like and not containing a smaller alert-like element (the alert itself). */
export function findAlertNodes(ctx: ReadContext): Uint8Array {
  const { model } = ctx;
  const alerts = new Uint8Array(model.count);
  const below = new Uint8Array(model.count);
  // Children come after their parent: walking backwards, below[i] is complete when node i is reached.
  for (let i = model.count - 1; i >= 0; i--) {
    if (!below[i]) {
      const length = model.length(i);
      if (length === 0 || length > MAX_ALERT_CHARS || !isAlertish(model, i)) continue;
      alerts[i] = 1;
    }
    if (i > 0) below[model.parent(i)] = 1;
  }
  return alerts;
}

/** One alert item per list item inside the alert element, or one for the element. */
export function alertItems(ctx: ReadContext, i: number): PageItem[] {
  const { model } = ctx;
  const items = [];
  for (let j = i + 1; j < model.after(i); j++) {
    if (model.tag(j) === 'li') {
      const text = model.line(j);
      if (text) items.push({ kind: 'alert' as const, ref: ctx.ref(j), text, alertKind: alertKindOf(text) });
      j = model.after(j) - 1;
    }
  }
  if (items.length > 1) return items;
  const text = model.line(i);
  return text ? [{ kind: 'alert', ref: ctx.ref(i), text, alertKind: alertKindOf(text) }] : [];
}

/** A label–value pair, or an alert when the label names an allergy or advance directive. */
export function pairOrAlert(ref: string, label: string, value: string): PageItem {
  if (ALERT_PAIR_LABEL.test(label)) {
    const kind = alertKindOf(label);
    if (kind === 'wilsverklaring' || !NEGATIVE_VALUE.test(value)) {
      return { kind: 'alert', ref, text: `${label}: ${value}`, alertKind: kind };
    }
  }
  return { kind: 'pair', ref, label, value };
}
