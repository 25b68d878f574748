export const FIELD_KINDS: readonly ['text', 'number', 'select', 'radio', 'checkbox', 'textarea'];
export const LABEL_STYLES: readonly ['for', 'wrapping', 'aria-label', 'aria-labelledby', 'table-cell', 'placeholder'];
export interface GeneratedField {
  kind: (typeof FIELD_KINDS)[number];
  label: string;
  /** One of LABEL_STYLES, or 'fieldset' for radio groups. */
  style: string;
}
/** A page with one form of `count` logical fields (a radio group is one field), deterministic for `seed`. */
export function generateForm(count: number, seed?: number): { html: string; fields: GeneratedField[] };
