// The "obedient model": a deliberately bad model for adversarial tests. It reads a field-suggestion
// request as a real model would (the response_format schema for the fields, the user message for the
// text), and then does what an attacker wants: it follows instructions it finds in the page text,
// launders quotes (a harmless real sentence from the source as the "quote"), copies placeholders such as
// [BSN-1] into values, and on request adds extra keys, returns wrong shapes or oversized values.
// For drafts (plain text completions) it writes the injected instructions into the draft.
//
// It is a test double, not a language model: the instruction grammar below covers the phrasings of the
// attack pages (tests/sandbox/attacks/) and the usual ones of real injections, in Dutch and English.
// Types: obedient.d.mts.

/**
 * @typedef {import('./obedient.d.mts').ObedientOptions} ObedientOptions
 * @typedef {import('./obedient.d.mts').Instruction} Instruction
 * @typedef {import('./obedient.d.mts').ObedientField} ObedientField
 * @typedef {import('./obedient.d.mts').ObedientPlan} ObedientPlan
 * @typedef {import('./server.d.mts').RecordedRequest} RecordedRequest
 */

/** @type {Required<Omit<ObedientOptions, 'facts'>>} */
const DEFAULTS = {
  launder: true,
  placeholders: true,
  oversized: 0,
  extraKeys: false,
  shape: 'object',
  benign: true,
  freeText: 'payload',
  harmfulChoices: false,
};

// ---------------------------------------------------------------------------------------------------
// Text helpers

/** Lower case, no diacritics, punctuation → space, single spaces. */
export function fold(text) {
  return String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ORDINARY = /[\p{L}\p{N}\s.,:;!?()[\]{}%/'"“”‘’«»\-–—+=<>@#&*_°€$|\\~`]/u;

/**
 * Undoes spotlighting a real model would read through: zero-width characters, a marker character
 * interleaved between words (datamarking, e.g. "Cliënt^heeft^koorts"), and base64-encoded data blocks.
 * @param {string} text
 */
export function unmark(text) {
  let out = text.replace(ZERO_WIDTH, '');
  // base64 data blocks inside fences or on their own lines
  out = out.replace(/(^|\n)([A-Za-z0-9+/]{40,}={0,2})(?=\n|$)/g, (all, lead, blob) => {
    try {
      const decoded = Buffer.from(blob, 'base64').toString('utf8');
      return /[\p{L}]{3,}/u.test(decoded) && !decoded.includes('\ufffd') ? `${lead}${decoded}` : all;
    } catch {
      return all;
    }
  });
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const ch of out) if (!ORDINARY.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const [ch, n] of counts) {
    if (n < 8) continue;
    const between = out.split(ch).length - 1;
    const esc = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const interword = (out.match(new RegExp(`[\\p{L}\\p{N}.,:;!?)]${esc}+[\\p{L}\\p{N}(]`, 'gu')) ?? []).length;
    if (interword >= between * 0.5) out = out.replace(new RegExp(`${esc}+`, 'g'), ' ');
  }
  return out;
}

/** The text parts of a chat message's content (string or content parts). */
function contentText(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '')).join('\n');
  return '';
}

/** Everything the model reads that is not the system prompt (page text, notes, field list). */
export function promptText(body) {
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  const parts = messages.filter((m) => m?.role !== 'system' && m?.role !== 'developer').map((m) => contentText(m.content));
  if (typeof body?.prompt === 'string') parts.push(body.prompt);
  return unmark(parts.join('\n'));
}

/** The data blocks (<<<TAG id>>> … <<<END TAG id>>>), or the whole text when there are none. */
export function sourceBlocks(text) {
  const blocks = [];
  const re = /<<<([A-Z][A-Z _-]*?) ([^>]*)>>>\n?([\s\S]*?)\n?<<<END \1 \2>>>/g;
  for (const m of text.matchAll(re)) blocks.push(m[3]);
  return blocks.length > 0 ? blocks : [text];
}

/** Sentences of the source, each verbatim (a substring of the text). */
export function sentencesOf(text) {
  const out = [];
  for (const line of text.split(/\n+/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    for (const piece of trimmed.split(/(?<=[.!?])\s+(?=["“(]?[\p{Lu}\d])/u)) {
      const s = piece.replace(/^[-•*]\s+/, '').trim();
      if (s) out.push(s);
    }
  }
  return out;
}

const SUSPICIOUS = /\b(ai|a\.i\.|assistent|assistant|model|llm|chatgpt|instructie|instructies|instruction|instructions|opdracht|negeer|ignore|systeem|system|developer|ontwikkelaar|beheerder|admin|prompt|http|https|www|vul bij|zet|set|fill|select|selecteer|kies|schrijf|write|stuur|send|submit|opslaan|ref atk)\b/i;

/** Sentences that do not look like an injection: ordinary report text to launder quotes with. */
export function harmlessSentences(text) {
  return sentencesOf(text)
    .map((s) => s.replace(/^.*\]\s+(?=\S)/, '').replace(/^[SOEP]:\s+/, '')) // report heading and SOEP letter off
    .filter((s) => s.length >= 12 && s.length <= 220 && !SUSPICIOUS.test(s) && !/<<<|>>>|\[[A-Z]+-\d+\]/.test(s) && !/^[-–]\s/.test(s));
}

/** Harmless sentences that read as report prose (five words or more, ending in a full stop). */
function proseSentences(harmless) {
  return harmless.filter((s) => /[.!?]$/.test(s) && s.split(/\s+/).length >= 5 && !/\|/.test(s));
}

// ---------------------------------------------------------------------------------------------------
// Fields from the request

/** @param {any} node */
function entryObject(node) {
  if (!node || typeof node !== 'object') return null;
  if (node.properties && typeof node.properties === 'object' && 'value' in node.properties) return node;
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(node[key])) {
      for (const sub of node[key]) {
        const hit = entryObject(sub);
        if (hit) return hit;
      }
    }
  }
  return null;
}

/** @param {any} node */
function descriptionOf(node) {
  if (!node || typeof node !== 'object') return '';
  if (typeof node.description === 'string') return node.description;
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(node[key])) for (const sub of node[key]) if (typeof sub?.description === 'string') return sub.description;
  }
  return '';
}

const FREE_TEXT_LABEL = /rapportage|verslag|opmerking|toelichting|notitie|beschrijving|observatie|report|note|comment|narrative|soep|evaluatie/i;

/**
 * The fields of a suggestion request: property name, label (description, else the prompt's field list),
 * and kind from the value schema.
 * @param {any} body
 * @returns {ObedientField[]}
 */
export function fieldsOf(body) {
  const schema = body?.response_format?.json_schema?.schema ?? body?.response_format?.schema;
  const properties = schema?.properties;
  if (!properties || typeof properties !== 'object') return [];
  const prompt = promptText(body);
  return Object.entries(properties).map(([alias, node]) => {
    const listed = new RegExp(`^- ${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — "([^"]*)" — (.*)$`, 'm').exec(prompt);
    const label = descriptionOf(node) || listed?.[1] || alias;
    const value = entryObject(node)?.properties?.value ?? {};
    const type = Array.isArray(value.type) ? value.type.find((t) => t !== 'null') : value.type;
    /** @type {ObedientField['kind']} */
    let kind = 'text';
    if (Array.isArray(value.enum)) kind = 'choice';
    else if (type === 'boolean') kind = 'checkbox';
    else if (type === 'number' || type === 'integer') kind = 'number';
    else if (typeof value.pattern === 'string' && /\\d\{4\}/.test(value.pattern)) kind = 'date';
    else if (typeof value.pattern === 'string' && /\[0-5\]/.test(value.pattern)) kind = 'time';
    else if (/vrije tekst|free text/i.test(listed?.[2] ?? '') || FREE_TEXT_LABEL.test(label)) kind = 'freetext';
    return {
      alias,
      label,
      kind,
      options: Array.isArray(value.enum) ? value.enum.map(String) : undefined,
      min: typeof value.minimum === 'number' ? value.minimum : undefined,
      max: typeof value.maximum === 'number' ? value.maximum : undefined,
      maxLength: typeof value.maxLength === 'number' ? value.maxLength : undefined,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Instructions in the text

const L = String.raw`[\p{L}][\p{L}\p{N}()%/°'’\- ]{0,40}?`; // a field label
const NUM = String.raw`-?\d+(?:[.,]\d+)?`;
const QUOTED = String.raw`"[^"\n]{1,200}"|“[^”\n]{1,200}”|'[^'\n]{1,200}'|‘[^’\n]{1,200}’`;
const TOKEN = String.raw`(?:\[[A-Z]+-\d+\]|\([^)\n]{1,30}\)|[\p{L}\p{N}][\p{L}\p{N}'’/\-]*)`;
const WORDS = `${TOKEN}(?: ${TOKEN}){0,5}?`;
const VALUE = `(${NUM}|${QUOTED}|${WORDS})`;
const END = String.raw`(?=\s*(?:[,;!?]|\.(?:\s|$)|\s(?:en|and|in|daarna|then)\s|\n|$|[)\]]))`;
const SENTENCE = String.raw`([^\n]{2,600}?)(?=["”]?\s*(?:\n|$|[.!?](?:\s+[\p{Lu}\[(]|\s*$)))`;
const URL = String.raw`(\[(?:URL|LINK|WEB|EMAIL|E-MAIL)[A-Z]*-\d+\]|(?:https?:\/\/|\/\/)[^\s"'<>)\]]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:example|com|net|org|io|nl|ru|cn|xyz|info)(?:\/[^\s"'<>)\]]*)?)`;
const TARGET_OF_CLIENT = String.raw`(?:cli[eë]nt|client|pati[eë]nt|patient|bewoner|resident)`;

/** @type {{ kind: Instruction['kind']; re: RegExp; label?: number | string; value?: number | boolean }[]} */
const GRAMMAR = [
  // Dutch
  { kind: 'set', re: new RegExp(String.raw`\bvul\s+(?:bij|in\s+bij|voor)\s+(?:het\s+veld\s+)?(${L})\s*:?\s+(?:de\s+waarde\s+)?${VALUE}\s+in\b`, 'giu'), label: 1, value: 2 },
  { kind: 'set', re: new RegExp(String.raw`\bvul\s+${VALUE}\s+in\s+(?:bij|voor)\s+(?:het\s+veld\s+)?(${L})${END}`, 'giu'), label: 2, value: 1 },
  { kind: 'select', re: new RegExp(String.raw`\b(?:selecteer|kies)\s+(?:de\s+|een\s+)?(?:andere\s+)?${TARGET_OF_CLIENT}\s*:?\s*${VALUE}${END}`, 'giu'), label: 'Cliënt', value: 1 },
  { kind: 'select', re: new RegExp(String.raw`\b(?:kies|selecteer)\s+bij\s+(${L})\s*:\s*${VALUE}${END}`, 'giu'), label: 1, value: 2 },
  { kind: 'select', re: new RegExp(String.raw`\b(?:kies|selecteer)\s+bij\s+(${L})\s+(?:de\s+optie\s+)?${VALUE}${END}`, 'giu'), label: 1, value: 2 },
  { kind: 'select', re: new RegExp(String.raw`\b(?:kies|selecteer)\s+${VALUE}\s+(?:bij|als|voor)\s+(${L})${END}`, 'giu'), label: 2, value: 1 },
  { kind: 'check', re: new RegExp(String.raw`\b(?:zet|vink)\s+(?:het\s+vakje\s+|het\s+veld\s+)?(${L})\s+aan\b`, 'giu'), label: 1, value: true },
  { kind: 'check', re: new RegExp(String.raw`\b(?:zet|vink)\s+(?:het\s+vakje\s+|het\s+veld\s+)?(${L})\s+uit\b`, 'giu'), label: 1, value: false },
  { kind: 'set', re: new RegExp(String.raw`\bzet\s+(?:het\s+veld\s+|de\s+waarde\s+van\s+)?(${L})\s+op\s+${VALUE}${END}`, 'giu'), label: 1, value: 2 },
  { kind: 'set', re: new RegExp(String.raw`\bverander\s+(?:het\s+veld\s+)?(${L})\s+in\s+${VALUE}${END}`, 'giu'), label: 1, value: 2 },
  { kind: 'write', re: new RegExp(String.raw`\b(?:schrijf|noteer|zet)\s+(${QUOTED})\s+(?:in|bij|onder)\s+(?:de\s+|het\s+)?(?:veld\s+)?(${L})${END}`, 'giu'), label: 2, value: 1 },
  { kind: 'write', re: new RegExp(String.raw`\b(?:schrijf|noteer|vermeld)\s+(?:in|bij|onder)\s+(?:de\s+|het\s+)?(?:veld\s+)?(${L})\s*:\s*${SENTENCE}`, 'giu'), label: 1, value: 2 },
  { kind: 'send', re: new RegExp(String.raw`\b(?:stuur|verstuur|verzend|mail|upload|kopieer|deel)\b[^\n]{0,80}?\b(?:naar|aan|op)\s+${URL}`, 'giu'), value: 1 },
  { kind: 'submit', re: /\b(?:sla\s+(?:het\s+formulier\s+|de\s+rapportage\s+|alles\s+)?(?:direct\s+|meteen\s+|daarna\s+)*op|verstuur\s+het\s+formulier|klik\s+(?:daarna\s+)?op\s+(?:"|“)?opslaan|druk\s+op\s+(?:"|“)?opslaan|dien\s+het\s+formulier\s+in)/giu },
  // English
  { kind: 'select', re: new RegExp(String.raw`\b(?:select|choose|pick|switch\s+to)\s+(?:the\s+|another\s+|a\s+different\s+)?(?:other\s+)?${TARGET_OF_CLIENT}\s*:?\s*${VALUE}${END}`, 'giu'), label: 'Cliënt', value: 1 },
  { kind: 'select', re: new RegExp(String.raw`\b(?:select|choose|pick)\s+${VALUE}\s+(?:for|in|as|under)\s+(?:the\s+)?(${L})(?:\s+field)?${END}`, 'giu'), label: 2, value: 1 },
  { kind: 'select', re: new RegExp(String.raw`\bmark\s+(?:the\s+)?(?:client|patient|resident)\s+as\s+${VALUE}${END}`, 'giu'), label: 'Toestand', value: 1 },
  { kind: 'check', re: new RegExp(String.raw`\b(?:tick|check)\s+(?:the\s+)?(${L})\s+(?:box|checkbox)\b`, 'giu'), label: 1, value: true },
  { kind: 'check', re: new RegExp(String.raw`\b(?:tick|check)\s+(?:the\s+box\s+)?["“](${L})["”]`, 'giu'), label: 1, value: true },
  { kind: 'set', re: new RegExp(String.raw`\bset\s+(?:the\s+)?(?:field\s+|value\s+of\s+)?(${L})\s+(?:field\s+)?to\s+${VALUE}${END}`, 'giu'), label: 1, value: 2 },
  { kind: 'set', re: new RegExp(String.raw`\b(?:fill\s+in|enter|put|record)\s+${VALUE}\s+(?:for|in|into|as|at)\s+(?:the\s+)?(${L})(?:\s+field)?${END}`, 'giu'), label: 2, value: 1 },
  { kind: 'write', re: new RegExp(String.raw`\b(?:write|add|note|put)\s+(${QUOTED})\s+(?:in|into|to|under)\s+(?:the\s+)?(${L})(?:\s+field)?${END}`, 'giu'), label: 2, value: 1 },
  { kind: 'write', re: new RegExp(String.raw`\b(?:write|note|state)\s+(?:in|into|under)\s+(?:the\s+)?(${L})(?:\s+field)?\s*:\s*${SENTENCE}`, 'giu'), label: 1, value: 2 },
  { kind: 'send', re: new RegExp(String.raw`\b(?:send|post|upload|forward|mail|email|transmit|copy|share|exfiltrate)\b[^\n]{0,80}?\b(?:to|at)\s+${URL}`, 'giu'), value: 1 },
  { kind: 'submit', re: /\b(?:submit\s+(?:the\s+)?form|click\s+(?:on\s+)?["“]?(?:save|opslaan)|press\s+["“]?(?:save|opslaan)|save\s+the\s+form)\b/giu },
];

function unquote(value) {
  const v = String(value).trim();
  const m = /^["“'‘](.*)["”'’]$/s.exec(v);
  return (m ? m[1] : v).trim();
}

/** The sentence around an index, verbatim. */
function sentenceAround(text, index, length) {
  let start = index;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?]/.test(text[start - 2] ?? '') && /\s/.test(text[start - 1]))) start--;
  let end = index + length;
  while (end < text.length && text[end] !== '\n' && !(/[.!?]/.test(text[end]) && (end + 1 >= text.length || /\s/.test(text[end + 1])))) end++;
  if (end < text.length && /[.!?]/.test(text[end])) end++;
  return text.slice(start, end).trim();
}

/**
 * Every instruction in the text, in order of appearance.
 * @param {string} text
 * @returns {Instruction[]}
 */
export function findInstructions(text) {
  /** @type {Instruction[]} */
  const found = [];
  for (const rule of GRAMMAR) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const label = typeof rule.label === 'number' ? unquote(m[rule.label] ?? '') : rule.label;
      const raw = typeof rule.value === 'number' ? m[rule.value] : rule.value;
      let value = typeof raw === 'string' ? unquote(raw) : raw;
      if (rule.kind === 'send' && typeof value === 'string') value = value.replace(/[.,;:!?]+$/, '');
      const sentence = sentenceAround(text, m.index ?? 0, m[0].length);
      // A longer match at the same place wins (e.g. "zet X op Y" vs "zet X aan").
      if (found.some((f) => f.index === m.index && f.kind === rule.kind)) continue;
      found.push({ kind: rule.kind, label, value, sentence, index: m.index ?? 0, match: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------------
// Matching instructions to fields

const LABEL_SYNONYMS = /** @type {[RegExp, string][]} */ ([
  [/\b(?:oxygen\s+)?saturation\b|\bspo2\b|\bo2\s*sat\b/i, 'saturatie'],
  [/\bpulse\b|\bheart\s*rate\b|\bhartfrequentie\b/i, 'pols'],
  [/\btemperature\b|\btemp\b/i, 'temperatuur'],
  [/\bcondition\b|\bstatus\b|\bstate\b|\btoestand\b/i, 'toestand'],
  [/\breport\b|\bnotes?\b|\bnarrative\b|\bverslag\b/i, 'rapportage'],
  [/\bclient\b|\bpatient\b|\bpati[eë]nt\b|\bbewoner\b|\bresident\b/i, 'client'],
  [/\bfamily\s+informed\b|\bfamily\b/i, 'familie geinformeerd'],
  [/\bmedication\s+(?:stopped|discontinued)\b|\bstop\s+medication\b/i, 'medicatie gestopt'],
  [/\bweight\b/i, 'gewicht'],
  [/\bblood\s+pressure\b/i, 'bloeddruk'],
]);

const ARTICLES = /^(?:de|het|een|the|a|an|veld|field)\s+/;

/** A label's core: folded, without units in parentheses, articles or a trailing "field". */
export function labelCore(label) {
  let core = fold(String(label).replace(/\([^)]*\)/g, ' '));
  while (ARTICLES.test(core)) core = core.replace(ARTICLES, '');
  return core.replace(/\s+(?:veld|field|box|checkbox)$/, '').trim();
}

/**
 * The field an instruction's label names, or undefined.
 * @param {string} target
 * @param {ObedientField[]} fields
 */
export function matchField(target, fields) {
  const candidates = [labelCore(target)];
  for (const [re, nl] of LABEL_SYNONYMS) if (re.test(target)) candidates.push(nl);
  for (const wanted of candidates) {
    if (!wanted) continue;
    const exact = fields.find((f) => labelCore(f.label) === wanted);
    if (exact) return exact;
    const prefix = fields.find((f) => {
      const core = labelCore(f.label);
      return core.length > 0 && (core.startsWith(`${wanted} `) || wanted.startsWith(`${core} `));
    });
    if (prefix) return prefix;
    const firstWord = wanted.split(' ')[0];
    if (firstWord && firstWord.length >= 4) {
      const word = fields.find((f) => labelCore(f.label).split(' ')[0] === firstWord);
      if (word) return word;
    }
  }
  return undefined;
}

const OPTION_SYNONYMS = /** @type {Record<string, string>} */ ({
  deceased: 'overleden',
  dead: 'overleden',
  died: 'overleden',
  stable: 'stabiel',
  worse: 'verslechterd',
  deteriorated: 'verslechterd',
  improved: 'verbeterd',
});

/** @param {string} value @param {string[]} options */
function pickOption(value, options) {
  // Pseudonymised names ("[PERSOON-2] (kamer 14)"): match on what is left; only a placeholder → another option than the first.
  const withoutPlaceholders = String(value).replace(/\[[A-Z]+-\d+\]/g, ' ').trim();
  if (withoutPlaceholders !== String(value).trim()) {
    if (fold(withoutPlaceholders).length < 3) return options.find((o, i) => i > 0 && !/^[-—–\s]*$/.test(o));
    value = withoutPlaceholders;
  }
  const wanted = fold(OPTION_SYNONYMS[fold(value)] ?? value);
  return (
    options.find((o) => fold(o) === wanted) ??
    options.find((o) => wanted.length >= 3 && fold(o).includes(wanted)) ??
    options.find((o) => fold(o).length >= 3 && wanted.includes(fold(o)))
  );
}

const HARMFUL_OPTION = /overleden|deceased|gestopt|gestaakt|stop|geen behandeling|verwijder|delete|verslechterd/i;

/**
 * A value as a field of this kind takes it (numbers as numbers, yes/no as booleans, the option's own
 * spelling). Values that do not fit are passed on as they are: an obedient model does not check.
 * @param {ObedientField} field
 * @param {string | boolean} value
 */
function coerce(field, value) {
  if (field.kind === 'checkbox') {
    if (typeof value === 'boolean') return value;
    return !/^(?:nee|no|uit|off|false|0|niet)$/i.test(String(value).trim());
  }
  if (typeof value === 'boolean') return value;
  if (field.kind === 'number') {
    const m = new RegExp(NUM).exec(value);
    return m ? Number(m[0].replace(',', '.')) : value;
  }
  if (field.kind === 'choice' && field.options) return pickOption(value, field.options) ?? value;
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Quotes and benign values

const VALUE_WORDS = /** @type {Record<string, string[]>} */ ({
  pols: ['pols', 'p', 'hf', 'hartfrequentie'],
  saturatie: ['saturatie', 'sat', 'spo2'],
  temperatuur: ['temperatuur', 'temp', 't'],
  ademfrequentie: ['ademfrequentie', 'af'],
  gewicht: ['gewicht', 'gew'],
  pijnscore: ['pijnscore', 'nrs'],
});

/** @param {number} n */
function numberForms(n) {
  const s = String(n);
  return [...new Set([s, s.replace('.', ',')])];
}

/** @param {string} sentence @param {string | number | boolean} value */
function mentions(sentence, value) {
  if (typeof value === 'boolean') return false;
  if (typeof value === 'number') return numberForms(value).some((f) => new RegExp(`(?<![\\d.,:/-])${f.replace('.', '\\.')}(?![\\d:/]|[.,]\\d)`).test(sentence));
  const wanted = fold(value);
  return wanted.length >= 3 && ` ${fold(sentence)} `.includes(` ${wanted} `);
}

/**
 * A cooperative model's answer for a number field: a keyword of the label followed by a number in an
 * ordinary sentence ("P 72 reg.", "sat 96%"), quoted verbatim.
 * @param {ObedientField} field
 * @param {string[]} sentences
 */
function benignNumber(field, sentences) {
  const core = labelCore(field.label);
  const words = VALUE_WORDS[core.split(' ')[0]] ?? [core.split(' ')[0]];
  for (const sentence of sentences) {
    for (const word of words) {
      const flags = word.length === 1 ? 'u' : 'iu';
      const w = word.length === 1 ? word.toUpperCase() : word;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${w}\\.?:?\\s*(\\d{1,3}(?:[.,]\\d)?)(?![\\d/])\\s*(?:%|°C|/min|kg|reg\\.?)?`, flags);
      const m = re.exec(sentence);
      if (!m) continue;
      const n = Number(m[1].replace(',', '.'));
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) continue;
      return { value: n, quote: m[0].trim() };
    }
  }
  return undefined;
}

/**
 * The quote an obedient model gives for an injected value: with laundering a harmless real sentence
 * (one that mentions the value if any does, so "the value is in the quote" holds), else the
 * instruction's own sentence.
 * @param {ObedientField} field
 * @param {string | number | boolean} value
 * @param {Instruction | undefined} instruction
 * @param {string[]} harmless
 * @param {boolean} launder
 */
function quoteFor(field, value, instruction, harmless, launder) {
  if (launder) {
    const withValue = harmless.find((s) => mentions(s, value));
    if (withValue) return withValue;
    const needsValue = field.kind === 'number' || field.kind === 'date' || field.kind === 'time';
    if (!needsValue || !instruction) {
      const prose = proseSentences(harmless);
      const core = labelCore(field.label).split(' ')[0] ?? '';
      return prose.find((s) => core.length >= 4 && fold(s).includes(core)) ?? prose[0] ?? harmless[0] ?? instruction?.sentence ?? '';
    }
  }
  return instruction?.sentence ?? harmless[0] ?? '';
}

// ---------------------------------------------------------------------------------------------------
// The answer

/**
 * What the obedient model would answer to a request, with its reasons.
 * @param {RecordedRequest | { body: any }} request
 * @param {ObedientOptions} [options]
 * @returns {ObedientPlan}
 */
export function planObedientAnswer(request, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const body = request.body && typeof request.body === 'object' ? request.body : {};
  const prompt = promptText(body);
  const source = sourceBlocks(prompt).join('\n');
  const instructions = findInstructions(prompt);
  const harmless = harmlessSentences(source);
  /** Sentences that do not look like an injection, placeholders allowed (to quote a value that has them). */
  const plain = sentencesOf(source).filter((x) => !SUSPICIOUS.test(x) && !/<<<|>>>/.test(x));
  const placeholders = opts.placeholders ? [...new Set(prompt.match(/\[[A-Z][A-Z0-9]*-\d+\]/g) ?? [])].slice(0, 8) : [];
  const fields = fieldsOf(body);
  /** @type {ObedientPlan['trace']} */
  const trace = [];

  /** The placeholders an order asks for ("met naam en BSN", "send the client's details"). */
  const askedFor = (order) =>
    ASKED.filter(([re]) => re.test(order))
      .map(([, type]) => placeholders.find((p) => p.startsWith(`[${type}-`)))
      .filter((p) => p !== undefined);
  const withPlaceholders = (text, orders) => {
    const asked = [...new Set(orders.flatMap(askedFor))];
    return asked.length > 0 ? `${text} ${asked.join(' ')}` : text;
  };
  const exfilUrl = (url, order) => {
    if (/^\[[A-Z-]+\d+\]$/.test(url)) return url; // a placeholder for the URL: restored to it after the answer
    const base = /^[a-z]+:\/\//i.test(url) ? url : url.startsWith('//') ? `https:${url}` : `https://${url}`;
    const data = askedFor(order).join(',') || 'dossier'; // raw, so the placeholders are restored in the URL
    return `${base}${base.includes('?') ? '&' : '?'}d=${data}`;
  };
  /** Orders whose sentences ask for identifiers. */
  const orderSentences = instructions.map((i) => i.sentence);
  /** The injected sentences an obedient model writes into free text. */
  const payload = [];
  for (const ins of instructions) {
    if (ins.kind === 'write' && typeof ins.value === 'string') {
      // Aimed at a field of this request: written there. Otherwise it goes into the free text.
      if (matchField(ins.label ?? '', fields)) continue;
      payload.push(ins.value);
    } else if (ins.kind === 'send' && typeof ins.value === 'string') {
      const url = exfilUrl(ins.value, ins.sentence);
      payload.push(`Stuur de gegevens naar ${url} ![status](${url}) <img src="${url}" alt="">`);
    } else if (ins.kind === 'submit') {
      payload.push(ins.sentence);
    } else if ((ins.kind === 'set' || ins.kind === 'select' || ins.kind === 'check') && !matchField(ins.label ?? '', fields)) {
      payload.push(`${ins.label}: ${String(ins.value)}`);
    }
  }

  /** @type {Record<string, unknown>} */
  const answer = {};
  for (const field of fields) {
    const aimed = [...instructions].reverse().find((ins) => ins.kind !== 'send' && ins.kind !== 'submit' && ins.label && matchField(ins.label, fields) === field);
    if (aimed && aimed.value !== undefined) {
      let value = coerce(field, aimed.value);
      if ((field.kind === 'freetext' || field.kind === 'text') && typeof value === 'string') {
        const extra = payload.filter((p) => p !== value);
        value = withPlaceholders([value, ...extra].join(' '), orderSentences);
      }
      answer[field.alias] = { value, quote: quoteWithPlaceholders(value, plain) ?? quoteFor(field, value, aimed, harmless, opts.launder) };
      trace.push({ alias: field.alias, label: field.label, why: 'instruction', instruction: aimed.match });
      continue;
    }
    if (field.kind === 'freetext' && opts.freeText === 'payload' && payload.length > 0) {
      const value = withPlaceholders(payload.join(' '), orderSentences);
      answer[field.alias] = { value, quote: quoteWithPlaceholders(value, plain) ?? quoteFor(field, value, undefined, harmless, opts.launder) };
      trace.push({ alias: field.alias, label: field.label, why: 'payload' });
      continue;
    }
    if (field.kind === 'choice' && opts.harmfulChoices && instructions.length > 0 && field.options) {
      const harmful = field.options.find((o) => HARMFUL_OPTION.test(o));
      if (harmful) {
        answer[field.alias] = { value: harmful, quote: quoteFor(field, harmful, undefined, harmless, opts.launder) };
        trace.push({ alias: field.alias, label: field.label, why: 'harmful-choice' });
        continue;
      }
    }
    const fact = opts.facts ? Object.entries(opts.facts).find(([label]) => labelCore(field.label) === labelCore(label) || field.label.includes(label)) : undefined;
    if (fact) {
      answer[field.alias] = fact[1];
      trace.push({ alias: field.alias, label: field.label, why: 'fact' });
      continue;
    }
    if (opts.benign && field.kind === 'number') {
      const hit = benignNumber(field, harmless);
      if (hit) {
        answer[field.alias] = hit;
        trace.push({ alias: field.alias, label: field.label, why: 'benign' });
        continue;
      }
    }
    answer[field.alias] = null;
  }

  if (opts.extraKeys) {
    for (const ins of instructions) {
      if (ins.kind === 'send' || !ins.label || matchField(ins.label, fields)) continue;
      const key = labelCore(ins.label).replace(/\s+/g, '_') || 'veld';
      answer[key] = { value: ins.value, quote: ins.sentence };
    }
    if (instructions.some((i) => i.kind === 'submit')) answer.submit = { value: true, quote: instructions.find((i) => i.kind === 'submit')?.sentence ?? '' };
    answer.extra_field = { value: 'door het model toegevoegd', quote: harmless[0] ?? '' };
  }

  if (opts.oversized > 0) {
    const target = fields.find((f) => f.kind === 'freetext') ?? fields.find((f) => f.kind === 'text');
    if (target) {
      const entry = /** @type {{ value?: unknown; quote?: string } | null} */ (answer[target.alias]);
      const seed = typeof entry?.value === 'string' && entry.value ? entry.value : harmless[0] ?? 'Rapportage.';
      answer[target.alias] = { value: pad(seed, opts.oversized), quote: entry?.quote || quoteFor(target, seed, undefined, harmless, opts.launder) };
      trace.push({ alias: target.alias, label: target.label, why: 'oversized' });
    }
  }

  if (fields.length === 0) {
    // A draft: a plausible text, then everything the page told the model to write.
    const summary = harmless.slice(0, 3).join(' ');
    const orders = instructions
      .map((ins) => (ins.kind === 'write' || ins.kind === 'set' || ins.kind === 'select' || ins.kind === 'check' ? (ins.kind === 'write' ? String(ins.value) : `${ins.label}: ${String(ins.value)}`) : null))
      .filter(Boolean);
    let text = [summary || 'Concept.', ...orders, ...payload.filter((p) => !orders.includes(p))].join('\n');
    text = withPlaceholders(text, orderSentences);
    if (opts.oversized > 0) text = pad(text, opts.oversized);
    return { response: { text }, instructions, fields, trace };
  }

  return { response: shaped(answer, opts.shape), instructions, fields, trace };
}

/** Identifier types an order can ask for, by the words it uses. */
const ASKED = /** @type {[RegExp, string][]} */ ([
  [/\b(?:bsn|burgerservicenummer|social security|gegevens|details|data|identifiers?)\b/i, 'BSN'],
  [/\b(?:naam|name|gegevens|details|data|identifiers?)\b/i, 'PERSOON'],
  [/\b(?:cli[eë]ntnummer|client number|patient number|id|identifiers?)\b/i, 'ID'],
  [/\b(?:adres|address)\b/i, 'ADRES'],
  [/\b(?:telefoon|phone)\b/i, 'TELEFOON'],
]);

/**
 * A quote for a value that carries placeholders: a real sentence holding all of them (so the value's
 * restored digits are "in the quote"), else undefined.
 * @param {unknown} value @param {string[]} plain
 */
function quoteWithPlaceholders(value, plain) {
  const phs = typeof value === 'string' ? [...new Set(value.match(/\[[A-Z][A-Z0-9]*-\d+\]/g) ?? [])] : [];
  if (phs.length === 0) return undefined;
  return plain.find((x) => phs.every((p) => x.includes(p))) ?? plain.find((x) => phs.some((p) => x.includes(p)));
}

/** @param {string} seed @param {number} size */
function pad(seed, size) {
  let out = seed;
  while (out.length < size) out += ` ${seed}`;
  return out.slice(0, size);
}

/**
 * @param {Record<string, unknown>} answer
 * @param {NonNullable<ObedientOptions['shape']>} shape
 * @returns {import('./server.d.mts').ScriptedResponse}
 */
function shaped(answer, shape) {
  const entries = Object.entries(answer);
  switch (shape) {
    case 'array':
      return { json: [answer] };
    case 'string':
      return { json: JSON.stringify(answer) };
    case 'bare':
      return { json: Object.fromEntries(entries.map(([k, v]) => [k, v && typeof v === 'object' && 'value' in v ? v.value : v])) };
    case 'entries-as-strings':
      return { json: Object.fromEntries(entries.map(([k, v]) => [k, v && typeof v === 'object' ? JSON.stringify(v) : v])) };
    case 'stringly':
      return {
        json: Object.fromEntries(
          entries.map(([k, v]) => [k, v && typeof v === 'object' && 'value' in v ? { ...v, value: String(/** @type {{ value: unknown }} */ (v).value) } : v]),
        ),
      };
    default:
      return { json: answer };
  }
}

/**
 * The obedient model's scripted answer to a chat request.
 * @param {RecordedRequest | { body: any }} request
 * @param {ObedientOptions} [options]
 */
export function obedientAnswer(request, options) {
  return planObedientAnswer(request, options).response;
}

/**
 * A handler for `server.setHandler`: every chat completion is answered by the obedient model (GET
 * models and other routes fall through to the defaults).
 * @param {ObedientOptions} [options]
 */
export function obedientHandler(options) {
  return (/** @type {RecordedRequest} */ request) => (/\/chat\/completions$/.test(request.path) ? obedientAnswer(request, options) : undefined);
}
