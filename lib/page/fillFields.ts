import { toIsoDate, toIsoTime } from './dutchDates';
import {
  blurElement, fire, focusElement, guardSubmit, pressAndClick, pressKey, setNative, settle, typeValue, wouldSubmitOrNavigate,
} from './fillEvents';
import { editorText, isChecked, listboxOf, optionElements, optionText, radioOptionLabel, readFieldValue } from './fieldValue';
import { fingerprintOfScan } from './fieldsFingerprint';
import { collapseWhitespace, foldForMatch } from './normalizeText';
import { refuseChanged } from './refuseChanged';
import { collectFields, type FieldHandle, type FieldScan, type ScanOptions } from './scanFields';
import type { FillEntry, FillErrorCode, FillResult } from './types';
import { createVisibility, type Visibility } from './visibility';

export interface FillOptions extends ScanOptions {
  /** fieldsFingerprint(doc) at the time of the suggestion; every entry is refused as 'stale' when it changed. */
  expectedFingerprint?: string;
  /** The fields as this message already collected them; without it the document is scanned here. */
  scan?: FieldScan;
}

class Refusal extends Error {
  constructor(readonly code: FillErrorCode) {
    super(code);
  }
}

const TRUE_WORDS = new Set(['true', 'ja', 'waar', 'aan', '1', 'yes', 'on', 'checked', 'aangevinkt', 'x', 'wel']);
const FALSE_WORDS = new Set(['false', 'nee', 'onwaar', 'uit', '0', 'no', 'off', 'unchecked', 'niet aangevinkt', 'niet', '']);

function toBoolean(value: string | boolean): boolean {
  if (typeof value === 'boolean') return value;
  const v = foldForMatch(value);
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  throw new Refusal('invalid-value');
}

function asText(value: string | boolean): string {
  if (typeof value !== 'string') throw new Refusal('invalid-value');
  return value;
}

/** "72,5 kg" → "72.5"; null when the text is not one number (with an optional unit). */
function toNumberText(value: string): string | null {
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:[\p{L}%°/][\p{L}%°/\d]*)?\s*$/u.exec(value);
  return m ? m[1]!.replace(',', '.') : null;
}

/** Index of the option a value means: same text (case, accents, spaces ignored), same value, or one unique prefix. */
export function matchOption(texts: string[], values: (string | null)[], wanted: string): number {
  const w = foldForMatch(wanted);
  if (!w) return texts.findIndex((t, k) => foldForMatch(t) === '' || values[k] === '');
  let index = texts.findIndex((t) => foldForMatch(t) === w);
  if (index >= 0) return index;
  index = values.findIndex((v) => v !== null && v !== '' && foldForMatch(v) === w);
  if (index >= 0) return index;
  if (w.length < 3) return -1;
  const prefixed = texts.map((t, k) => (foldForMatch(t).startsWith(w) ? k : -1)).filter((k) => k >= 0);
  return prefixed.length === 1 ? prefixed[0]! : -1;
}

function safeClick(el: Element, press = false): void {
  if (wouldSubmitOrNavigate(el)) throw new Refusal('unreachable');
  if (press) pressAndClick(el);
  else (el as HTMLElement).click();
}

function inputValueFor(el: HTMLInputElement, kind: FieldHandle['kind'], value: string): string {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  // Clearing is always allowed: undo puts an empty field back to empty.
  if (value === '') return '';
  if (kind === 'number') {
    const n = toNumberText(value);
    if (n === null) throw new Refusal('invalid-value');
    const num = Number(n);
    const min = el.getAttribute('min');
    const max = el.getAttribute('max');
    if ((min !== null && min !== '' && num < Number(min)) || (max !== null && max !== '' && num > Number(max))) {
      throw new Refusal('invalid-value');
    }
    return n;
  }
  if (kind === 'date' && type === 'date') {
    const iso = toIsoDate(value);
    if (!iso) throw new Refusal('invalid-value');
    return iso;
  }
  if (kind === 'date' && type === 'datetime-local') {
    const iso = toIsoDate(value);
    const time = /(\d{1,2})[:.](\d{2})\s*(?:uur)?\s*$/.exec(value);
    if (!iso || !time) throw new Refusal('invalid-value');
    return `${iso}T${time[1]!.padStart(2, '0')}:${time[2]}`;
  }
  if (kind === 'time') {
    const t = toIsoTime(value);
    if (!t) throw new Refusal('invalid-value');
    return t;
  }
  const maxLength = el.maxLength;
  if (typeof maxLength === 'number' && maxLength > 0 && value.length > maxLength) throw new Refusal('invalid-value');
  return value;
}

async function waitFor<T>(find: () => T | null, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found || Date.now() >= until) return found;
    await new Promise<void>((resolve) => setTimeout(resolve, 25));
  }
}

/** Options a combobox shows now: its own listbox, else any visible option on the page (portalled popups). */
function visibleOptions(doc: Document, el: Element): Element[] {
  const visibility = createVisibility(doc);
  const own = optionElements(listboxOf(el)).filter((o) => visibility.isRendered(o));
  if (own.length) return own;
  return Array.from(doc.querySelectorAll('[role=option]')).filter((o) => visibility.isRendered(o));
}

/** Opens an ARIA combobox, finds the option by its text and clicks it. Setting a value does nothing there. */
async function fillCombobox(doc: Document, handle: FieldHandle, value: string): Promise<string> {
  const el = handle.el;
  const isText = el.localName === 'input' || el.localName === 'textarea';
  const input = el as HTMLInputElement;
  if (isText && (input.list || value === '')) {
    // A datalist only suggests; the text itself is the value. An empty value clears the box.
    typeValue(input, value);
    return value;
  }
  if (!value) throw new Refusal('invalid-value');
  const find = () => {
    const options = visibleOptions(doc, el);
    const k = matchOption(options.map(optionText), options.map((o) => o.getAttribute('data-value')), value);
    return k >= 0 ? options[k]! : null;
  };
  let option = el.getAttribute('role') === 'listbox' ? find() : null;
  if (!option) {
    focusElement(el);
    if (!wouldSubmitOrNavigate(el)) pressAndClick(el);
    await settle(doc);
    option = await waitFor(find, 150);
  }
  if (!option) {
    pressKey(el, 'ArrowDown');
    option = await waitFor(find, 150);
  }
  if (!option && isText) {
    // Autocomplete widgets show options only for typed text.
    setNative(input, 'value', value);
    fire(input, 'input', { inputType: 'insertText', data: value });
    option = await waitFor(find, 600);
  }
  if (!option) {
    pressKey(el, 'Escape');
    throw new Refusal('option-not-found');
  }
  const text = optionText(option);
  safeClick(option, true);
  return text;
}

/** Replaces an editor's content: select all → execCommand('insertText'), else the beforeinput/input path. */
async function fillEditor(doc: Document, el: HTMLElement, text: string): Promise<void> {
  focusElement(el);
  const selection = doc.defaultView?.getSelection?.() ?? doc.getSelection?.();
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  let done = false;
  const exec = (doc as Document & { execCommand?: Document['execCommand'] }).execCommand;
  if (typeof exec === 'function') {
    try {
      done = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
  }
  await settle(doc);
  if (!done || collapseWhitespace(editorText(el)) !== collapseWhitespace(text)) {
    // No editing commands (jsdom) or the editor ignored them: editors (Lexical, Slate) listen to beforeinput.
    const allowed = fire(el, 'beforeinput', { inputType: 'insertText', data: text, cancelable: true });
    if (allowed) {
      const nodes: Node[] = [];
      text.split('\n').forEach((line, k) => {
        if (k > 0) nodes.push(doc.createElement('br'));
        nodes.push(doc.createTextNode(line));
      });
      el.replaceChildren(...nodes);
    }
    fire(el, 'input', { inputType: 'insertText', data: text });
  }
  blurElement(el);
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
  const members = handle.members ?? [handle.el];
  const checked = members.findIndex(isChecked);
  return checked < 0 ? '' : radioLabels(handle, visibility)[checked]!;
}

/** Performs one fill and returns the value it means to see afterwards. */
async function perform(doc: Document, handle: FieldHandle, value: string | boolean, visibility: Visibility): Promise<string | boolean> {
  const { el, kind } = handle;
  switch (kind) {
    case 'text':
    case 'textarea':
    case 'number':
    case 'date':
    case 'time': {
      const text = asText(value);
      const v = el.localName === 'input' ? inputValueFor(el as HTMLInputElement, kind, text) : text;
      typeValue(el as HTMLInputElement | HTMLTextAreaElement, v);
      return v;
    }
    case 'checkbox': {
      const want = toBoolean(value);
      const checked = el.localName === 'input' ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';
      if (checked !== want) safeClick(el);
      return want;
    }
    case 'radio': {
      const wanted = asText(value);
      const members = handle.members ?? [el];
      if (wanted === '') {
        // Undo to "nothing chosen": a click cannot uncheck a radio, the checked setter can (native only).
        for (const m of members) {
          if (m.localName !== 'input') throw new Refusal('invalid-value');
          if ((m as HTMLInputElement).checked) {
            setNative(m as HTMLInputElement, 'checked', false);
            fire(m, 'input');
            fire(m, 'change');
          }
        }
        return '';
      }
      const labels = radioLabels(handle, visibility);
      const k = matchOption(labels, members.map((m) => m.getAttribute('value')), wanted);
      if (k < 0) throw new Refusal('option-not-found');
      const member = members[k]!;
      const checked = member.localName === 'input' ? (member as HTMLInputElement).checked : member.getAttribute('aria-checked') === 'true';
      if (!checked) safeClick(member);
      return labels[k]!;
    }
    case 'select': {
      const select = el as HTMLSelectElement;
      const options = Array.from(select.options);
      const k = matchOption(options.map((o) => o.label || o.text), options.map((o) => o.value), asText(value));
      if (k < 0) throw new Refusal('option-not-found');
      focusElement(select);
      setNative(select, 'selectedIndex', k);
      fire(select, 'input');
      fire(select, 'change');
      blurElement(select);
      return collapseWhitespace(options[k]!.label || options[k]!.text);
    }
    case 'combobox':
      return fillCombobox(doc, handle, asText(value));
    case 'richtext': {
      const text = asText(value);
      await fillEditor(doc, el as HTMLElement, text);
      return text;
    }
  }
}

function matches(kind: FieldHandle['kind'], actual: string | boolean, expected: string | boolean): boolean {
  if (typeof expected === 'boolean' || typeof actual === 'boolean') return actual === expected;
  if (kind === 'number') return expected === '' ? actual === '' : actual !== '' && Number(actual) === Number(expected);
  if (kind === 'select' || kind === 'radio' || kind === 'combobox') {
    const a = foldForMatch(actual);
    const e = foldForMatch(expected);
    return a === e || (e !== '' && a.includes(e));
  }
  return collapseWhitespace(actual) === collapseWhitespace(expected);
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
  doc: Document, handle: FieldHandle | undefined, entry: FillEntry, index: number, visibility: Visibility,
): Promise<FillResult | Written> {
  if (!handle) return { key: entry.key, ok: false, previous: '', error: 'not-found' };
  const previous = currentValue(handle, visibility);
  const fail = (error: FillErrorCode): FillResult => ({ key: entry.key, ok: false, previous, error });
  if (handle.field.unreachable) return fail('unreachable');
  if (handle.hidden) return fail('hidden');
  if (handle.field.disabled) return fail('disabled');
  if (handle.field.readonly) return fail('readonly');
  try {
    const expected = await perform(doc, handle, entry.value, visibility);
    return { index, entry, handle, previous, expected };
  } catch (error) {
    if (error instanceof Refusal) return fail(error.code);
    throw error;
  }
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
  const release = guardSubmit(doc);
  try {
    const results = new Array<FillResult>(entries.length);
    const rejected: Written[] = [];
    let batch: Written[] = [];
    const pendingKeys = new Set<string>();
    // One visibility per batch: creating one reads every style sheet and forces a layout.
    let visibility = createVisibility(doc);
    const flush = async () => {
      if (batch.length === 0) return;
      await settle(doc);
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
      const outcome = await write(doc, byKey.get(entry.key), entry, index, visibility);
      if ('ok' in outcome) results[index] = outcome;
      else {
        batch.push(outcome);
        pendingKeys.add(entry.key);
      }
    }
    await flush();
    const lastIndex = new Map(entries.map((e, k) => [e.key, k]));
    for (const first of rejected) {
      // A later entry for the same key has decided that field since.
      if (lastIndex.get(first.entry.key) !== first.index) continue;
      const again = await write(doc, first.handle, first.entry, first.index, createVisibility(doc));
      if ('ok' in again) continue;
      await settle(doc);
      results[first.index] = readBack({ ...again, previous: first.previous }, createVisibility(doc));
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
