import { findDateMention } from '../dutch';
import { pairOrAlert } from './alerts';
import { cleanLabel } from './normalizeText';
import type { PageItem, ReadContext } from './pageItems';

/** "Gewicht: 72 kg": a short label (a few words, no sentence punctuation) and a value. */
const LINE_PAIR = /^([\p{L}][\p{L}\p{N} ()/%°'’-]{0,38}\.?)\s*:\s+(\S.{0,300})$/u;
const LABEL_NAMES = /label|key|term|caption|lbl|naam|name|title|veld/i;
const NOT_A_PAIR = new Set(['fieldset', 'form', 'table', 'ul', 'ol', 'dl', 'section', 'article']);
const LABEL_TAGS = new Set(['strong', 'b', 'th', 'dt', 'label', 'em']);
/** Far above the 50/500 characters a label/value may have once whitespace is collapsed. */
const MAX_RAW_LABEL = 1000;
const MAX_RAW_VALUE = 5000;

/** Splits a "Label: value" line, or null when the line is not one. */
export function splitLinePair(line: string): { label: string; value: string } | null {
  const m = LINE_PAIR.exec(line.trim());
  if (!m || m[1]!.trim().split(/\s+/).length > 5) return null;
  const value = m[2]!.trim();
  // "Let op: mw. gebruikt geen bloedverdunners." is a sentence, not a detail.
  if (/[.!?]$/.test(value) && value.split(/\s+/).length >= 6) return null;
  return { label: cleanLabel(m[1]!), value };
}

/** Text of a leaf block: pairs when every line is "Label: value", otherwise one text item. */
export function textOrPairs(node: number, ref: string, text: string, listItem: boolean): PageItem[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  if (lines.length <= 12) {
    const pairs = lines.map(splitLinePair);
    if (pairs.every((p) => p !== null)) return pairs.map((p) => pairOrAlert(ref, p!.label, p!.value));
  }
  return [{ kind: 'text', ref, text: lines.join('\n'), node, listItem }];
}

/**
 * Two children where the first reads as a label and the second as its value, e.g.
 * `<div><span class="label">Gewicht</span><span>72 kg</span></div>`.
 */
export function labelValueChildren(ctx: ReadContext, i: number): { label: string; value: string } | null {
  const { model } = ctx;
  if (model.childCount(i) !== 2 || model.hasDirectText(i)) return null;
  const a = model.firstChild(i);
  const b = model.nextSibling(a);
  if (NOT_A_PAIR.has(model.tag(a)) || NOT_A_PAIR.has(model.tag(b))) return null;
  // Raw lengths bound the cleaned ones (blank text nodes are single spaces in the model): a page half with a
  // 10,000-report list beside an aside is no pair, and its text need not be built to see that.
  if (model.length(a) > MAX_RAW_LABEL || model.length(b) > MAX_RAW_VALUE) return null;
  const labelText = model.line(a);
  const value = model.text(b).replace(/\n/g, '; ');
  if (!labelText || !value || labelText.length > 50 || value.length > 500 || findDateMention(labelText)) return null;
  const labelish = labelText.endsWith(':') || LABEL_TAGS.has(model.tag(a)) || model.namesMatch(a, LABEL_NAMES);
  return labelish ? { label: cleanLabel(labelText), value } : null;
}

/** The dt/dd pairs of a definition list (dd's of one dt joined; several dt's share the following dd). */
export function definitionPairs(ctx: ReadContext, i: number): { label: string; value: string; node: number }[] {
  const { model } = ctx;
  const pairs: { label: string; value: string; node: number }[] = [];
  let labels: string[] = [];
  let pendingNew = true;
  for (let j = i + 1; j < model.after(i); j++) {
    const name = model.tag(j);
    if (name === 'dl') {
      j = model.after(j) - 1;
      continue;
    }
    if (name === 'dt') {
      if (!pendingNew) labels = [];
      labels.push(cleanLabel(model.line(j)));
      pendingNew = true;
      j = model.after(j) - 1;
    } else if (name === 'dd') {
      const value = model.text(j).replace(/\n/g, '; ');
      const label = labels.filter(Boolean).join(' / ');
      const previous = pairs[pairs.length - 1];
      if (!pendingNew && previous && previous.label === label) previous.value += `; ${value}`;
      else if (value) pairs.push({ label, value, node: j });
      pendingNew = false;
      j = model.after(j) - 1;
    }
  }
  return pairs.filter((p) => p.label !== '' || p.value !== '');
}
