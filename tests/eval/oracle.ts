import type { RecordedRequest, ScriptedResponse } from '../llm-server/server.mjs';
import type { EvalCase, ExpectedValue } from './evalCase';
import { isEmptyAnswer, labelKey } from './scoreField';

/** A deliberate error of the oracle for one field, to prove that scoring and grounding catch it. */
export interface OracleMistake {
  /** Answer this value instead of the expected one. */
  value?: ExpectedValue;
  /** Answer this quote verbatim (e.g. one that is not on the page). */
  quote?: string;
}

export interface OracleOptions {
  evalCase: Pick<EvalCase, 'id' | 'expected' | 'expectedQuotes'>;
  /** The pipeline's restore for this run (prepared.outgoing.restore): maps sent text back to the page. */
  restore: (text: string) => string;
  /** Per field label. */
  mistakes?: Record<string, OracleMistake>;
  /** Told when the oracle cannot give a truthful, quotable answer: the case needs an `expectedQuotes` entry. */
  onProblem?: (label: string, problem: string) => void;
}

interface PropertyInfo {
  alias: string;
  label: string;
  value: { type?: string; enum?: string[]; pattern?: string };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{1,2}:\d{2}$/;
const FENCE = /<<<([A-Z]+) ([0-9a-f]{8})>>>\n([\s\S]*?)\n<<<END \1 \2>>>/g;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A test-server handler that plays a perfect model for one case: it reads the field list from the
 * request's JSON schema (each property's description is the field label), answers the case's expected
 * values and quotes the page text as it was sent (pseudonymised), so the pipeline's restore and grounding
 * are exercised for real. Not a model: it knows the answers. Other requests (GET /models) fall through.
 *
 * @example
 * server.setHandler(createOracle({ evalCase, restore: prepared.outgoing.restore }));
 */
export function createOracle(options: OracleOptions): (request: RecordedRequest) => ScriptedResponse | undefined {
  const expected = new Map(Object.entries(options.evalCase.expected).map(([label, value]) => [labelKey(label), value]));
  const quotes = new Map(Object.entries(options.evalCase.expectedQuotes ?? {}).map(([label, quote]) => [labelKey(label), quote]));
  const mistakes = new Map(Object.entries(options.mistakes ?? {}).map(([label, m]) => [labelKey(label), m]));
  return (request) => {
    if (request.method !== 'POST' || !request.path.endsWith('/chat/completions')) return undefined;
    const properties = propertiesOf(request.body);
    if (!properties) return { status: 400, body: { error: { message: 'oracle: request has no json_schema response_format', type: 'invalid_request_error', code: null } } };
    const source = new SentSource(sourceTextOf(request.body), options.restore);
    const answer: Record<string, { value: unknown; quote: string } | null> = {};
    for (const property of properties) {
      const key = labelKey(property.label);
      const mistake = mistakes.get(key);
      const want = mistake?.value !== undefined ? mistake.value : expected.get(key);
      // "Unticked" needs evidence to be said out loud (e.g. "rookt niet"); without it a model says nothing.
      const unsaid = want === false && mistake?.quote === undefined && !quotes.has(key);
      if (want === undefined || unsaid || (isEmptyAnswer(want) && want !== false)) {
        answer[property.alias] = null;
        continue;
      }
      const value = typedValue(property, want, source);
      if (value === undefined) {
        options.onProblem?.(property.label, `cannot express ${JSON.stringify(want)} as ${describe(property)}`);
        answer[property.alias] = null;
        continue;
      }
      let quote = mistake?.quote;
      if (quote === undefined) {
        const given = quotes.get(key);
        quote = given !== undefined ? source.toSent(given) : source.smallestUnitContaining(needlesFor(want));
        if (quote === undefined) {
          options.onProblem?.(
            property.label,
            given !== undefined ? `expectedQuotes text not in the sent page text: ${JSON.stringify(given)}` : `no line of the page text contains ${JSON.stringify(want)}; add it to expectedQuotes`,
          );
          quote = '';
        }
      }
      answer[property.alias] = { value, quote };
    }
    return { json: answer };
  };
}

/** The field list of a structured-output request, or null when the request has none. */
function propertiesOf(body: unknown): PropertyInfo[] | null {
  const schema = (body as { response_format?: { json_schema?: { schema?: { properties?: Record<string, unknown> } } } } | null)?.response_format?.json_schema?.schema;
  if (!schema?.properties) return null;
  return Object.entries(schema.properties).map(([alias, raw]) => {
    const p = raw as { description?: string; anyOf?: { type?: string; properties?: { value?: PropertyInfo['value'] } }[] };
    const entry = p.anyOf?.find((a) => a.type === 'object');
    return { alias, label: p.description ?? alias, value: entry?.properties?.value ?? {} };
  });
}

/** The fenced data blocks of the user message (page text and notes), as they went over the wire. */
function sourceTextOf(body: unknown): string {
  const messages = (body as { messages?: { role: string; content: unknown }[] } | null)?.messages ?? [];
  const text = messages
    .filter((m) => m.role === 'user')
    .map((m) => (typeof m.content === 'string' ? m.content : Array.isArray(m.content) ? m.content.map((p: { text?: string }) => p.text ?? '').join('\n') : ''))
    .join('\n');
  const blocks = [...text.matchAll(FENCE)].map((m) => m[3] ?? '');
  // If the fence format ever changes, the whole message still holds the page text.
  return blocks.length > 0 ? blocks.join('\n') : text;
}

/** The expected value in the type the schema asks for, as a model would write it about the sent text. */
function typedValue(property: PropertyInfo, want: ExpectedValue, source: SentSource): unknown {
  const { type, enum: options, pattern } = property.value;
  if (type === 'boolean') return typeof want === 'boolean' ? want : /^(ja|true|yes)$/i.test(String(want).trim()) ? true : /^(nee|false|no)$/i.test(String(want).trim()) ? false : undefined;
  if (type === 'number') {
    const n = typeof want === 'number' ? want : Number(String(want).trim().replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  const text = String(want);
  if (options) return options.find((o) => o === text) ?? options.find((o) => labelKey(o) === labelKey(text));
  if (pattern?.includes('\\d{4}') && ISO_DATE.test(text)) return source.shiftedDate(text);
  return source.toSent(text) ?? text;
}

function describe(property: PropertyInfo): string {
  const v = property.value;
  return v.enum ? `one of ${JSON.stringify(v.enum)}` : (v.type ?? 'value');
}

/** Patterns that find a value in page text written the way carers write it. */
function needlesFor(value: ExpectedValue): RegExp[] {
  if (value === null || typeof value === 'boolean') return [];
  const text = String(value).trim();
  const number = /^[-+]?(\d+)(?:[.,](\d+))?$/.exec(text);
  if (number) {
    const [, whole, fraction] = number;
    return [new RegExp(`(?<![\\d.,])${whole}${fraction ? `[.,]${fraction}` : ''}(?![\\d]|[.,]\\d)`)];
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const [, y, m, d] = iso as unknown as [string, string, string, string];
    const day = String(Number(d));
    const month = String(Number(m));
    return [
      new RegExp(`(?<!\\d)0?${day}[-/.]0?${month}[-/.](?:${y}|${y.slice(2)})(?!\\d)`),
      new RegExp(`(?<!\\d)0?${day} ${MONTHS[Number(m) - 1]}(?: ${y})?`, 'i'),
      new RegExp(text),
    ];
  }
  if (TIME.test(text)) {
    const [h, min] = text.split(':') as [string, string];
    return [new RegExp(`(?<!\\d)0?${Number(h)}[:.]${min}(?!\\d)`)];
  }
  return [new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'i')];
}

/**
 * The sent (pseudonymised) page text, line by line with each line's restored form. Pseudonymisation only
 * replaces spans inside lines, so a piece of the page maps to the sent text through its line.
 */
interface SentLine {
  sent: string;
  original: string;
}

class SentSource {
  private readonly lines: SentLine[];

  constructor(
    readonly text: string,
    private readonly restore: (s: string) => string,
  ) {
    this.lines = text.split('\n').map((sent) => ({ sent, original: restore(sent) }));
  }

  /** The sent form of a piece of page text, or undefined when it is not in the sent text. */
  toSent(original: string): string | undefined {
    for (const line of this.lines) {
      const at = line.original.indexOf(original);
      if (at >= 0) return this.slice(line, at, at + original.length);
    }
    const folded = original.toLocaleLowerCase('nl');
    for (const line of this.lines) {
      const at = line.original.toLocaleLowerCase('nl').indexOf(folded);
      if (at >= 0) return this.slice(line, at, at + original.length);
    }
    return undefined;
  }

  /** The shortest sentence or line (sent form) whose original contains one of the patterns. */
  smallestUnitContaining(needles: RegExp[]): string | undefined {
    let best: { line: SentLine; start: number; end: number } | undefined;
    for (const line of this.lines) {
      for (const unit of units(line.original)) {
        const piece = line.original.slice(unit.start, unit.end);
        if (!needles.some((n) => n.test(piece))) continue;
        if (!best || unit.end - unit.start < best.end - best.start) best = { line, ...unit };
      }
    }
    return best ? this.slice(best.line, best.start, best.end) : undefined;
  }

  /**
   * The date a model would write for an expected page date: shifted like the sent text, so restore undoes it.
   * Restore only maps back dates the session sent (lib/privacy README), so the shifted date is the one that
   * restores to `iso`; a date that was not shifted restores to itself and is returned as it is.
   */
  shiftedDate(iso: string): string {
    const base = Date.parse(`${iso}T00:00:00Z`);
    for (let days = 1; days <= 800; days++) {
      for (const sign of [-1, 1]) {
        const candidate = new Date(base + sign * days * 86_400_000).toISOString().slice(0, 10);
        if (this.restore(candidate) === iso) return candidate;
      }
    }
    return iso;
  }

  /**
   * Sent text for original[start, end) of one line: offsets are carried over through prefixes whose
   * restored form is a prefix of the original line (entity boundaries); a cut inside a placeholder
   * widens to the whole placeholder.
   */
  private slice(line: SentLine, start: number, end: number): string {
    if (line.sent === line.original) return line.sent.slice(start, end).trim();
    const toSent = new Map<number, number>();
    for (let i = 0; i <= line.sent.length; i++) {
      const restored = this.restore(line.sent.slice(0, i));
      if (line.original.startsWith(restored) && !toSent.has(restored.length)) toSent.set(restored.length, i);
    }
    const known = [...toSent.keys()].sort((a, b) => a - b);
    const from = known.filter((k) => k <= start).pop() ?? 0;
    const to = known.find((k) => k >= end) ?? line.original.length;
    return line.sent.slice(toSent.get(from) ?? 0, toSent.get(to) ?? line.sent.length).trim();
  }
}

/** Sentences of a line (split after . ! ? ; followed by a space) and the line itself, as offsets. */
function units(line: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of line.matchAll(/[.!?;](?=\s)/g)) {
    out.push(trimmed(line, start, m.index + 1));
    start = m.index + 1;
  }
  out.push(trimmed(line, start, line.length));
  if (out.length > 1) out.push(trimmed(line, 0, line.length));
  return out.filter((u) => u.end > u.start);
}

function trimmed(line: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { start, end };
}
