import { fire, setNative, settle } from './fillEvents';
import { isChecked } from './fieldValue';
import { Refusal, safeClick } from './fillRefusal';

/**
 * Back to "nothing chosen" in a radio group. A click cannot uncheck a radio, and frameworks take the choice
 * from their own model, not from `checked`. So the group is first given the choice "nothing": another option
 * is clicked while its value reads '' — a framework that takes the value from the element (React, MUI) then
 * holds '' and unchecks every option itself. When the page keeps an option checked after that, the filled
 * option is clicked again (the page is never left on an option nobody chose) and the radios are unchecked
 * directly, which is all a page without a framework needs.
 * ARIA radios (no input to uncheck) are refused: say what the field holds instead.
 */
export async function clearRadios(doc: Document, members: Element[]): Promise<void> {
  const checked = members.find(isChecked);
  if (!checked) return;
  if (members.some((m) => m.localName !== 'input')) throw new Refusal('invalid-value');
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
    if (!members.some(isChecked)) return;
    // The page did not take "nothing": put the filled choice back before anything else.
    if (!isChecked(checked)) {
      safeClick(checked);
      await settle(doc);
    }
    // A page that re-rendered on the click keeps the choice in a model of its own (Vue, Angular): unchecking
    // the radios would only hide that choice. Say that it cannot go back to "nothing chosen".
    if (framework) throw new Refusal('invalid-value');
  }
  for (const m of members) {
    if (!(m as HTMLInputElement).checked) continue;
    setNative(m as HTMLInputElement, 'checked', false);
    fire(m, 'input');
    fire(m, 'change');
  }
}

/**
 * Whether the page re-rendered around the radios on a click (a class, an attribute, a node changed): a plain
 * radio changes nothing in the DOM when clicked, a framework's radio (Element Plus, Angular Material) does.
 * Our own change of `value` on `ours` does not count.
 */
function watchReactions(members: Element[], ours: Element): () => boolean {
  const win = members[0]?.ownerDocument.defaultView;
  if (!win?.MutationObserver) return () => false;
  let root: Element | null = members[0]!.parentElement;
  while (root && !members.every((m) => root!.contains(m))) root = root.parentElement;
  if (!root) return () => false;
  const observer = new win.MutationObserver(() => undefined);
  observer.observe(root.parentElement ?? root, { attributes: true, childList: true, subtree: true, characterData: true });
  return () => {
    const records = observer.takeRecords();
    observer.disconnect();
    return records.some((r) => !(r.target === ours && r.attributeName === 'value'));
  };
}
