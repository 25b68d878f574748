import type { Replacement } from './replacements';

/** A piece of sent text: plain, or a placeholder (with the original it stands for, shown only here). */
export type PreviewSegment = { text: string; replacement?: Replacement };

/** One message of the request as a person reads it. */
export interface PreviewPart {
  role: 'system' | 'user' | 'assistant';
  segments: PreviewSegment[];
}

/** The request behind "Bekijk wat er verstuurd wordt", made readable. */
export interface ReadableRequest {
  /** The messages in the order they are sent. */
  parts: PreviewPart[];
  /** Field labels the answer is asked for (the response schema's property descriptions), in schema order. */
  fields: string[];
  /** The model named in the request. */
  model: string | null;
  /** The body as sent, indented when it is JSON: for "Technische details". */
  raw: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of a chat message's content: a string, or the text parts of an array (images etc. are left out). */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((p) => (isObject(p) && typeof p.text === 'string' ? p.text : ''))
    .filter(Boolean)
    .join('\n');
}

function schemaFields(body: Json): string[] {
  const format = body.response_format;
  const schema = isObject(format) && isObject(format.json_schema) ? format.json_schema.schema : undefined;
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  return Object.entries(properties).map(([key, sub]) => {
    if (!isObject(sub)) return key;
    if (typeof sub.description === 'string') return sub.description;
    const described = Array.isArray(sub.anyOf) ? sub.anyOf.find((s) => isObject(s) && typeof s.description === 'string') : undefined;
    return isObject(described) ? String(described.description) : key;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text into plain pieces and placeholders. A placeholder counts only as a whole token: the shifted
 * date "1-2-2024" is not found inside "11-2-2024".
 *
 * @example segmentText('Mw. [PERSOON-1] viel', reps) // [{ text: 'Mw. ' }, { text: '[PERSOON-1]', replacement }, { text: ' viel' }]
 */
export function segmentText(text: string, replacements: readonly Replacement[]): PreviewSegment[] {
  if (replacements.length === 0 || text === '') return text ? [{ text }] : [];
  const byPlaceholder = new Map(replacements.map((r) => [r.placeholder, r]));
  const alternatives = [...byPlaceholder.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const segments: PreviewSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ text: text.slice(last, at) });
    segments.push({ text: match[0], replacement: byPlaceholder.get(match[0]) });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/**
 * Makes a captured chat request readable: each message's text with every placeholder marked, the fields the
 * answer is asked for, and the raw body for the technical details. A body that is not a chat request
 * (not JSON, another API) gives no parts, only the raw text.
 *
 * @example
 * const view = readableRequest(preview.body, prepared.replacements);
 * view.parts.find((p) => p.role === 'user')?.segments.filter((s) => s.replacement).length // placeholders sent
 */
export function readableRequest(body: string, replacements: readonly Replacement[]): ReadableRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { parts: [], fields: [], model: null, raw: body };
  }
  const raw = JSON.stringify(parsed, null, 2);
  if (!isObject(parsed)) return { parts: [], fields: [], model: null, raw };
  const messages = Array.isArray(parsed.messages) ? parsed.messages : [];
  const parts: PreviewPart[] = messages.flatMap((m): PreviewPart[] => {
    if (!isObject(m)) return [];
    const role = m.role === 'system' || m.role === 'developer' ? 'system' : m.role === 'assistant' ? 'assistant' : 'user';
    const text = contentText(m.content);
    return text ? [{ role, segments: segmentText(text, replacements) }] : [];
  });
  return { parts, fields: schemaFields(parsed), model: typeof parsed.model === 'string' ? parsed.model : null, raw };
}
