import { fieldOptions, readFieldValue, type FieldTarget } from './fieldValue';
import { matchOption } from './fillRefusal';
import { accessibleName, controlLabel, frameLabel, isBuiltInName, legendLabel, radioGroupLabel } from './fieldLabel';
import { cleanLabel } from './normalizeText';
import { renderedParent, shadowRootOf, type OpenShadowRoot } from './flatTree';
import { createRefBuilder, isStableId } from './refs';
import type { FieldKind, ScannedField } from './types';
import { createVisibility, type Visibility } from './visibility';

export interface ScanOptions {
  /** Reaches closed shadow roots; the extension passes chrome.dom.openOrClosedShadowRoot. */
  openShadowRoot?: OpenShadowRoot;
}

/** A scanned field with what is needed to act on it. */
export interface FieldHandle extends FieldTarget {
  field: ScannedField;
  /** Not visible now (scanFields leaves it out; fillFields refuses it with 'hidden'). */
  hidden: boolean;
  /** Reached through openShadowRoot inside a closed shadow root. */
  inClosedRoot: boolean;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'reset', 'image', 'file', 'password', 'button', 'color']);
const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week']);
const WIDGET_ROLES: Record<string, FieldKind> = {
  textbox: 'text', searchbox: 'text', combobox: 'combobox', listbox: 'combobox', checkbox: 'checkbox',
  switch: 'checkbox', radiogroup: 'radio', spinbutton: 'number', slider: 'number',
};

const roleOf = (el: Element) => (el.getAttribute('role') ?? '').trim().toLowerCase();

function isEditable(el: Element | null): boolean {
  const attr = el?.getAttribute('contenteditable');
  return attr !== null && attr !== undefined && attr.toLowerCase() !== 'false';
}

/** The outermost contenteditable element: an editor (nested editable elements are part of it). */
function isEditingHost(el: Element): boolean {
  if (!isEditable(el)) return false;
  const outer = el.parentElement?.closest('[contenteditable]');
  return !outer || !isEditable(outer);
}

function insideEditor(el: Element): boolean {
  const outer = el.parentElement?.closest('[contenteditable]');
  return !!outer && isEditable(outer);
}

/**
 * The kind of field an element is, or null when it is not one (buttons, hidden inputs, popups…). Roles come
 * first: a `<button role="switch">` is a switch, a `role="group"` of day/month/year spinbuttons is one date.
 */
function classify(el: Element, popupIds: Set<string>): FieldKind | null {
  const name = el.localName;
  const role = roleOf(el);
  if (role === 'switch' || role === 'checkbox') return name === 'input' && !isToggleInput(el) ? null : 'checkbox';
  if (role === 'radio') return name === 'input' && (el.getAttribute('type') ?? '').toLowerCase() !== 'radio' ? null : 'radio';
  if (role === 'group' || role === 'spinbutton' || name === 'input') {
    const segments = segmentGroupOf(el);
    if (segments) return segments.el === el ? segments.kind : null;
  }
  if (name === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (SKIPPED_INPUT_TYPES.has(type)) return null;
    // A widget's own value carrier (MUI Select's native input, a picker's hidden input): not for a person.
    if (el.getAttribute('aria-hidden') === 'true' && el.getAttribute('tabindex') === '-1') return null;
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'number' || type === 'range' || role === 'spinbutton' || role === 'slider') return 'number';
    if (DATE_TYPES.has(type)) return 'date';
    if (type === 'time') return 'time';
    const picker = pickerKind(el);
    if (picker) return picker;
    const autocomplete = (el.getAttribute('aria-autocomplete') ?? '').toLowerCase();
    if (role === 'combobox' || ['list', 'both', 'inline'].includes(autocomplete) || el.hasAttribute('list')) return 'combobox';
    return el.parentElement?.closest('[role=combobox]') ? 'combobox' : 'text';
  }
  if (name === 'textarea') return role === 'combobox' ? 'combobox' : 'textarea';
  if (name === 'select') return 'select';
  if (isEditingHost(el)) return role === 'spinbutton' ? 'number' : 'richtext';
  if (role === 'spinbutton' || role === 'slider') return 'number';
  if (name === 'button' || role === 'button') return el.getAttribute('aria-haspopup') === 'listbox' ? 'combobox' : null;
  if (role === 'combobox') return el.querySelector('input, textarea, [contenteditable]') ? null : 'combobox';
  if (role === 'listbox') {
    const popup = (el.id && popupIds.has(el.id)) || el.parentElement?.closest('[role=combobox]');
    // An unnamed listbox is a combobox's popup left in the DOM (portalled, kept mounted): not a field.
    return popup || !isNamed(el) ? null : 'combobox';
  }
  return null;
}

const isToggleInput = (el: Element) => ['checkbox', 'radio'].includes((el.getAttribute('type') ?? '').toLowerCase());

function isNamed(el: Element): boolean {
  return !!(el.getAttribute('aria-label')?.trim() || el.getAttribute('aria-labelledby')?.trim() || (el.id && el.ownerDocument.querySelector(`label[for="${el.id.replace(/["\\]/g, '\\$&')}"]`)));
}

/** What a date/time segment stands for, by its name or its range. */
export type SegmentPart = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second' | 'period';

export function segmentPart(el: Element): SegmentPart | null {
  const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase();
  if (/^(dag|day|dd)\b/.test(label)) return 'day';
  if (/^(maand|month|mm)\b/.test(label)) return 'month';
  if (/^(jaar|year|jjjj|yyyy)\b/.test(label)) return 'year';
  if (/^(uren|uur|hours?|hh|uu)\b/.test(label)) return 'hour';
  if (/^(minuten|minuut|minutes?|min)\b/.test(label)) return 'minute';
  if (/^(seconden|seconds?|sec)\b/.test(label)) return 'second';
  if (/^(am\/pm|meridiem|dagdeel)\b/.test(label)) return 'period';
  const max = Number(el.getAttribute('aria-valuemax'));
  if (max === 31) return 'day';
  if (max >= 1000) return 'year';
  if (max === 23) return 'hour';
  if (max === 59) return 'minute';
  return null;
}

/**
 * The date or time field that a set of spinbutton segments (day, month, year…) forms, with its container:
 * date pickers (MUI X, React Aria, Mantine) render each part as a `role="spinbutton"` inside a `role="group"`,
 * often with a hidden input that carries the whole value.
 */
export function segmentGroupOf(el: Element): { el: Element; kind: 'date' | 'time' } | null {
  const group = roleOf(el) === 'group' ? el : el.parentElement?.closest('[role=group]');
  if (!group) return null;
  const segments = group.querySelectorAll('[role=spinbutton]');
  if (segments.length < 2 || segments.length > 7) return null;
  const parts = Array.from(segments, segmentPart);
  if (parts.some((p) => p === null)) return null;
  const kind = parts.some((p) => p === 'day' || p === 'month' || p === 'year') ? 'date' : 'time';
  return { el: group, kind };
}

/**
 * A text input that is a date or time picker: it announces a dialog or grid popup (a calendar), or the
 * library marks it as one (class, placeholder). Such a field is filled by typing, never as a dropdown.
 */
function pickerKind(el: Element): 'date' | 'time' | null {
  const popup = (el.getAttribute('aria-haspopup') ?? '').toLowerCase();
  const placeholder = (el.getAttribute('placeholder') ?? '').toLowerCase();
  const classes: string[] = [];
  let cur: Element | null = el;
  for (let k = 0; cur && k < 4; k++, cur = cur.parentElement) classes.push(typeof cur.className === 'string' ? cur.className.toLowerCase() : '');
  const cls = classes.join(' ');
  const timeHint = /\b(tijd|time|uu:mm|hh:mm)\b/.test(placeholder) || /time-?picker|time-?editor|picker-time/.test(cls);
  const dateHint =
    popup === 'dialog' || popup === 'grid' ||
    /\b(datum|date|dd[-/.]mm[-/.](jjjj|yyyy|jj|yy)|(jjjj|yyyy)[-/.]mm[-/.]dd)\b/.test(placeholder) ||
    /date-?picker|date-?editor|datepicker|calendar|\bant-picker\b/.test(cls);
  if (timeHint && !/date|datum/.test(placeholder + cls.replace(/\bant-picker\b/g, ''))) return 'time';
  return dateHint ? 'date' : null;
}

/** Ids of popups that comboboxes and listbox buttons control: those listboxes are not fields of their own. */
function popupIdsIn(root: Document | ShadowRoot): Set<string> {
  const ids = new Set<string>();
  root.querySelectorAll('[aria-controls], [aria-owns]').forEach((el) => {
    for (const attr of ['aria-controls', 'aria-owns']) {
      for (const id of (el.getAttribute(attr) ?? '').split(/\s+/)) if (id) ids.add(id);
    }
  });
  return ids;
}

/**
 * A custom element whose shadow root we cannot open, but that is clearly a form widget: a widget role,
 * form-associated, labelled, or without any light-DOM content. Reported as unreachable, never guessed.
 */
function closedWidgetKind(el: Element): FieldKind | null {
  if (!el.localName.includes('-') || el.shadowRoot) return null;
  const role = roleOf(el);
  const ctor = el.ownerDocument.defaultView?.customElements?.get(el.localName) as { formAssociated?: boolean } | undefined;
  const labelled = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
  const empty = el.childElementCount === 0 && !(el.textContent ?? '').trim();
  let defined = false;
  try {
    defined = el.matches(':defined');
  } catch {
    defined = false;
  }
  if (!(role in WIDGET_ROLES) && !ctor?.formAssociated && !labelled && !(empty && defined)) return null;
  // Light-DOM content that renders (mat-select, mat-radio-group): a plain element with a custom tag, no closed root.
  if (!empty && (el.querySelector('input, select, textarea, button, [role], [tabindex]') || el.childElementCount > 0)) return null;
  return WIDGET_ROLES[role] ?? 'text';
}

/** Roles that make a shadow host itself the control. */
const HOST_ROLES = new Set(['radio', 'checkbox', 'switch', 'combobox', 'textbox', 'spinbutton', 'slider', 'listbox']);

const RADIO_SELECTOR = 'input[type=radio], [role=radio]';

/** The element that holds a radio's group together (see radioGroupKey). */
function radioContainer(el: Element): Element | undefined {
  const group = closestRendered(el, '[role=radiogroup], fieldset');
  if (group) return group;
  let cur = el.parentElement;
  for (let k = 0; cur && k < 5; k++, cur = cur.parentElement) {
    const radios = cur.querySelectorAll(RADIO_SELECTOR);
    if (radios.length > 1) return cur;
    if (cur.localName === 'form' || cur.localName === 'body') break;
  }
  return undefined;
}

/** closest() along the rendered tree: through assigned slots into the shadow trees that show an element. */
function closestRendered(el: Element, selector: string): Element | null {
  for (let cur = renderedParent(el); cur; cur = renderedParent(cur)) {
    if (cur.matches(selector)) return cur;
    if (cur.localName === 'form' || cur.localName === 'body') return null;
  }
  return null;
}

interface Raw extends FieldTarget {
  prefix: string;
  unreachable?: string;
  inClosedRoot: boolean;
  group?: Element;
}

/** A host's key within its own root (the prefix already names the hosts around it). */
function hostKey(host: Element, refOf: (el: Element) => string): string {
  if (host.id && isStableId(host.id)) return `#${host.id}`;
  const ref = refOf(host);
  const cut = ref.lastIndexOf(' >> ');
  return cut >= 0 ? ref.slice(cut + 4) : ref;
}

function isControlHidden(el: Element, visibility: Visibility): boolean {
  const win = el.ownerDocument.defaultView;
  const rendered = visibility.isRendered(el) && win?.getComputedStyle(el).visibility !== 'hidden';
  if (rendered) return false;
  if (shownByWidget(el, visibility)) return false;
  // A styled checkbox or radio is often visually hidden behind its label: the person clicks the label.
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'input' && (type === 'checkbox' || type === 'radio')) {
    const labels = (el as HTMLInputElement).labels;
    if (labels && Array.from(labels).some((l) => visibility.isRendered(l))) return false;
  }
  return true;
}

/**
 * A select-like widget often keeps its focusable input transparent or 1px wide (react-select, Element Plus,
 * Ant Design) while the element around it shows the choice: the person sees and clicks the widget. Only the
 * input's own box may hide it (opacity, size); display:none or visibility:hidden still hide.
 */
export function shownByWidget(el: Element, visibility: Visibility): boolean {
  if (el.localName !== 'input') return false;
  const comboLike = roleOf(el) === 'combobox' || el.hasAttribute('aria-haspopup') || el.hasAttribute('aria-autocomplete');
  if (!comboLike || el.getAttribute('aria-hidden') === 'true' || (el as HTMLInputElement).type === 'hidden') return false;
  const win = el.ownerDocument.defaultView;
  let cur: Element | null = el;
  for (let k = 0; cur && k < 4; k++, cur = renderedParent(cur)) {
    const style = win?.getComputedStyle(cur);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
    if (cur !== el && visibility.isRendered(cur)) {
      if (!visibility.hasLayout) return true;
      const rect = cur.getBoundingClientRect();
      if (rect.width >= 16 && rect.height >= 8) return true;
    }
  }
  return false;
}

function isDisabled(el: Element): boolean {
  if ('disabled' in el && (el as HTMLInputElement).disabled) return true;
  try {
    if (el.matches(':disabled')) return true;
  } catch {
    /* selector unsupported */
  }
  return !!el.closest('[aria-disabled=true]');
}

function isReadonly(el: Element): boolean {
  if ((el.localName === 'input' || el.localName === 'textarea') && (el as HTMLInputElement).readOnly) return true;
  return el.getAttribute('aria-readonly') === 'true';
}

/**
 * The readonly input of a select-like widget (Ant Design, Element Plus, Shoelace, react-select) shows the
 * choice and opens the list: it is the way to choose, not a field one may not change. The same goes for a
 * date picker whose input only opens its calendar.
 */
function isDisplayInput(el: Element, kind: FieldKind): boolean {
  if (kind !== 'combobox' && kind !== 'date' && kind !== 'time') return false;
  return roleOf(el) === 'combobox' || el.hasAttribute('aria-haspopup') || !!el.parentElement?.closest('[role=combobox]');
}

function isRequired(el: Element): boolean {
  return ('required' in el && (el as HTMLInputElement).required === true) || el.getAttribute('aria-required') === 'true';
}

function numberAttr(el: Element, name: string): number | undefined {
  const raw = el.getAttribute(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** One collection of a document's fields: collected once per message, then used to locate, fill and undo. */
export interface FieldScan {
  handles: FieldHandle[];
  /** Closed shadow hosts that look like form widgets (they count in the fingerprint). */
  closedHosts: string[];
}

/** Every field on the page (also hidden ones, flagged), with stable unique keys, plus closed shadow hosts. */
export function collectFields(doc: Document, options: ScanOptions = {}): FieldScan {
  const visibility = createVisibility(doc);
  const refOf = createRefBuilder();
  const raws: Raw[] = [];
  const closedHosts: string[] = [];
  const radioGroups = new Map<unknown, Raw>();
  const forms = new Map<Element, number>();

  function scanRoot(root: Document | ShadowRoot, prefix: string, inClosedRoot: boolean) {
    const popupIds = popupIdsIn(root);
    const all = root.querySelectorAll('*');
    for (let k = 0; k < all.length; k++) {
      const el = all[k]!;
      const name = el.localName;
      if (el.hasAttribute('data-dossierhulp-overlay')) continue;
      // Recorded the same way with or without openShadowRoot, so fieldsFingerprint does not depend on it.
      const closedKind = closedWidgetKind(el);
      if (closedKind) closedHosts.push(`${prefix}closed:${hostKey(el, refOf)}`);
      // Open shadow roots are found on any element (el.shadowRoot). Closed ones are asked of the browser
      // (chrome.dom) for custom elements only: web components are where closed roots live, and asking for
      // each of the 100,000 <div>s and <span>s of a 10,000-report page costs more than the rest of the scan.
      const shadow = el.shadowRoot ?? (name.includes('-') ? shadowRootOf(el, options.openShadowRoot) : null);
      if (shadow) {
        // A role on the host itself (<sl-radio role="radio">) makes the host the control; its shadow tree is
        // only how it looks. Other hosts are containers: their fields are inside.
        const hostKind = HOST_ROLES.has(roleOf(el)) ? classify(el, popupIds) : null;
        if (hostKind) add(el, hostKind, root, prefix, inClosedRoot);
        else scanRoot(shadow, `${prefix}${hostKey(el, refOf)} >> `, inClosedRoot || !el.shadowRoot);
        continue;
      }
      if (closedKind && !options.openShadowRoot) {
        // With openShadowRoot (the extension) a null answer means there is no shadow root at all.
        raws.push({ el, kind: closedKind, prefix, unreachable: 'closed-shadow-root', inClosedRoot });
        continue;
      }
      const kind = classify(el, popupIds);
      if (!kind || insideEditor(el)) continue;
      add(el, kind, root, prefix, inClosedRoot);
    }
  }

  function add(el: Element, kind: FieldKind, root: Document | ShadowRoot, prefix: string, inClosedRoot: boolean) {
    if (kind !== 'radio') {
      raws.push({ el, kind, prefix, inClosedRoot });
      return;
    }
    const { key: groupKey, container } = radioGroupKey(el, root);
    const group = radioGroups.get(groupKey);
    if (group) group.members!.push(el);
    else {
      const raw: Raw = { el, kind, members: [el], prefix, inClosedRoot, group: container };
      radioGroups.set(groupKey, raw);
      raws.push(raw);
    }
  }

  /**
   * Radios belong together by name; without one (frameworks bind radios by their model, not by name) by their
   * group container: the nearest radiogroup or fieldset, also across a shadow boundary, else the nearest
   * element around them that holds more radios.
   */
  function radioGroupKey(el: Element, root: Document | ShadowRoot): { key: unknown; container?: Element } {
    const container = radioContainer(el);
    const name = el.localName === 'input' ? el.getAttribute('name') : null;
    if (!name) return { key: container ?? el, container };
    const form = (el as HTMLInputElement).form;
    if (form && !forms.has(form)) forms.set(form, forms.size);
    return { key: `${form ? forms.get(form) : 'root'}|${name}|${root === doc ? '' : refOf((root as ShadowRoot).host)}`, container };
  }

  scanRoot(doc, '', false);

  const built = raws.map((raw) => build(raw, visibility, refOf));
  labelFromFrame(doc, raws, built, refOf);
  // Keys: visible fields first, so a field that is hidden now never shifts the keys of the visible ones.
  const used = new Map<string, number>();
  const assign = (h: FieldHandle) => {
    const base = h.field.key;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    if (n > 1) h.field.key = `${base}#${n}`;
  };
  built.filter((h) => !h.hidden).forEach(assign);
  built.filter((h) => h.hidden).forEach(assign);
  return { handles: built, closedHosts };
}

/**
 * A frame that holds one field (an editor in an iframe) is labelled in the page around it: that label is the
 * one a person reads, when the field has none of its own or only an editor's built-in name.
 */
function labelFromFrame(doc: Document, raws: Raw[], built: FieldHandle[], refOf: (el: Element) => string): void {
  const win = doc.defaultView;
  if (!win || win === win.top) return;
  const visible = built.filter((h) => !h.hidden && !h.field.unreachable);
  if (visible.length !== 1) return;
  const handle = visible[0]!;
  if (handle.field.label && !isBuiltInName(handle.field.label)) return;
  const label = frameLabel(doc, createVisibility);
  if (!label) return;
  const raw = raws[built.indexOf(handle)]!;
  handle.field.label = label;
  handle.field.key = raw.prefix + baseKey(raw, label, refOf);
}

function baseKey(raw: Raw, label: string, refOf: (el: Element) => string): string {
  const { el } = raw;
  if (raw.unreachable) return `closed:${hostKey(el, refOf)}`;
  if (raw.kind === 'radio') {
    const first = raw.members![0]!;
    const name = first.localName === 'input' ? first.getAttribute('name') : null;
    if (name && isStableId(name)) return `radio:${name}`;
    if (raw.group?.id && isStableId(raw.group.id)) return `radio:#${raw.group.id}`;
    return label ? `radio:label:${label}` : `radio:${refOf(first)}`;
  }
  if (el.id && isStableId(el.id)) return `#${el.id}`;
  const name = el.getAttribute('name');
  if (name && isStableId(name)) return `name:${name}`;
  if (label) return `label:${label}`;
  return `path:${refOf(el)}`;
}

/**
 * Nothing chosen, and no empty choice to come back to once something is (ScannedField.noEmptyChoice): a radio
 * group without a "geen" option, or a list button or listbox without an empty option (a closed list whose
 * options are not on the page yet counts too). A select-like widget with a text input is not: its text can
 * be cleared.
 */
function hasNoEmptyChoice(target: FieldTarget, field: ScannedField): boolean {
  if (field.value !== '' || field.disabled || field.readonly) return false;
  const options = field.options ?? [];
  if (field.kind === 'radio') return matchOption(options, (target.members ?? [target.el]).map((m) => m.getAttribute('value')), '') < 0;
  if (field.kind !== 'combobox' || target.el.localName === 'input' || target.el.localName === 'textarea') return false;
  return matchOption(options, options.map(() => null), '') < 0;
}

function build(raw: Raw, visibility: Visibility, refOf: (el: Element) => string): FieldHandle {
  const { el, kind } = raw;
  const members = raw.members ?? [el];
  let label: string;
  if (raw.unreachable) {
    // Only what the host itself says: text around it belongs to other things, and its inside is closed.
    label = accessibleName(el, visibility) || cleanLabel(el.getAttribute('label') ?? el.getAttribute('title') ?? '') || el.localName;
  } else if (kind === 'radio') {
    label = radioGroupLabel(members, visibility, raw.group);
  } else {
    const contentIsValue = kind === 'combobox' && el.localName !== 'input' && roleOf(el) !== 'listbox';
    label = controlLabel(el, visibility, !contentIsValue);
    if (kind === 'checkbox') {
      // Several checkboxes under one legend: the legend is part of what the person reads.
      const fieldset = el.parentElement?.closest('fieldset');
      const legend = fieldset ? legendLabel(el, visibility) : '';
      const boxes = fieldset ? fieldset.querySelectorAll('input[type=checkbox], [role=checkbox]').length : 0;
      if (legend && boxes > 1 && label && label !== legend) label = `${legend} — ${label}`;
      else if (!label) label = legend;
    }
  }

  const field: ScannedField = {
    key: raw.prefix + baseKey(raw, label, refOf),
    label,
    kind,
    value: raw.unreachable ? '' : readFieldValue(raw, visibility),
  };
  if (!raw.unreachable) {
    const options = fieldOptions(raw, visibility);
    if (options) field.options = options;
    if (members.some(isRequired)) field.required = true;
    if (members.every(isDisabled)) field.disabled = true;
    if (isReadonly(el) && !isDisplayInput(el, kind)) field.readonly = true;
    if (kind === 'number') {
      const min = numberAttr(el, 'min') ?? numberAttr(el, 'aria-valuemin');
      const max = numberAttr(el, 'max') ?? numberAttr(el, 'aria-valuemax');
      if (min !== undefined) field.min = min;
      if (max !== undefined) field.max = max;
    }
    const maxLength = numberAttr(el, 'maxlength');
    if (maxLength !== undefined && maxLength > 0) field.maxLength = maxLength;
    if (hasNoEmptyChoice(raw, field)) field.noEmptyChoice = true;
  } else field.unreachable = raw.unreachable;

  const hidden = members.every((m) => isControlHidden(m, visibility));
  return { el, kind, members: raw.members, field, hidden, inClosedRoot: raw.inClosedRoot };
}

/**
 * The fields a person can fill on this page: every visible control with its label, kind, current value and
 * options. Keys are stable for the same page (id, name, label or position, never scan order alone) and
 * unique. Open shadow roots are scanned, nested ones too; a widget inside a closed shadow root is reported with
 * `unreachable: 'closed-shadow-root'` unless `options.openShadowRoot` can open it. Iframes are not entered:
 * the content script runs in every frame and scans its own document.
 *
 * @example
 * scanFields(document).find((f) => f.label === 'Saturatie (%)'); // { key: '#meting_spo2', kind: 'number', … }
 */
export function scanFields(doc: Document, options?: ScanOptions): ScannedField[] {
  return collectFields(doc, options)
    .handles.filter((h) => !h.hidden)
    .map((h) => h.field);
}

let lookupCache: { doc: Document; at: number; handles: FieldHandle[] } | null = null;

/**
 * The element of a scanned field (the first radio of a group), or null. Repeated look-ups within half a
 * second reuse one scan.
 */
export function findFieldElement(doc: Document, key: string, options?: ScanOptions): Element | null {
  const now = Date.now();
  const fresh =
    lookupCache && lookupCache.doc === doc && now - lookupCache.at < 500 && lookupCache.handles.every((h) => h.el.isConnected);
  if (!fresh) lookupCache = { doc, at: now, handles: collectFields(doc, options).handles };
  return lookupCache!.handles.find((h) => h.field.key === key)?.el ?? null;
}
