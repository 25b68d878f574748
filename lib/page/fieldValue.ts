import { collapseWhitespace, foldForMatch } from '../dutch';
import { elementText } from './elementText';
import { accessibleName } from './fieldLabel';
import { cleanLabel } from './normalizeText';
import type { FieldKind } from './types';
import type { Visibility } from './visibility';

/** A field as found on the page: the element to act on and, for radio groups, every option. */
export interface FieldTarget {
  el: Element;
  kind: FieldKind;
  members?: Element[];
}

const isNative = (el: Element, name: string) => el.localName === name;

/** The element of the root (document or shadow root) with this id. */
function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

/** The listbox a combobox controls (aria-controls / aria-owns, inside it, or inside its combobox wrapper). */
export function listboxOf(el: Element): Element | null {
  if (el.getAttribute('role') === 'listbox') return el;
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const found = byId(el, id);
    if (found) return found.getAttribute('role') === 'listbox' ? found : (found.querySelector('[role=listbox]') ?? found);
  }
  const inside = el.querySelector('[role=listbox]');
  if (inside) return inside;
  const wrapper = el.parentElement?.closest('[role=combobox]');
  if (wrapper && wrapper !== el) return listboxOf(wrapper);
  return null;
}

/** Option elements of a listbox, or of the listbox a combobox controls. */
export function optionElements(listbox: Element | null): Element[] {
  return listbox ? Array.from(listbox.querySelectorAll('[role=option]')) : [];
}

export function optionText(option: Element): string {
  return cleanLabel(option.getAttribute('aria-label') ?? '') || collapseWhitespace(elementText(option));
}

/** The visible text of one radio option (its label), or its value. */
export function radioOptionLabel(radio: Element, visibility: Visibility): string {
  const name = accessibleName(radio, visibility);
  if (name) return name;
  return isNative(radio, 'input') ? (radio as HTMLInputElement).value : collapseWhitespace(elementText(radio));
}

/** A checkbox or radio (native or ARIA) is checked. */
export function isChecked(el: Element): boolean {
  return isNative(el, 'input') ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';
}

/** A class by which a kit shows a chosen option: "is-checked", "Mui-checked", "mat-mdc-radio-checked", "ant-radio-wrapper-checked". */
const CHECKED_CLASS = /(^|[-_])checked$/i;

/** The option itself and the elements around it that show only this option (up to the one holding another option). */
function optionWrappers(member: Element, members: readonly Element[]): Element[] {
  const out = [member];
  let cur = member.parentElement;
  for (let k = 0; cur && k < 4; k++, cur = cur.parentElement) {
    if (members.some((m) => m !== member && cur!.contains(m))) break;
    out.push(cur);
  }
  return out;
}

const classSaysChecked = (el: Element) => Array.from(el.classList).some((c) => CHECKED_CLASS.test(c));

/**
 * The option of a radio group that the widget shows as chosen, or -1. Component kits keep the choice in a
 * model of their own and show it on the option's wrapper (Element Plus `.el-radio.is-checked`, Angular
 * Material `.mat-mdc-radio-checked`); an isolated content script sees that class, not the model, and the
 * input's `checked` can say otherwise after a direct write. So when any option of the group carries such a
 * class, the classes tell; otherwise `checked` (or aria-checked on an ARIA radio) does.
 */
export function checkedRadioIndex(members: readonly Element[]): number {
  const byClass = members.map((m) => optionWrappers(m, members).some(classSaysChecked));
  if (byClass.some(Boolean)) return byClass.indexOf(true);
  return members.findIndex(isChecked);
}

/**
 * The element around ARIA radios that holds the group's choice in a `value` attribute: a web component that
 * reflects its value (Shoelace's `<sl-radio-group value="rollator">`). Setting that attribute is the
 * component's own way to change its value, and an isolated content script can do it.
 */
export function valueReflectingGroup(members: readonly Element[]): Element | null {
  if (members.length === 0 || members.some((m) => isNative(m, 'input'))) return null;
  const values = members.map((m) => m.getAttribute('value'));
  if (values.some((v) => v === null)) return null;
  let cur = members[0]!.parentElement;
  for (let k = 0; cur && k < 3; k++, cur = cur.parentElement) {
    if (!members.every((m) => cur!.contains(m))) continue;
    const own = cur.getAttribute('value');
    if (cur.localName.includes('-') && own !== null && (own === '' || values.includes(own))) return cur;
    return null;
  }
  return null;
}

/** Option texts that mean "nothing chosen": a widget's own empty choice or its placeholder ("— geen keuze —", "Kies…", "None"). */
const NO_CHOICE = /^[\s\-—–.…]*(geen( keuze)?|leeg|niets|maak een keuze|kies\b.*|selecteer\b.*|none|no selection|-+)?[\s\-—–.…]*$/i;

export const meansNoChoice = (text: string) => NO_CHOICE.test(text);

function selectText(select: HTMLSelectElement): string {
  // Not selectedOptions: jsdom's collection goes stale after selectedIndex changes.
  return Array.from(select.options)
    .filter((o) => o.selected)
    .map((o) => collapseWhitespace(o.label || o.text))
    .join(', ');
}

/** Text of a rich-text editor with its line breaks. */
export function editorText(el: Element): string {
  return elementText(el);
}

/** The spinbutton segments of a segmented date/time field, in order. */
export function segmentsOf(group: Element): Element[] {
  return Array.from(group.querySelectorAll('[role=spinbutton]'));
}

/**
 * A segmented date as it shows: "14-03-2026" from the day, month and year parts and the text between them;
 * '' while any part is empty (its placeholder "DD", "JJJJ" is no value).
 */
export function segmentedValue(group: Element): string {
  const segments = segmentsOf(group);
  let out = '';
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    const text = collapseWhitespace(seg.textContent ?? '');
    if (!/^\d+$/.test(text) && !/^(am|pm)$/i.test(text)) return '';
    out += text;
    if (k < segments.length - 1) out += separatorAfter(seg, segments[k + 1]!);
  }
  return out;
}

/** The text a picker shows between two segments ("-", ":", " "). */
export function separatorAfter(seg: Element, next: Element): string {
  const range = seg.ownerDocument.createRange();
  range.setStartAfter(seg);
  range.setEndBefore(next);
  const text = range.toString().replace(/[\u200e\u200f\u2066-\u2069]/g, '');
  return text.trim() === '' ? (text ? ' ' : '') : text.trim();
}

/** Controls a person uses (a widget's aria-hidden value carrier is not one). */
export const OTHER_FIELDS = 'input:not([type=hidden]):not([aria-hidden=true]), select, textarea';

/** Not a value: a placeholder shown in the value's place (by class, or the element a field describes itself by). */
function isPlaceholder(e: Element, input: Element): boolean {
  const cls = typeof e.className === 'string' ? e.className.toLowerCase() : '';
  if (/placeholder/.test(cls) && (!/selected|value/.test(cls) || /transparent/.test(cls))) return true;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
  return !!e.id && described.includes(e.id);
}

/**
 * What a select-like widget shows as its choice next to its input: react-select, Element Plus and Ant Design
 * clear the input after a pick and show the choice (or chips) in a sibling. Looks at most three levels up and
 * never past an element that holds a label or another field.
 */
export function displayedChoice(input: Element, visibility?: Visibility): string {
  let cur: Element | null = input.parentElement;
  for (let k = 0; cur && k < 3; k++, cur = cur.parentElement) {
    if (cur.querySelector('label') || cur.querySelectorAll(OTHER_FIELDS).length > 1) return '';
    const text = collapseWhitespace(
      elementText(cur, visibility, (e) => e === input || isPlaceholder(e, input) || e.getAttribute('role') === 'listbox' || e.getAttribute('aria-hidden') === 'true'),
    ).replace(/\u200b/g, '').trim();
    const placeholder = cleanLabel(input.getAttribute('placeholder') ?? '');
    if (text && text !== placeholder) return text;
  }
  return '';
}

/** The current value as scanFields reports it: text, boolean for checkboxes, option text for choices. */
export function readFieldValue(target: FieldTarget, visibility: Visibility): string | boolean {
  const { el, kind } = target;
  if ((kind === 'date' || kind === 'time') && el.getAttribute('role') === 'group') return segmentedValue(el);
  switch (kind) {
    case 'checkbox':
      return isChecked(el);
    case 'radio': {
      const members = target.members ?? [el];
      const checked = checkedRadioIndex(members);
      return checked >= 0 ? radioOptionLabel(members[checked]!, visibility) : '';
    }
    case 'select':
      return selectText(el as HTMLSelectElement);
    case 'richtext':
      return editorText(el);
    case 'combobox': {
      if (isNative(el, 'input') || isNative(el, 'textarea')) {
        const own = (el as HTMLInputElement).value;
        // Widgets that clear the input after a pick show the choice beside it.
        return own || ((el as HTMLInputElement).list ? '' : displayedChoice(el, visibility));
      }
      if (el.getAttribute('role') === 'listbox') {
        return optionElements(el)
          .filter((o) => o.getAttribute('aria-selected') === 'true')
          .map(optionText)
          .join(', ');
      }
      const shown = collapseWhitespace(elementText(el, visibility, (e) => e.getAttribute('role') === 'listbox')).replace(/\u200b/g, '').trim();
      const options = optionElements(listboxOf(el));
      // A closed list button shows its placeholder ("Kies een domein") while nothing is chosen.
      if (options.length === 0) return meansNoChoice(shown) ? '' : shown;
      // A placeholder ("Kies houding…") is not a value: report the chosen option, or nothing.
      const selected = options.find((o) => o.getAttribute('aria-selected') === 'true');
      if (selected) return optionText(selected);
      return options.some((o) => foldForMatch(optionText(o)) === foldForMatch(shown)) ? shown : '';
    }
    default:
      return (el as HTMLInputElement).value ?? '';
  }
}

/** Choices a person can pick: option texts of a select, radio labels, listbox or datalist options. */
export function fieldOptions(target: FieldTarget, visibility: Visibility): string[] | undefined {
  const { el, kind } = target;
  if (kind === 'select') {
    return Array.from((el as HTMLSelectElement).options)
      .filter((o) => !o.hidden)
      .map((o) => collapseWhitespace(o.label || o.text));
  }
  if (kind === 'radio') return (target.members ?? [el]).map((m) => radioOptionLabel(m, visibility));
  if (kind === 'combobox') {
    const list = (el as HTMLInputElement).list;
    if (list) return Array.from(list.querySelectorAll('option')).map((o) => collapseWhitespace(o.label || o.value));
    const options = optionElements(listboxOf(el)).map(optionText).filter(Boolean);
    return options.length ? options : undefined;
  }
  return undefined;
}
