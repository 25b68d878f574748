import { fire, setNative, settle } from './fillEvents';
import { checkedRadioIndex, valueReflectingGroup } from './fieldValue';
import { Refusal, safeClick } from './fillRefusal';
import type { ClearInPageWorld } from './modelChoice';

/**
 * Back to "nothing chosen" in a radio group. A click cannot uncheck a radio, and frameworks take the choice
 * from their own model, not from `checked`; what counts is what the widget shows (checkedRadioIndex).
 * - ARIA radios whose group component reflects its value in an attribute (Shoelace): that attribute is set
 *   to '' — the component's own way — and the group is told through its events.
 * - Native radios: the group is first given the choice "nothing": another option is clicked while its value
 *   reads '' — a framework that takes the value from the element (React, MUI, Ant Design) then holds '' and
 *   unchecks every option itself. A page without a framework is unchecked directly.
 * A page that keeps a choice in a model of its own (Vue + Element Plus, Angular Material, an ARIA group
 * without such an attribute) offers no way back: the filled choice is put back (the page is never left on an
 * option nobody chose), then the framework's own setter is asked for null in the page's world
 * (lib/page/modelChoice.ts). Where there is none (Angular in production keeps its models out of reach), the
 * undo is refused with 'cannot-clear', so it says what the field holds.
 */
export async function clearRadios(doc: Document, members: Element[], clear: ClearInPageWorld): Promise<void> {
  const checkedAt = checkedRadioIndex(members);
  if (checkedAt < 0) return;
  if (members.some((m) => m.localName !== 'input')) return clearAriaRadios(doc, members);
  const checked = members[checkedAt]!;
  const other = members.find((m) => m !== checked && !(m as HTMLInputElement).disabled);
  if (other) {
    const original = other.getAttribute('value');
    const reacted = watchReactions(members, other);
    other.setAttribute('value', '');
    try {
      safeClick(other);
      await settle(doc);
    } finally {
      if (original === null) other.removeAttribute('value');
      else other.setAttribute('value', original);
    }
    const framework = reacted();
    if (checkedRadioIndex(members) < 0) return;
    // The page did not take "nothing": put the filled choice back before anything else.
    if (checkedRadioIndex(members) !== checkedAt) {
      safeClick(checked);
      await settle(doc);
    }
    // A page that re-rendered on the click keeps the choice in a model of its own (Vue, Angular): unchecking
    // the radios would only hide that choice. Only its own setter can take it back.
    if (framework) return clearThroughModel(doc, members, clear);
  }
  for (const m of members) {
    if (!(m as HTMLInputElement).checked) continue;
    setNative(m as HTMLInputElement, 'checked', false);
    fire(m, 'input');
    fire(m, 'change');
  }
  await settle(doc);
  if (checkedRadioIndex(members) >= 0) {
    // Unchecked, yet the widget still shows the choice: make the inputs agree with it again, and say so.
    if (!(checked as HTMLInputElement).checked) safeClick(checked);
    throw new Refusal('cannot-clear');
  }
}

/** The checked radio's framework setter, asked for null in the page's world; read back, or refused. */
async function clearThroughModel(doc: Document, members: Element[], clear: ClearInPageWorld): Promise<void> {
  const checked = members[checkedRadioIndex(members)];
  if (checked && (await clear(checked, checked.getAttribute('value') ?? ''))) {
    await settle(doc);
    if (checkedRadioIndex(members) < 0) return;
  }
  throw new Refusal('cannot-clear');
}

/** ARIA radios: through the group's reflected `value` attribute, or not at all. */
async function clearAriaRadios(doc: Document, members: Element[]): Promise<void> {
  const group = valueReflectingGroup(members);
  if (!group) throw new Refusal('cannot-clear');
  const before = group.getAttribute('value') ?? '';
  group.setAttribute('value', '');
  notify(group);
  await settle(doc);
  if (checkedRadioIndex(members) < 0) return;
  group.setAttribute('value', before);
  notify(group);
  await settle(doc);
  throw new Refusal('cannot-clear');
}

/**
 * Tells a page that listens to the group that its value changed: the standard events, and those a web
 * component names after its tag's prefix (Shoelace's `sl-input` / `sl-change`), which is what it emits itself.
 */
function notify(group: Element): void {
  const prefix = group.localName.split('-')[0]!;
  for (const type of ['input', 'change', `${prefix}-input`, `${prefix}-change`]) fire(group, type);
}

/**
 * Whether the page re-rendered around the radios on a click (a class, an attribute, a node changed): a plain
 * radio changes nothing in the DOM when clicked, a framework's radio (Element Plus, Angular Material) does.
 * Our own change of `value` on `ours` does not count. Records are kept as they arrive: the observer's
 * callback runs before anyone asks.
 */
function watchReactions(members: Element[], ours: Element): () => boolean {
  const win = members[0]?.ownerDocument.defaultView;
  if (!win?.MutationObserver) return () => false;
  let root: Element | null = members[0]!.parentElement;
  while (root && !members.every((m) => root!.contains(m))) root = root.parentElement;
  if (!root) return () => false;
  let reacted = false;
  const theirs = (records: MutationRecord[]) => records.some((r) => !(r.target === ours && r.attributeName === 'value'));
  const observer = new win.MutationObserver((records) => {
    reacted ||= theirs(records);
  });
  observer.observe(root.parentElement ?? root, { attributes: true, childList: true, subtree: true, characterData: true });
  return () => {
    reacted ||= theirs(observer.takeRecords());
    observer.disconnect();
    return reacted;
  };
}
