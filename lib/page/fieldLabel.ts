import { computeAccessibleName } from 'dom-accessibility-api';
import { elementText } from './elementText';
import { cleanLabel } from './normalizeText';
import type { Visibility } from './visibility';

/**
 * The label a person sees for a field. First the W3C accessible name (label[for], wrapping label,
 * aria-labelledby, aria-label) via dom-accessibility-api; then, in this order: the neighbouring table cell
 * or column header, the fieldset legend, the placeholder, the title, the label of the shadow host, and the
 * nearest text before the field.
 */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]),select,textarea,[contenteditable]:not([contenteditable=false]),[role=combobox],[role=checkbox],[role=radio],[role=switch],[role=listbox],[role=textbox]';

export function accessibleName(el: Element, visibility: Visibility): string {
  const win = el.ownerDocument.defaultView;
  try {
    const name = win
      ? computeAccessibleName(el, {
          getComputedStyle: (e, pseudo) => win.getComputedStyle(e, pseudo),
          computedStyleSupportsPseudoElements: visibility.hasLayout,
        })
      : computeAccessibleName(el);
    return cleanLabel(name);
  } catch {
    return '';
  }
}

function hasExplicitLabel(el: Element): boolean {
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return true;
  return !!el.getAttribute('aria-labelledby')?.trim() || !!el.getAttribute('aria-label')?.trim();
}

function columnOf(cells: Element[], index: number): number {
  let col = 0;
  for (let k = 0; k < index; k++) col += Number((cells[k] as HTMLTableCellElement).colSpan) || 1;
  return col;
}

function cellAtColumn(row: Element, col: number): Element | null {
  let at = 0;
  for (const cell of Array.from(row.children)) {
    if (cell.localName !== 'td' && cell.localName !== 'th') continue;
    const span = Number((cell as HTMLTableCellElement).colSpan) || 1;
    if (col >= at && col < at + span) return cell;
    at += span;
  }
  return null;
}

/** Label from the table around the field: the previous cell, or the column header (with the row's label). */
function cellLabel(el: Element, visibility: Visibility): string {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.localName !== 'tr') return '';
  const cells = Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
  const index = cells.indexOf(cell);
  const text = (c: Element | null | undefined) => (c && !c.querySelector(CONTROL_SELECTOR) ? cleanLabel(elementText(c, visibility)) : '');
  const controlCells = cells.filter((c) => c.querySelector(CONTROL_SELECTOR)).length;
  const previous = text(cells[index - 1]);

  const table = row.closest('table');
  let headerRow: Element | null = null;
  if (table) {
    const head = (table as HTMLTableElement).tHead;
    if (head && head.rows.length) headerRow = head.rows[head.rows.length - 1] ?? null;
    else {
      const first = table.querySelector('tr');
      if (first && first !== row && Array.from(first.children).every((c) => c.localName === 'th')) headerRow = first;
    }
  }
  const header = headerRow ? text(cellAtColumn(headerRow, columnOf(cells, index))) : '';
  const rowLabel = index > 0 ? text(cells[0]) : '';
  if (controlCells > 1 && header) return rowLabel && rowLabel !== header ? `${header} — ${rowLabel}` : header;
  return previous || header;
}

/** Legend of the enclosing fieldset, or the name of an enclosing role=group / radiogroup. */
export function legendLabel(el: Element, visibility: Visibility): string {
  const group = el.parentElement?.closest('fieldset, [role=group], [role=radiogroup]');
  if (!group) return '';
  if (group.localName === 'fieldset') {
    const legend = Array.from(group.children).find((c) => c.localName === 'legend');
    if (legend) return cleanLabel(elementText(legend, visibility));
  }
  return accessibleName(group, visibility);
}

const SKIP_TEXT_IN = 'script,style,template,noscript,option,select,textarea,button,datalist';
/** Fields whose content is text: text found inside one is that field's value, not a label. */
const FIELD_WITH_TEXT = '[contenteditable]:not([contenteditable=false]),[role=combobox],[role=listbox],[role=textbox],[role=spinbutton]';

/** The nearest visible text before the element, unless another field sits in between. */
export function precedingText(start: Element, visibility: Visibility): string {
  const root = start.getRootNode();
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  walker.currentNode = start;
  for (let steps = 0; steps < 80; steps++) {
    const node = walker.previousNode();
    if (!node) return '';
    if (node.nodeType === 1) {
      const e = node as Element;
      if (e.contains(start)) continue;
      // A hidden control (an editor toolbar's hidden <select>) is nothing a person sees between label and field.
      if (e.matches(CONTROL_SELECTOR) && visibility.isRendered(e)) return '';
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP_TEXT_IN)) continue;
    // Text inside another field (an editor's content, a select's shown choice) means a field sits in between.
    const field = parent.closest(FIELD_WITH_TEXT);
    if (field && !field.contains(start) && visibility.isRendered(field)) return '';
    if (!visibility.isRendered(parent) || !visibility.showsText(parent)) continue;
    const text = cleanLabel((node as Text).data);
    if (!text) continue;
    const label = parent.closest('label') as HTMLLabelElement | null;
    if (label && !label.contains(start) && (label.control || label.querySelector(CONTROL_SELECTOR))) return '';
    return text.length > 80 ? cleanLabel(text.slice(text.length - 80).replace(/^\S*\s/, '')) : text;
  }
  return '';
}

/**
 * A `<label for>` that points at the field's wrapper rather than at the field: libraries render the editable
 * element inside a container the page labelled (`<label for="editor">` + `<div id="editor"><div contenteditable>`).
 */
export function wrapperLabel(el: Element, visibility: Visibility): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  let cur: Element | null = el;
  for (let k = 0; cur && k < 4; k++, cur = cur.parentElement) {
    if (!cur.id || typeof root.querySelector !== 'function') continue;
    const label = root.querySelector(`label[for="${cssEscape(cur.id)}"]`);
    if (label && visibility.isRendered(label)) {
      const text = cleanLabel(elementText(label, visibility));
      if (text) return text;
    }
  }
  return '';
}

function cssEscape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

/**
 * Names that editors give themselves ("Rich Text Editor, main", "Rich Text Area", "Editor"): they tell a person
 * nothing about which field it is, and two editors on one page would share them.
 */
const BUILT_IN_EDITOR_NAME = /\b(rich[\s-]*text|editor|editing area|text ?area|wysiwyg|rte|tekstverwerker|teksteditor)\b/i;

export function isBuiltInName(name: string): boolean {
  return BUILT_IN_EDITOR_NAME.test(name);
}

/**
 * The label of the iframe this document is shown in, as the parent page shows it (`<label for>`, the
 * iframe's name, the text before it, its title). Same-origin frames only: `frameElement` is null across
 * origins, and then the field keeps its own label (a documented gap; asking the parent frame would need a
 * message through the extension).
 */
export function frameLabel(doc: Document, makeVisibility: (d: Document) => Visibility): string {
  let frame: Element | null = null;
  try {
    frame = (doc.defaultView?.frameElement as Element | null) ?? null;
  } catch {
    frame = null;
  }
  if (!frame) return '';
  const parentVisibility = makeVisibility(frame.ownerDocument);
  const named = accessibleName(frame, parentVisibility);
  const title = cleanLabel(frame.getAttribute('title') ?? '');
  return (
    wrapperLabel(frame, parentVisibility) ||
    (named && named !== title ? named : '') ||
    precedingText(frame, parentVisibility) ||
    title
  );
}

function hostLabel(el: Element, visibility: Visibility): string {
  const root = el.getRootNode() as ShadowRoot;
  const host = root.nodeType === 11 ? root.host : null;
  if (!host) return '';
  return accessibleName(host, visibility) || cleanLabel(host.getAttribute('label') ?? '') || precedingText(host, visibility);
}

/**
 * The label of one control (not a radio group).
 * @param nameFromContent false for widgets whose content is their value (a listbox button shows the choice)
 */
export function controlLabel(el: Element, visibility: Visibility, nameFromContent = true): string {
  const title = cleanLabel(el.getAttribute('title') ?? '');
  let builtIn = '';
  if (nameFromContent || hasExplicitLabel(el)) {
    const name = accessibleName(el, visibility);
    // An editor's own aria-label ("Rich Text Editor, main") gives way to the label the page shows for it.
    if (name && onlyAriaLabel(el) && isBuiltInName(name)) builtIn = name;
    else if (name && (hasExplicitLabel(el) || name !== title)) return name;
  }
  const placeholder = cleanLabel(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '');
  return (
    wrapperLabel(el, visibility) ||
    cellLabel(el, visibility) ||
    legendLabel(el, visibility) ||
    placeholder ||
    title ||
    hostLabel(el, visibility) ||
    precedingText(el, visibility) ||
    builtIn
  );
}

/** The accessible name can only come from aria-label (no label element, no aria-labelledby). */
function onlyAriaLabel(el: Element): boolean {
  const labels = (el as HTMLInputElement).labels;
  return !(labels && labels.length > 0) && !el.getAttribute('aria-labelledby')?.trim() && !!el.getAttribute('aria-label')?.trim();
}

/** The question of a radio group: legend or radiogroup name, table cell, text before the first option. */
export function radioGroupLabel(members: Element[], visibility: Visibility, group?: Element): string {
  const first = members[0];
  if (!first) return '';
  const light = first.parentElement?.closest('fieldset, [role=radiogroup], [role=group]');
  if (light && members.every((m) => light.contains(m))) {
    const legend = legendLabel(first, visibility);
    if (legend) return legend;
  }
  if (group && group !== light) {
    // The group container the scan found: a radiogroup in a web component's shadow root, or the element that
    // holds name-less radios together.
    const legend = group.localName === 'fieldset' ? Array.from(group.children).find((c) => c.localName === 'legend') : undefined;
    const name = legend ? cleanLabel(elementText(legend, visibility)) : accessibleName(group, visibility);
    if (name) return name;
    const own = group.getRootNode() !== first.getRootNode() ? '' : controlLabelOfGroup(group, visibility);
    if (own) return own;
  }
  return (
    cellLabel(first, visibility) ||
    precedingText(first.closest('label') ?? first, visibility) ||
    hostLabel(first, visibility) ||
    cleanLabel(first.getAttribute('name') ?? '')
  );
}

/** The label a page gives a group of name-less radios: a label for it, the cell before it, the text before it. */
function controlLabelOfGroup(group: Element, visibility: Visibility): string {
  return wrapperLabel(group, visibility) || cellLabel(group, visibility) || precedingText(group, visibility);
}
