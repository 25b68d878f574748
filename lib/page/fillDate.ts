import { firstDutchDate, parseTime } from '../dutch';
import { clearButton } from './fillCombobox';
import { blurElement, focusElement, pressAndClick, settle, typeValue } from './fillEvents';
import { Refusal } from './fillRefusal';
import { readFieldValue, segmentsOf, separatorAfter } from './fieldValue';
import type { FieldHandle, SegmentPart } from './scanFields';
import { segmentPart } from './scanFields';
import { createVisibility } from './visibility';

/**
 * Date and time pickers of component libraries, filled the way a person types a date: into the picker's own
 * input, in the format it shows. Never through its calendar or with arrow keys (an ArrowDown on a picker that
 * calls itself a combobox picks today).
 */

interface Parts {
  day?: string;
  month?: string;
  year?: string;
  hour?: string;
  minute?: string;
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/** The day/month/year and hour/minute a Dutch value means ("14-03-2026", "14 maart 2026 09:15", "09.15"). */
export function valueParts(value: string, kind: 'date' | 'time'): Parts | null {
  const parts: Parts = {};
  if (kind === 'date') {
    // A date field needs the year written: one taken from today would be a guess.
    const date = firstDutchDate(value);
    if (!date?.yearWritten) return null;
    [parts.year, parts.month, parts.day] = [String(date.year), pad(date.month), pad(date.day)];
    if (date.hour !== undefined && date.minute !== undefined) [parts.hour, parts.minute] = [pad(date.hour), pad(date.minute)];
    return parts;
  }
  const time = parseTime(value);
  if (!time) return null;
  [parts.hour, parts.minute] = [pad(time.hour), pad(time.minute)];
  return parts;
}

/**
 * The format an input shows, from its placeholder ("dd-mm-jjjj", "DD/MM/YYYY", "jjjj-mm-dd") or its current
 * value; Dutch dd-mm-jjjj when neither tells.
 */
export function inputPattern(input: HTMLInputElement, kind: 'date' | 'time'): string {
  const hint = `${input.getAttribute('placeholder') ?? ''} ${input.value}`.toLowerCase();
  if (kind === 'time') return 'HH:MM';
  const m = /(dd|\d{1,2})([-/. ])(mm|\d{1,2})\2(jjjj|yyyy|\d{4})/.exec(hint);
  if (m) return `DD${m[2]}MM${m[2]}YYYY`;
  const iso = /(jjjj|yyyy|\d{4})([-/.])(mm|\d{1,2})\2(dd|\d{1,2})/.exec(hint);
  if (iso) return `YYYY${iso[2]}MM${iso[2]}DD`;
  return 'DD-MM-YYYY';
}

/** The parts in a pattern from inputPattern ("DD-MM-YYYY", "YYYY/MM/DD", "HH:MM"). */
export function formatParts(parts: Parts, pattern: string): string {
  if (pattern === 'HH:MM') return `${parts.hour ?? ''}:${parts.minute ?? ''}`;
  return pattern.replace('YYYY', parts.year ?? '').replace('DD', parts.day ?? '').replace('MM', parts.month ?? '');
}

/** The text a segmented picker shows for these parts: its segments in their order, with its separators. */
function segmentText(group: Element, parts: Parts): string | null {
  const segments = segmentsOf(group);
  let out = '';
  for (let k = 0; k < segments.length; k++) {
    const part = segmentPart(segments[k]!) as SegmentPart;
    const v = part === 'day' || part === 'month' || part === 'year' || part === 'hour' || part === 'minute' ? parts[part] : undefined;
    if (v === undefined) return null;
    out += part === 'year' ? v : pad(v);
    if (k < segments.length - 1) out += separatorAfter(segments[k]!, segments[k + 1]!);
  }
  return out;
}

/** Types digits into each segment: the path for a picker without an input of its own. */
async function typeSegments(doc: Document, group: Element, text: string): Promise<void> {
  const digits = text.split(/\D+/).filter(Boolean);
  const segments = segmentsOf(group);
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k] as HTMLElement;
    focusElement(seg);
    const range = doc.createRange();
    range.selectNodeContents(seg);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      doc.execCommand('insertText', false, digits[k] ?? '');
    } catch {
      /* no editing commands */
    }
    await settle(doc);
  }
  blurElement(segments[segments.length - 1]!);
}

/**
 * Fills a date or time field of a picker: a segmented one (role=group of spinbuttons) through the input it
 * carries the whole value in, else by typing into its segments; a text input by typing the date in the format
 * it shows. An empty value clears it (typing nothing, else the picker's own clear button). Returns what the
 * field should show afterwards.
 */
export async function fillPicker(doc: Document, handle: FieldHandle, value: string): Promise<string> {
  const el = handle.el;
  const kind = handle.kind === 'time' ? 'time' : 'date';
  const segmented = el.getAttribute('role') === 'group';
  const input = (segmented ? el.querySelector('input') : el) as HTMLInputElement | null;
  if (value.trim() === '') {
    if (input) typeValue(input, '');
    await settle(doc);
    const shown = () => readFieldValue(handle, createVisibility(doc));
    for (let round = 0; round < 2 && shown() !== ''; round++) {
      const button = await clearButton(doc, input ?? el);
      if (!button) break;
      pressAndClick(button);
      await settle(doc);
    }
    return '';
  }
  const parts = valueParts(value, kind);
  if (!parts) throw new Refusal('invalid-value');
  if (segmented) {
    const text = segmentText(el, parts);
    if (text === null) throw new Refusal('invalid-value');
    if (input) {
      typeValue(input, text);
      await settle(doc);
    }
    if (readFieldValue(handle, createVisibility(doc)) !== text) await typeSegments(doc, el, text);
    return text;
  }
  const text = formatParts(parts, inputPattern(input!, kind));
  typeValue(input!, text);
  return text;
}
