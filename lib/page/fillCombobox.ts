import {
  blurElement, fire, focusElement, hover, pressAndClick, pressKey, setNative, settle, typeValue, waitFor, wouldSubmitOrNavigate,
} from './fillEvents';
import { OTHER_FIELDS, listboxOf, optionElements, optionText, readFieldValue } from './fieldValue';
import { Refusal, matchOption, safeClick } from './fillRefusal';
import { foldForMatch } from '../dutch';
import type { ClearInPageWorld } from './modelChoice';
import type { FieldHandle } from './scanFields';
import { createVisibility, type Visibility } from './visibility';

/** Elements that may be a list's choices when the library gives them no option role. */
const CLICKABLE_CHOICE = '[role=option], [class*=option], [class*=item], li, [data-value]';
/** Containers a list of choices is shown in (portalled popups). */
const POPUP = /dropdown|popup|popover|overlay|menu|listbox|options|select-panel|picker-panel/i;

const classOf = (e: Element) => (typeof e.className === 'string' ? e.className : '');

function inPopup(e: Element): boolean {
  let cur: Element | null = e;
  for (let k = 0; cur && k < 7; k++, cur = cur.parentElement) {
    const role = cur.getAttribute('role');
    if (role === 'listbox' || role === 'menu' || role === 'dialog' || POPUP.test(classOf(cur))) return true;
  }
  return false;
}

/** The outermost of nested candidates (an option and its content div are one choice). */
function outermost(list: Element[]): Element[] {
  const set = new Set(list);
  return list.filter((e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/**
 * The choices a combobox shows now. Its own listbox's visible options first, then any visible option on the
 * page (portalled popups), then what is visible and clickable in a popup: Ant Design keeps `role=option` on a
 * hidden list for screen readers and shows role-less items to the person.
 */
export function visibleChoices(doc: Document, el: Element, visibility: Visibility = createVisibility(doc)): Element[] {
  const listbox = listboxOf(el);
  const own = optionElements(listbox).filter((o) => visibility.isRendered(o));
  if (own.length) return own;
  const anyOption = Array.from(doc.querySelectorAll('[role=option]')).filter((o) => visibility.isRendered(o));
  if (anyOption.length) return anyOption;
  const scope = listbox?.parentElement?.parentElement ?? doc;
  const candidates = Array.from(scope.querySelectorAll(CLICKABLE_CHOICE)).filter(
    (e) => !e.contains(el) && visibility.isRendered(e) && (e.textContent ?? '').trim() !== '' && (scope !== doc || inPopup(e)),
  );
  return outermost(candidates);
}

/** The value attribute a choice carries, for matching by value. */
const choiceValue = (o: Element) => o.getAttribute('data-value') ?? o.getAttribute('value');

/** Finds the choice for `value` among those shown now. */
function findChoice(doc: Document, el: Element, value: string): Element | null {
  const choices = visibleChoices(doc, el);
  const k = matchOption(choices.map(optionText), choices.map(choiceValue), value);
  return k >= 0 ? choices[k]! : null;
}

/** Opens the widget (focus, press, ArrowDown) and, for a searchable one, types the value to show matching choices. */
async function openAndFind(doc: Document, el: Element, value: string): Promise<Element | null> {
  const isText = el.localName === 'input' || el.localName === 'textarea';
  const input = el as HTMLInputElement;
  let choice = el.getAttribute('role') === 'listbox' ? findChoice(doc, el, value) : null;
  if (!choice) {
    focusElement(el);
    if (!wouldSubmitOrNavigate(el)) pressAndClick(el);
    await settle(doc);
    choice = await waitFor(() => findChoice(doc, el, value), 500);
  }
  if (!choice && (!isText || input.readOnly || el.getAttribute('inputmode') === 'none')) {
    // A list that opens from the keyboard only (react-select's display input); never on a date picker.
    pressKey(el, 'ArrowDown');
    choice = await waitFor(() => findChoice(doc, el, value), 300);
  }
  if (!choice && isText && !input.readOnly && value !== '') {
    // Searchable widgets show choices for typed text only.
    setNative(input, 'value', value);
    fire(input, 'input', { inputType: 'insertText', data: value });
    choice = await waitFor(() => findChoice(doc, el, value), 600);
  }
  return choice;
}

/** Closes a list that stayed open after the pick (multi-selects keep it open), so the next field sees its own. */
async function closeList(doc: Document, el: Element, picked: Element): Promise<void> {
  await settle(doc);
  if (picked.isConnected && createVisibility(doc).isRendered(picked)) pressKey(el, 'Escape');
  blurElement(el);
}

/**
 * Closes a list that was opened and nothing was picked. The widget may listen for Escape where the focus went
 * (Headless UI moves it into the list), and may keep the rest of the page inert while the list is open; a
 * list that stays open is closed the way it was opened, with a click on its button.
 */
async function dismissList(doc: Document, el: Element): Promise<void> {
  const active = doc.activeElement;
  if (active && active !== el && active !== doc.body) pressKey(active, 'Escape');
  pressKey(el, 'Escape');
  await settle(doc);
  if (el.getAttribute('aria-expanded') === 'true' && el.localName !== 'input' && !wouldSubmitOrNavigate(el)) {
    pressAndClick(el);
    await settle(doc);
  }
  blurElement(el);
}

/**
 * Chooses an option of a select-like widget the way a person does: open it, find the choice by its visible
 * text, click it. Setting a value does nothing there. An empty value clears the choice (clearChoice).
 */
export async function fillCombobox(doc: Document, handle: FieldHandle, value: string, clear: ClearInPageWorld): Promise<string> {
  const el = handle.el;
  const input = el as HTMLInputElement;
  if ((el.localName === 'input' || el.localName === 'textarea') && input.list) {
    // A datalist only suggests; the text itself is the value.
    typeValue(input, value);
    return value;
  }
  if (value === '') return clearChoice(doc, handle, clear);
  const choice = await openAndFind(doc, el, value);
  if (!choice) {
    await dismissList(doc, el);
    if (el.localName === 'input' && !input.readOnly && input.value === value) typeValue(input, '');
    throw new Refusal('option-not-found');
  }
  const text = optionText(choice);
  safeClick(choice, true);
  await closeList(doc, el, choice);
  return text;
}

const CLEAR_NAME = /\b(clear|wissen|wis|leegmaken|leeg|verwijder\w*|remove|delete|reset)\b/i;
const CLEAR_CLASS = /clear/i;

/**
 * A widget's own clear or remove button next to its input (it may show only while the pointer is over the
 * widget: hover first). Never a button that would submit.
 */
export async function clearButton(doc: Document, el: Element): Promise<Element | null> {
  let scope: Element | null = null;
  let cur: Element | null = el.parentElement;
  for (let k = 0; cur && k < 4; k++, cur = cur.parentElement) {
    if (cur.querySelector('label') || cur.querySelectorAll(OTHER_FIELDS).length > 1) break;
    hover(cur);
    scope = cur;
  }
  if (!scope) return null;
  // Frameworks render the button after the hover, on their next tick.
  await settle(doc);
  const candidates = Array.from(scope.querySelectorAll('[aria-label], [title], [class*=clear], [class*=remove]'));
  const found = candidates.find((c) => {
    if (c === el || c.contains(el) || wouldSubmitOrNavigate(c)) return false;
    const name = `${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''}`;
    return CLEAR_NAME.test(name) || CLEAR_CLASS.test(classOf(c));
  });
  return found ?? null;
}

/**
 * Back to "nothing chosen": clear the typed text, the widget's clear (or chip remove) buttons, Backspace in
 * its input, or its own empty choice ("— geen keuze —") — whichever the widget offers, checked by reading the
 * field back after each. A widget that offers none of these (a list button without an empty option) has
 * its framework's own setter asked for null in the page's world (lib/page/modelChoice.ts); without one it
 * is refused with 'cannot-clear', its list closed again.
 */
export async function clearChoice(doc: Document, handle: FieldHandle, clear: ClearInPageWorld): Promise<string> {
  const el = handle.el;
  const input = el as HTMLInputElement;
  const isText = el.localName === 'input' || el.localName === 'textarea';
  const empty = () => {
    const v = readFieldValue(handle, createVisibility(doc));
    return v === '' || v === false;
  };
  if (empty()) return '';
  if (isText && !input.readOnly && input.value !== '') {
    typeValue(input, '');
    await settle(doc);
    if (empty()) return '';
  }
  for (let round = 0; round < 8 && !empty(); round++) {
    const button = await clearButton(doc, el);
    if (!button) break;
    pressAndClick(button);
    await settle(doc);
  }
  if (empty()) return '';
  if (isText) {
    focusElement(el);
    for (let k = 0; k < 8 && !empty(); k++) {
      pressKey(el, 'Backspace');
      await settle(doc);
    }
    blurElement(el);
    if (empty()) return '';
  }
  const choice = await openAndFind(doc, el, '');
  if (choice) {
    safeClick(choice, true);
    await closeList(doc, el, choice);
    if (empty()) return '';
    // The widget shows its empty choice by name ("— geen keuze —"): that is its "nothing chosen".
    const shown = readFieldValue(handle, createVisibility(doc));
    if (typeof shown === 'string' && foldForMatch(shown) === foldForMatch(optionText(choice))) return shown;
  } else await dismissList(doc, el);
  const shown = readFieldValue(handle, createVisibility(doc));
  if (typeof shown === 'string' && shown !== '' && (await clear(el, shown))) {
    await settle(doc);
    if (empty()) return '';
  }
  throw new Refusal('cannot-clear');
}
