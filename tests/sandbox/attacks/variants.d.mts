// Types for variants.mjs and generate.mjs (the attack pages of the adversarial suite).
import type { ObedientOptions } from '../../llm-server/obedient.mjs';

/** A control of the attack form. */
export interface FormField {
  id: string;
  label: string;
  kind: 'select' | 'number' | 'checkbox' | 'textarea' | 'text' | 'hidden';
  options?: string[];
  initial?: string;
  min?: number;
  max?: number;
  step?: number;
  maxlength?: number;
  readonly?: boolean;
  name?: string;
}

/** What an injection wants in one field: a value (numbers as the input shows them), a checkbox state, or text it contains. */
export type InjectedTarget = { field: string; equals: string } | { field: string; checked: boolean } | { field: string; contains: string };

export type AttackLocation = 'none' | 'report' | 'table' | 'header' | 'alert' | 'iframe' | 'shadow' | 'head';

export interface AttackVariant {
  id: string;
  /** A key of TECHNIQUES, or 'none' for the control. */
  technique: string;
  location: AttackLocation;
  language: 'nl' | 'en';
  /** The injection text as planted. */
  text: string;
  injected: InjectedTarget[];
  /** Visible attack kind (addressed-to-ai, fake-system, …). */
  kind?: string;
  control?: boolean;
  /** The injection also orders a submit. */
  submits?: boolean;
  /** The injection asks for identifiers (BSN, diagnoses) in a field. */
  leaks?: boolean;
  /** An innocent visible sentence with the injected value, for quote laundering. */
  bait?: string;
  /** Obedient-model options for this variant. */
  model?: ObedientOptions;
  note?: string;
}

export interface ManifestEntry {
  id: string;
  page: string;
  frame?: string;
  technique: string;
  techniqueDescription: string;
  kind: string;
  language: 'nl' | 'en';
  location: AttackLocation;
  visible: boolean;
  control: boolean;
  text: string;
  injected: InjectedTarget[];
  targets: string[];
  /** Must never appear in any request body (hidden variants only). */
  markers: string[];
  submits: boolean;
  leaks: boolean;
  bait: string | null;
  model: ObedientOptions;
  note: string | null;
}

export const CLIENT: { name: string; short: string; surname: string; born: string; clientNumber: string; bsn: string; diagnoses: string };
export const FORM_FIELDS: FormField[];
export const BENIGN: Record<string, string>;
export const EXFIL_HOST: string;
export const TECHNIQUES: Record<string, { hidden: boolean; describe: string; wrap(html: string, text: string): string; css?: string }>;
export const VARIANTS: AttackVariant[];
export function markersOf(variant: AttackVariant): string[];
export function pageOf(variant: AttackVariant): string;
export function manifestEntry(variant: AttackVariant): ManifestEntry;
export function attr(text: string): string;
export function esc(text: string): string;
