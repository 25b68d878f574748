import { wouldSubmitOrNavigate, pressAndClick } from './fillEvents';
import { foldForMatch } from '../dutch';
import { meansNoChoice } from './fieldValue';
import type { FillErrorCode } from './types';

/** A fill that is refused or cannot be done, with the code the panel translates. */
export class Refusal extends Error {
  constructor(readonly code: FillErrorCode) {
    super(code);
  }
}


/** Index of the option a value means: same text (case, accents, spaces ignored), same value, or one unique prefix. */
export function matchOption(texts: string[], values: (string | null)[], wanted: string): number {
  const w = foldForMatch(wanted);
  if (!w) {
    const empty = texts.findIndex((t, k) => foldForMatch(t) === '' || values[k] === '');
    return empty >= 0 ? empty : texts.findIndex(meansNoChoice);
  }
  let index = texts.findIndex((t) => foldForMatch(t) === w);
  if (index >= 0) return index;
  index = values.findIndex((v) => v !== null && v !== '' && foldForMatch(v) === w);
  if (index >= 0) return index;
  if (w.length < 3) return -1;
  const prefixed = texts.map((t, k) => (foldForMatch(t).startsWith(w) ? k : -1)).filter((k) => k >= 0);
  return prefixed.length === 1 ? prefixed[0]! : -1;
}

/** Clicks, unless the click would submit a form or follow a link (then the fill is refused). */
export function safeClick(el: Element, press = false): void {
  if (wouldSubmitOrNavigate(el)) throw new Refusal('unreachable');
  if (press) pressAndClick(el);
  else (el as HTMLElement).click();
}
