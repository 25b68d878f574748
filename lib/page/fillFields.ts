import { collapseWhitespace, dutchNumberText, firstDutchDate, foldForMatch, formatIsoDate, formatIsoTime, parseDutchBoolean, parseTime, sameFieldValue } from '../dutch';
import { blurElement, fire, focusElement, guardSubmit, setNative, settle, typeValue } from './fillEvents';
import { fillCombobox } from './fillCombobox';
import { fillPicker } from './fillDate';
import { fillEditor } from './fillEditor';
import { clearRadios } from './fillRadio';
import type { ClearInPageWorld } from './modelChoice';
import { Refusal, matchOption, safeClick } from './fillRefusal';
import { checkedRadioIndex, isChecked, radioOptionLabel, readFieldValue } from './fieldValue';
import { fingerprintOfScan } from './fieldsFingerprint';
import { refuseChanged } from './refuseChanged';
import { collectFields, type FieldHandle, type FieldScan, type ScanOptions } from './scanFields';
import type { FillEntry, FillErrorCode, FillResult } from './types';
import { createVisibility, type Visibility } from './visibility';

export { matchOption } from './fillRefusal';

export interface FillOptions extends ScanOptions {
  /** fieldsFingerprint(doc) at the time of the suggestion; every entry is refused as 'stale' when it changed. */
  expectedFingerprint?: string;
  /** The fields as this message already collected them; without it the document is scanned here. */
  scan?: FieldScan;
  /**
   * Calls a framework's own setter in the page's world, for an undo back to "nothing chosen" that the widget
   * offers no way to (lib/page/modelChoice.ts). The content script passes one that goes through the
   * background; lib/page running in the page's own world passes clearDirectly. Without it such an undo is
   * refused with 'cannot-clear'.
   */
  clearInPageWorld?: ClearInPageWorld;
}

function toBoolean(value: string | boolean): boolean {
  // Clearing is unchecking: undo puts an empty checkbox back to empty.
  const wanted = value === '' ? false : parseDutchBoolean(value);
  if (wanted === null) throw new Refusal('invalid-value');
  return wanted;
}

function asText(value: string | boolean): string {
  if (typeof value !== 'string') throw new Refusal('invalid-value');
  return value;
}

function inputValueFor(el: HTMLInputElement, kind: FieldHandle['kind'], value: string): string {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  // Clearing is always allowed: undo puts an empty field back to empty.
  if (value === '') return '';
  if (kind === 'number') {
    // "72,5 kg" → "72.5": the digits as written, with a dot decimal.
    const n = dutchNumberText(value, { unit: true });
    if (n === null) throw new Refusal('invalid-value');
    const num = Number(n);
    const min = el.getAttribute('min') ?? el.getAttribute('aria-valuemin');
    const max = el.getAttribute('max') ?? el.getAttribute('aria-valuemax');
    if ((min !== null && min !== '' && num < Number(min)) || (max !== null && max !== '' && num > Number(max))) {
      throw new Refusal('invalid-value');
    }
    return n;
  }
  if (kind === 'date' && (type === 'date' || type === 'datetime-local')) {
    // A date field needs the year written: one taken from today would be a guess.
    const date = firstDutchDate(value);
    if (!date?.yearWritten) throw new Refusal('invalid-value');
    if (type === 'date') return formatIsoDate(date);
    if (date.hour === undefined || date.minute === undefined) throw new Refusal('invalid-value');
    return `${formatIsoDate(date)}T${formatIsoTime({ hour: date.hour, minute: date.minute })}`;
  }
  if (kind === 'time') {
    const time = parseTime(value);
    if (!time) throw new Refusal('invalid-value');
    return formatIsoTime(time);
  }
  const maxLength = el.maxLength;
  if (typeof maxLength === 'number' && maxLength > 0 && value.length > maxLength) throw new Refusal('invalid-value');
  return value;
}

/**
 * The option labels of a radio group, from the scan when it has them (the same computation: an accessible
 * name is costly, `labels` searches the whole document).
 */
function radioLabels(handle: FieldHandle, visibility: Visibility): string[] {
  const members = handle.members ?? [handle.el];
  const scanned = handle.field.options;
  return scanned && scanned.length === members.length ? scanned : members.map((m) => radioOptionLabel(m, visibility));
}

/** The current value as scanFields reports it; a radio group's label comes from the scan's option labels. */
function currentValue(handle: FieldHandle, visibility: Visibility): string | boolean {
  if (handle.kind !== 'radio') return readFieldValue(handle, visibility);
  const checked = checkedRadioIndex(handle.members ?? [handle.el]);
  return checked < 0 ? '' : radioLabels(handle, visibility)[checked]!;
}

/** Performs one fill and returns the value it means to see afterwards. */
async function perform(
  doc: Document, handle: FieldHandle, value: string | boolean, visibility: Visibility, clear: ClearInPageWorld,
): Promise<string | boolean> {
  const { el, kind } = handle;
  switch (kind) {
    case 'date':
    case 'time': {
      const text = asText(value);
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      // A picker (segments, or a text input with a calendar) is typed into in the format it shows.
      if (el.localName !== 'input' || !['date', 'datetime-local', 'time', 'month', 'week'].includes(type)) return fillPicker(doc, handle, text);
      const v = inputValueFor(el as HTMLInputElement, kind, text);
      typeValue(el as HTMLInputElement, v);
      return v;
    }
    case 'text':
    case 'textarea':
    case 'number': {
      const text = asText(value);
      const v = el.localName === 'input' ? inputValueFor(el as HTMLInputElement, kind, text) : text;
      typeValue(el as HTMLInputElement | HTMLTextAreaElement, v);
      return v;
    }
    case 'checkbox': {
      const want = toBoolean(value);
      if (isChecked(el) !== want) safeClick(el);
      return want;
    }
    case 'radio': {
      const wanted = asText(value);
      const members = handle.members ?? [el];
      if (wanted === '') {
        await clearRadios(doc, members, clear);
        return '';
      }
      const labels = radioLabels(handle, visibility);
      const k = matchOption(labels, members.map((m) => m.getAttribute('value')), wanted);
      if (k < 0) throw new Refusal('option-not-found');
      if (checkedRadioIndex(members) !== k) safeClick(members[k]!);
      return labels[k]!;
    }
    case 'select': {
      const select = el as HTMLSelectElement;
      const options = Array.from(select.options);
      const wanted = asText(value);
      const k = matchOption(options.map((o) => o.label || o.text), options.map((o) => o.value), wanted);
      // A list without an empty option always holds a choice: there is no "nothing chosen" to go back to.
      if (k < 0) throw new Refusal(wanted === '' ? 'cannot-clear' : 'option-not-found');
      focusElement(select);
      setNative(select, 'selectedIndex', k);
      fire(select, 'input');
      fire(select, 'change');
      blurElement(select);
      return collapseWhitespace(options[k]!.label || options[k]!.text);
    }
    case 'combobox':
      return fillCombobox(doc, handle, asText(value), clear);
    case 'richtext': {
      const text = asText(value);
      await fillEditor(doc, el as HTMLElement, text);
      return text;
    }
  }
}


function matches(kind: FieldHandle['kind'], actual: string | boolean, expected: string | boolean): boolean {
  if (sameFieldValue(kind, actual, expected)) return true;
  // A widget may show more than the option's text ("Ja (1)" for "Ja").
  if (kind !== 'select' && kind !== 'radio' && kind !== 'combobox') return false;
  if (typeof actual !== 'string' || typeof expected !== 'string' || expected.trim() === '') return false;
  return foldForMatch(actual).includes(foldForMatch(expected));
}

/** A field written in this batch, waiting to be read back. */
interface Written {
  index: number;
  entry: FillEntry;
  handle: FieldHandle;
  previous: string | boolean;
  /** The value the field should show now. */
  expected: string | boolean;
}

/** Checks and writes one field; a refusal comes back as its result, a write as what to read back later. */
async function write(
  doc: Document, handle: FieldHandle | undefined, entry: FillEntry, index: number, visibility: Visibility, clear: ClearInPageWorld,
): Promise<FillResult | Written> {
  if (!handle) return { key: entry.key, ok: false, previous: '', error: 'not-found' };
  const previous = currentValue(handle, visibility);
  const fail = (error: FillErrorCode): FillResult => ({ key: entry.key, ok: false, previous, error });
  if (handle.field.unreachable) return fail('unreachable');
  if (handle.hidden) return fail('hidden');
  if (handle.field.disabled) return fail('disabled');
  if (handle.field.readonly) return fail('readonly');
  try {
    const expected = await perform(doc, handle, entry.value, visibility, clear);
    return { index, entry, handle, previous, expected };
  } catch (error) {
    // A refusal says what the field holds now: a widget may have been opened and put back on the way.
    if (error instanceof Refusal) return { ...fail(error.code), value: currentValue(handle, createVisibility(doc)) };
    throw error;
  }
}

const noPageWorld: ClearInPageWorld = async () => false;

const WIDGET_KINDS = new Set<FieldHandle['kind']>(['date', 'time', 'combobox', 'richtext']);

/**
 * A fill must never leave a value nobody confirmed. When the field now holds neither what it held nor what
 * was asked (a picker that chose today, a widget that took another option), the old value is put back
 * through the same fill path. The result says what the field holds afterwards.
 */
async function restoreUnconfirmed(doc: Document, first: Written, result: FillResult, clear: ClearInPageWorld): Promise<FillResult> {
  const { handle, previous } = first;
  const now = currentValue(handle, createVisibility(doc));
  if (matches(handle.kind, now, previous) || matches(handle.kind, now, first.expected)) return { ...result, value: now };
  try {
    await perform(doc, handle, previous, createVisibility(doc), clear);
    await settle(doc);
    if (WIDGET_KINDS.has(handle.kind)) await settle(doc);
  } catch {
    /* what it holds now is reported below */
  }
  return { ...result, value: currentValue(handle, createVisibility(doc)) };
}

/** A controlled component may put its own value back: only what reads back counts. */
function readBack(written: Written, visibility: Visibility): FillResult {
  const { entry, handle, previous, expected } = written;
  const value = currentValue(handle, visibility);
  if (!matches(handle.kind, value, expected)) return { key: entry.key, ok: false, previous, value, error: 'rejected-by-page' };
  return { key: entry.key, ok: true, previous, value };
}

/**
 * Fills fields after the person confirmed them and reads every value back: a page that restores its old
 * value yields ok:false with 'rejected-by-page'. Disabled, readonly, hidden, unreachable and unknown fields
 * are refused, and everything is refused as 'stale' when `expectedFingerprint` no longer matches
 * fieldsFingerprint(doc). Nothing is ever submitted: no Enter key, no submit buttons, and a submit event
 * during the fill is cancelled.
 *
 * An entry with `expected` is refused as 'changed' when its field shows something else now: someone typed
 * in it since the person confirmed.
 *
 * The fields are written one after another and the page gets one moment to react (a macrotask and an
 * animation frame) for all of them, not one per field: 500 fields take a frame, not 500. A key that comes
 * twice is read back before it is written again. A field the page rejected gets one more try of its own
 * (write, wait, read), because a page may reset a dependent field in reaction to an earlier one.
 *
 * @example
 * const results = await fillFields(document, [{ key: '#meting_spo2', value: '94' }], { expectedFingerprint });
 */
export async function fillFields(doc: Document, given: FillEntry[], options: FillOptions = {}): Promise<FillResult[]> {
  const scan = options.scan ?? collectFields(doc, options);
  const byKey = new Map(scan.handles.map((h) => [h.field.key, h]));
  if (options.expectedFingerprint !== undefined && options.expectedFingerprint !== fingerprintOfScan(doc, scan)) {
    return given.map((e) => ({ key: e.key, ok: false, previous: byKey.get(e.key)?.field.value ?? '', error: 'stale' }));
  }
  const { pass: entries, refused } = refuseChanged(scan.handles, given);
  if (refused.length > 0) {
    // Results keep the order of the entries given.
    const written = await fillFields(doc, entries, { ...options, scan, expectedFingerprint: undefined });
    const byEntry = new Map(entries.map((e, k) => [e, written[k]!]));
    const refusedByKey = new Map(refused.map((r) => [r.key, r]));
    return given.map((e) => byEntry.get(e) ?? refusedByKey.get(e.key)!);
  }
  const clear = options.clearInPageWorld ?? noPageWorld;
  const release = guardSubmit(doc);
  try {
    const results = new Array<FillResult>(entries.length);
    const rejected: Written[] = [];
    let batch: Written[] = [];
    const pendingKeys = new Set<string>();
    // One visibility per batch: creating one reads every style sheet and forces a layout.
    let visibility = createVisibility(doc);
    const written = new Map<number, Written>();
    const flush = async () => {
      if (batch.length === 0) return;
      await settle(doc);
      // Widgets re-render from their model after blur (a date picker puts its own text back): a second moment.
      if (batch.some((w) => WIDGET_KINDS.has(w.handle.kind))) await settle(doc);
      visibility = createVisibility(doc);
      for (const written of batch) {
        const result = readBack(written, visibility);
        results[written.index] = result;
        if (result.error === 'rejected-by-page') rejected.push(written);
      }
      batch = [];
      pendingKeys.clear();
    };
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      if (pendingKeys.has(entry.key)) await flush();
      const outcome = await write(doc, byKey.get(entry.key), entry, index, visibility, clear);
      if ('ok' in outcome) results[index] = outcome;
      else {
        written.set(index, outcome);
        batch.push(outcome);
        pendingKeys.add(entry.key);
      }
    }
    await flush();
    const lastIndex = new Map(entries.map((e, k) => [e.key, k]));
    for (const first of rejected) {
      // A later entry for the same key has decided that field since.
      if (lastIndex.get(first.entry.key) !== first.index) continue;
      const again = await write(doc, first.handle, first.entry, first.index, createVisibility(doc), clear);
      if ('ok' in again) continue;
      await settle(doc);
      results[first.index] = readBack({ ...again, previous: first.previous }, createVisibility(doc));
    }
    for (const [index, first] of written) {
      const result = results[index]!;
      if (!result.ok) results[index] = await restoreUnconfirmed(doc, first, result, clear);
    }
    return results;
  } finally {
    release();
  }
}

/**
 * Undoes a fill: puts back the `previous` value of every successful result through the same fill path
 * (rich text comes back as plain text). A field that no longer holds what was filled was corrected by
 * hand since: it keeps the correction and is reported as 'changed'. Returns one result per successful
 * result given. This is the undo the extension runs in every frame.
 *
 * @example const undone = await undoFill(document, results, { expectedFingerprint });
 */
export async function undoFill(doc: Document, results: FillResult[], options: FillOptions = {}): Promise<FillResult[]> {
  const entries = results
    .filter((r) => r.ok)
    .map((r) => ({ key: r.key, value: r.previous, ...(r.value !== undefined ? { expected: r.value } : {}) }));
  return entries.length ? fillFields(doc, entries, options) : [];
}
