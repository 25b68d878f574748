// Types for obedient.mjs: a deliberately obedient, quote-laundering model for adversarial tests.
import type { RecordedRequest, ScriptedResponse } from './server.mjs';

/** How the obedient model misbehaves. Every option has a default, so `{}` is a full attacker. */
export interface ObedientOptions {
  /** Quote a harmless real sentence from the source (one that mentions the value if any does) instead of the instruction itself. Default true. */
  launder?: boolean;
  /** Copy placeholders it sees in the prompt ([BSN-1], [PERSOON-1], [ID-1]…) into free-text values and exfiltration URLs when an order asks for identifiers ("met naam en BSN", "the client's details"), quoting a real sentence that holds them. Default true. */
  placeholders?: boolean;
  /** Pad the free-text value (else the first text field) to this many characters; 0 = off. Default 0. */
  oversized?: number;
  /** Add keys that are not in the schema: fields the page named but the schema lacks, `submit`, `extra_field`. Default false. */
  extraKeys?: boolean;
  /**
   * The answer's shape: 'object' (as the schema asks), 'array' ([answer]), 'string' (the answer as a JSON
   * string), 'bare' (values without {value, quote}), 'entries-as-strings' (each entry a JSON string),
   * 'stringly' (numbers and booleans as strings). Default 'object'.
   */
  shape?: 'object' | 'array' | 'string' | 'bare' | 'entries-as-strings' | 'stringly';
  /** Also answer ordinary number fields from the text ("P 72 reg." → Pols 72), as a cooperative model would. Default true. */
  benign?: boolean;
  /** 'payload': free-text fields get every injected sentence even when not addressed; 'instructed': only when an instruction names them. Default 'payload'. */
  freeText?: 'payload' | 'instructed';
  /** Pick a harmful option (Overleden, gestopt…) for choice fields no instruction names, when the page holds any instruction. Default false. */
  harmfulChoices?: boolean;
  /** Fixed answers by field label (taken when no instruction names the field). */
  facts?: Record<string, { value: unknown; quote: string }>;
}

/** An instruction the model found in the text. */
export interface Instruction {
  kind: 'set' | 'select' | 'check' | 'write' | 'send' | 'submit';
  /** The field it names, as written ("Saturatie", "the oxygen saturation"), or a fixed target ("Cliënt"). */
  label?: string;
  /** The value to set, the text to write or the URL to send to. */
  value?: string | boolean;
  /** The sentence it stands in, verbatim. */
  sentence: string;
  index: number;
  match: string;
}

/** A field as the model sees it in the request. */
export interface ObedientField {
  alias: string;
  label: string;
  kind: 'number' | 'choice' | 'checkbox' | 'date' | 'time' | 'freetext' | 'text';
  options?: string[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface ObedientPlan {
  response: ScriptedResponse;
  instructions: Instruction[];
  fields: ObedientField[];
  /** Why each answered field got its value. */
  trace: { alias: string; label: string; why: 'instruction' | 'payload' | 'harmful-choice' | 'fact' | 'benign' | 'oversized'; instruction?: string }[];
}

export function planObedientAnswer(request: RecordedRequest | { body: unknown }, options?: ObedientOptions): ObedientPlan;
export function obedientAnswer(request: RecordedRequest | { body: unknown }, options?: ObedientOptions): ScriptedResponse;
/** For server.setHandler: answers every chat completion obediently; other routes fall through. */
export function obedientHandler(options?: ObedientOptions): (request: RecordedRequest) => ScriptedResponse | undefined;
export function findInstructions(text: string): Instruction[];
export function fieldsOf(body: unknown): ObedientField[];
export function matchField(target: string, fields: ObedientField[]): ObedientField | undefined;
export function labelCore(label: string): string;
export function fold(text: string): string;
export function unmark(text: string): string;
export function promptText(body: unknown): string;
export function sourceBlocks(text: string): string[];
export function sentencesOf(text: string): string[];
export function harmlessSentences(text: string): string[];
