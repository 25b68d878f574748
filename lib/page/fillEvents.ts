/**
 * Low-level input the way frameworks expect it. Values go through the prototype setter of the element's own
 * window, so React's value tracker (visible in the page's world and in tests) sees a change; events bubble.
 * Nothing here presses Enter or clicks anything that submits a form.
 */

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function viewOf(el: Element): (Window & typeof globalThis) | null {
  return el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
}

function protoOf(el: Element): object | undefined {
  const win = viewOf(el);
  if (!win) return undefined;
  if (el.localName === 'textarea') return win.HTMLTextAreaElement?.prototype;
  if (el.localName === 'select') return win.HTMLSelectElement?.prototype;
  return win.HTMLInputElement?.prototype;
}

/** Sets a property through the prototype setter (not the instance), e.g. value or checked. */
export function setNative(el: ValueElement, property: 'value' | 'checked' | 'selectedIndex', value: unknown): void {
  const proto = protoOf(el);
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, property)?.set : undefined;
  if (setter) setter.call(el, value);
  else (el as unknown as Record<string, unknown>)[property] = value;
}

/** Dispatches a bubbling event built with the element's own window (jsdom and isolated worlds need that). */
export function fire(el: Element, type: string, init: { inputType?: string; data?: string | null; cancelable?: boolean } = {}): boolean {
  const win = viewOf(el);
  const isInput = type === 'input' || type === 'beforeinput';
  let event: Event;
  if (isInput && win?.InputEvent) {
    event = new win.InputEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: init.cancelable ?? type === 'beforeinput',
      inputType: init.inputType ?? 'insertReplacementText',
      data: init.data ?? null,
    });
  } else {
    const EventCtor = win?.Event ?? Event;
    event = new EventCtor(type, { bubbles: true, composed: isInput, cancelable: init.cancelable ?? false });
  }
  return el.dispatchEvent(event);
}

/** A keydown/keyup pair; synthetic keys have no default action, so this cannot submit anything. */
export function pressKey(el: Element, key: string): void {
  const win = viewOf(el);
  const Ctor = win?.KeyboardEvent;
  if (!Ctor) return;
  for (const type of ['keydown', 'keyup']) {
    el.dispatchEvent(new Ctor(type, { key, code: key, bubbles: true, cancelable: true, composed: true }));
  }
}

/** True when clicking the element (or the button around it) would submit a form or follow a link. */
export function wouldSubmitOrNavigate(el: Element): boolean {
  const button = el.closest('button, input[type=submit], input[type=image]');
  if (button) {
    if (button.localName === 'input') return true;
    const type = (button.getAttribute('type') ?? 'submit').toLowerCase();
    if (type === 'submit' && ((button as HTMLButtonElement).form || button.hasAttribute('form'))) return true;
  }
  const link = el.closest('a[href]');
  const href = link?.getAttribute('href') ?? '';
  return !!link && href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** A pointer press and click, like a person's click: many widgets open or pick on pointerdown/mousedown. */
export function pressAndClick(el: Element): void {
  const win = viewOf(el);
  const Mouse = win?.MouseEvent ?? MouseEvent;
  const Pointer = (win as unknown as { PointerEvent?: typeof MouseEvent } | null)?.PointerEvent ?? Mouse;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1 };
  el.dispatchEvent(new Pointer('pointerdown', init));
  el.dispatchEvent(new Mouse('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', { ...init, buttons: 0 }));
  el.dispatchEvent(new Mouse('mouseup', { ...init, buttons: 0 }));
  (el as HTMLElement).click();
}

export function focusElement(el: Element): void {
  try {
    (el as HTMLElement).focus?.({ preventScroll: true });
  } catch {
    /* not focusable */
  }
}

export function blurElement(el: Element): void {
  (el as HTMLElement).blur?.();
}

/** Types a whole value: focus → prototype setter → input → change → blur. */
export function typeValue(el: ValueElement, value: string): void {
  focusElement(el);
  setNative(el, 'value', value);
  fire(el, 'input', { data: value });
  fire(el, 'change');
  blurElement(el);
}

/** Lets the page react: a macrotask, then an animation frame when frames run (capped, background tabs pause them). */
export async function settle(doc: Document): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const win = doc.defaultView;
  if (win?.requestAnimationFrame && doc.visibilityState !== 'hidden') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 50);
      win.requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Polls `find` every 25 ms until it answers or `ms` have passed. */
export async function waitFor<T>(find: () => T | null, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found || Date.now() >= until) return found;
    await new Promise<void>((resolve) => setTimeout(resolve, 25));
  }
}

/** Moves the pointer over an element, as a person does before a widget shows its clear button. */
export function hover(el: Element): void {
  const win = viewOf(el);
  const Mouse = win?.MouseEvent ?? MouseEvent;
  el.dispatchEvent(new Mouse('mouseover', { bubbles: true, composed: true }));
  el.dispatchEvent(new Mouse('mouseenter', { bubbles: false }));
}

/** Blocks form submission during a fill (defence in depth: nothing we do should submit). */
export function guardSubmit(doc: Document): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  win.addEventListener('submit', stop, true);
  return () => win.removeEventListener('submit', stop, true);
}
