/**
 * Back to "nothing chosen" where the page offers no way to it (a Vue radio group, a list button without an
 * empty option): the framework's own setter of the bound value is called with null. A person cannot do this
 * either, but an undo has to: the value was put there by us.
 *
 * - Vue: the element's v-model assigner (Vue ≥ 3.4 keeps it under a symbol named `_assign`, older versions
 *   under `_assign`): the same function Vue calls on a change event.
 * - React: the nearest component above the element whose props hold the shown value and an onChange: the
 *   controlled component's own callback, as its own clear button would call it.
 *
 * Frameworks keep these on the page's JavaScript objects, which the extension's isolated world cannot see:
 * the content script marks the element (data-dossierhulp-clear) and the background runs this function in
 * the page's world (scripting.executeScript, world MAIN). So it is self-contained: no imports, no closures.
 * It gets no patient data: a marker and the value the page already shows. Whether it worked is decided by
 * reading the field back afterwards, never by its answer alone.
 */
export function clearModelChoice(target: Element | string, shown: string): boolean {
  // By attribute value, compared as text: the marker never goes into a selector.
  const find = (root: Document | ShadowRoot, marker: string): Element | null => {
    const hit = Array.from(root.querySelectorAll('[data-dossierhulp-clear]')).find((e) => e.getAttribute('data-dossierhulp-clear') === marker);
    if (hit) return hit;
    for (const host of Array.from(root.querySelectorAll('*'))) {
      const inner = host.shadowRoot ? find(host.shadowRoot, marker) : null;
      if (inner) return inner;
    }
    return null;
  };
  const el = typeof target === 'string' ? find(document, target) : target;
  if (!el) return false;
  const fold = (s: unknown) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const holdsShown = (v: unknown): boolean => {
    if (typeof v === 'string' || typeof v === 'number') return fold(v) === fold(shown);
    return !!v && typeof v === 'object' && !Array.isArray(v) && 'label' in v && fold((v as { label: unknown }).label) === fold(shown);
  };
  const own = el as unknown as Record<string | symbol, unknown>;
  const assignKey = Object.getOwnPropertySymbols(el).find((s) => s.description === '_assign');
  const assign = assignKey ? own[assignKey] : own._assign;
  if (typeof assign === 'function') {
    assign(null);
    return true;
  }
  const fiberKey = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  type Fiber = { type?: unknown; memoizedProps?: Record<string, unknown> | null; return?: Fiber | null };
  let fiber = (fiberKey ? own[fiberKey] : null) as Fiber | null;
  for (let depth = 0; fiber && depth < 40; depth++, fiber = fiber.return ?? null) {
    const props = fiber.memoizedProps;
    // Components only: an element's own onChange (an <input>'s) expects an event, not a value.
    const isComponent = typeof fiber.type === 'function' || (!!fiber.type && typeof fiber.type === 'object');
    if (isComponent && props && typeof props === 'object' && typeof props.onChange === 'function' && holdsShown(props.value)) {
      (props.onChange as (v: null) => void)(null);
      return true;
    }
  }
  return false;
}

/**
 * Runs clearModelChoice in the page's world for one element; true when a framework setter was called. In the
 * extension this goes through the background; lib/page running in the page's own world calls it directly.
 */
export type ClearInPageWorld = (el: Element, shown: string) => Promise<boolean>;

/** For lib/page running in the page's own world: the framework's objects are right there. */
export const clearDirectly: ClearInPageWorld = async (el, shown) => clearModelChoice(el, shown);
