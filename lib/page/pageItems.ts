import type { PageModel } from './pageModel';

export type AlertKind = 'allergie' | 'wilsverklaring' | 'overig';

/** What readPage found, before it becomes blocks, views and text. */
export type PageItem =
  | { kind: 'header'; ref: string; text: string }
  | { kind: 'alert'; ref: string; text: string; alertKind: AlertKind }
  | { kind: 'report'; ref: string; text: string; date?: string; author?: string; body: string; tags: string[] }
  | { kind: 'table'; ref: string; caption?: string; rows: string[][] }
  | { kind: 'pair'; ref: string; label: string; value: string }
  | { kind: 'heading' | 'text' | 'narrative'; ref: string; text: string; node: number; listItem?: boolean };

/** Shared state of one read. */
export interface ReadContext {
  model: PageModel;
  refOf(el: Element): string;
  /** Node ref by model index. */
  ref(i: number): string;
}

/** class, id and test id of an element in one string, for naming conventions such as "alert-allergie". */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''}`;
}

export function roleOf(el: Element): string {
  const role = el.getAttribute('role');
  return role ? role.trim().split(/\s+/)[0]!.toLowerCase() : '';
}

export function isHeadingEl(el: Element): boolean {
  return /^h[1-6]$/.test(el.localName) || roleOf(el) === 'heading';
}
