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

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading by tag (h1–h6) or role. */
export function isHeading(model: PageModel, i: number): boolean {
  return HEADING_TAGS.has(model.tag(i)) || model.role(i) === 'heading';
}
