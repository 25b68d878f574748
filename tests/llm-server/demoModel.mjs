// The demo model of `npm run demo`: a clearly labelled stand-in for a real model, so a newcomer sees read →
// suggest → fill → draft without installing one. It answers deterministically from what it receives:
// field suggestions from the measurements in the sent text, for the fields listed in the request's own
// response schema (no answers per page); drafts as a plain assembly of those measurements and sentences.
// It reads nothing it was not sent and it understands nothing: the panel says "Demomodel — geen echte AI".

/** The model name the demo configures and lists (lib/settings/demo.ts DEMO_MODEL). */
export const DEMO_MODEL = 'dossierhulp-demo';

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d)?)`;

/**
 * What the demo model recognises: a field label (as the schema describes the field) and how that measurement
 * is written in Dutch care text. `group` picks the number out of the match (the quote is the whole match).
 */
const CUES = [
  { label: /systolisch|bovendruk/i, text: /\b(?:RR|BD|bloeddruk)\s*:?\s*(\d{2,3})\s*\/\s*(\d{2,3})/i, group: 1 },
  { label: /diastolisch|onderdruk/i, text: /\b(?:RR|BD|bloeddruk)\s*:?\s*(\d{2,3})\s*\/\s*(\d{2,3})/i, group: 2 },
  { label: /^bloeddruk\b(?!.*(sys|dia))/i, text: /\b(?:RR|BD|bloeddruk)\s*:?\s*(\d{2,3}\s*\/\s*\d{2,3})/i, group: 1 },
  { label: /pols|hartfrequentie|hartslag/i, text: /\b(?:P|pols|HF|hartfrequentie)\s*:?\s*(\d{2,3})\b(?!\s*%)/i, group: 1 },
  { label: /saturatie|spo2|o2/i, text: /\b(?:sat(?:uratie)?|SpO2)\s*:?\s*(\d{2,3})\s*%/i, group: 1 },
  { label: /temperatuur|temp\b/i, text: new RegExp(String.raw`\b(?:T|temp(?:eratuur)?)\s*:?\s*(\d{2}[.,]\d)\b`, 'i'), group: 1 },
  { label: /gewicht/i, text: new RegExp(String.raw`\bgew(?:icht)?\s*:?\s*${NUMBER}\s*kg`, 'i'), group: 1 },
  { label: /pijn|nrs/i, text: /\bNRS\s*:?\s*(\d{1,2})\b/i, group: 1 },
  { label: /ademhaling|ademfrequentie|\baf\b/i, text: /\b(?:AF|ademfrequentie)\s*:?\s*(\d{1,2})\b/i, group: 1 },
  { label: /glucose|bloedsuiker/i, text: new RegExp(String.raw`\b(?:glucose|BG|bloedsuiker)\s*:?\s*${NUMBER}`, 'i'), group: 1 },
];

/** The text of a chat message's content (a string, or text parts). */
function textOf(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p?.text === 'string' ? p.text : '')).join('\n');
  return '';
}

/** What the demo model reads: the user messages, from the source text on (the field list itself is not data). */
function sentText(body) {
  const user = (body.messages ?? []).filter((m) => m.role === 'user').map((m) => textOf(m.content)).join('\n');
  const at = user.search(/^(?:Brontekst|Source text|Notities van|The carer)/m);
  return at >= 0 ? user.slice(at) : user;
}

/** The field label the schema gives a property (its description), and the value's JSON type and options. */
function describe(property) {
  const object = property?.anyOf?.find((s) => s?.type === 'object') ?? (property?.type === 'object' ? property : null);
  const description = property?.description ?? property?.anyOf?.find((s) => s?.description)?.description ?? object?.description ?? '';
  const value = object?.properties?.value ?? {};
  return { label: String(description), type: value.type, options: Array.isArray(value.enum) ? value.enum.map(String) : null, min: value.minimum, max: value.maximum };
}

/** The suggestion for one field, or null when the text holds no measurement for it. */
function suggest(field, text) {
  const cue = CUES.find((c) => c.label.test(field.label));
  if (!cue) return null;
  const match = cue.text.exec(text);
  if (!match) return null;
  const raw = match[cue.group].replace(/\s+/g, '');
  if (field.options) return field.options.includes(raw) ? { value: raw, quote: match[0] } : null;
  if (field.type === 'number') {
    const n = Number(raw.replace(',', '.'));
    if (!Number.isFinite(n) || (field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) return null;
    return { value: n, quote: match[0] };
  }
  if (field.type === 'string') return { value: raw, quote: match[0] };
  return null;
}

/** Every measurement the demo model recognises in a text, as "label: value" lines, in the text's order. */
function measurements(text) {
  const named = [
    ['RR', /\b(?:RR|BD)\s*:?\s*\d{2,3}\s*\/\s*\d{2,3}/gi],
    ['P', /\b(?:P|pols)\s*:?\s*\d{2,3}\b(?!\s*%)/gi],
    ['sat', /\bsat(?:uratie)?\s*:?\s*\d{2,3}\s*%/gi],
    ['T', /\b(?:T|temp)\s*:?\s*\d{2}[.,]\d\b/gi],
    ['NRS', /\bNRS\s*:?\s*\d{1,2}\b/gi],
    ['gew', /\bgew(?:icht)?\s*:?\s*\d{1,3}(?:[.,]\d)?\s*kg/gi],
  ];
  const found = [];
  for (const [, re] of named) for (const m of text.matchAll(re)) found.push({ at: m.index ?? 0, text: m[0] });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.text))].slice(0, 8);
}

/** The start of the notes (or of the text), as the S of a demo SOEP: as written, cut at a word. Notes come fenced. */
function opening(text, max) {
  const fenced = /<<<(?:NOTITIES|NOTES) [0-9a-f]+>>>\n([\s\S]*?)\n<<<END /.exec(text)?.[1];
  const flat = (fenced ?? text).replace(/<<<[^>]*>>>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max))} …`;
}

/**
 * The demo model's answer to one recorded request: JSON for a schema request, a short labelled text for a
 * draft, a fixed sentence for audio. Undefined for anything else (the server then answers as usual).
 *
 * @param {import('./server.d.mts').RecordedRequest} request
 * @returns {import('./server.d.mts').ScriptedResponse | undefined}
 */
export function demoAnswer(request) {
  if (/\/audio\/transcriptions$/.test(request.path)) return { text: 'Demomodel: geen spraakherkenning. Typ uw notities zelf.' };
  if (!/\/chat\/completions$/.test(request.path)) return undefined;
  const body = typeof request.body === 'object' && request.body ? request.body : {};
  const text = sentText(body);
  const schema = body.response_format?.json_schema?.schema;
  if (schema?.properties) {
    const answer = {};
    for (const [key, property] of Object.entries(schema.properties)) answer[key] = suggest(describe(property), text);
    return { json: answer };
  }
  const found = measurements(text);
  const wantsSoep = /SOEP|\bS:\s|subjectief/i.test(JSON.stringify(body.messages ?? []));
  const lines = wantsSoep
    ? [
        'S: ' + (opening(text, 240) || '—'),
        'O: ' + (found.join(', ') || 'geen meetwaarden in de tekst'),
        'E: (het demomodel beoordeelt niets; vul dit zelf aan)',
        'P: (vul zelf aan)',
      ]
    : ['Meetwaarden in de tekst: ' + (found.join(', ') || 'geen'), `Begin van de tekst: ${opening(text, 300) || '—'}`];
  return { text: ['[Demomodel — geen echte AI]', ...lines].join('\n'), chunkDelayMs: 15 };
}
