import { blurElement, fire, focusElement, settle, waitFor } from './fillEvents';
import { editorText } from './fieldValue';
import { collapseWhitespace } from '../dutch';

const same = (a: string, b: string) => collapseWhitespace(a) === collapseWhitespace(b);

/**
 * Replaces an editor's content: select all → execCommand('insertText'), else the beforeinput/input path.
 * Editors (ProseMirror, Quill, Lexical) may apply the command a moment later, from their own model: the
 * editor is given that moment before anything else is tried, and once it has changed its content the
 * fallback never runs (it would insert the text a second time).
 */
export async function fillEditor(doc: Document, el: HTMLElement, text: string): Promise<void> {
  const before = editorText(el);
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
  if (done) {
    const settled = await waitFor(() => (same(editorText(el), text) ? true : null), 400);
    if (settled || editorText(el) !== before) {
      blurElement(el);
      return;
    }
  } else await settle(doc);
  if (!same(editorText(el), text)) {
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
