// Test support: reading the policy examples of docs/admin.md the way each browser reads them.
import managedSchema from '../../../../public/managed_schema.json';
import { validTemplates } from '../../../templates/availableTemplates';
import { parsePolicy } from '../../policy';
import { validateChromeValue } from './chromeSchema';

type SchemaNode = { type?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode };

export interface CodeBlock {
  lang: string;
  info: string;
  body: string;
  line: number;
}

/** Fenced code blocks of a Markdown text, with their language and the rest of the info string. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const pattern = /^```(\S*)([^\n]*)\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(pattern)) {
    blocks.push({
      lang: match[1] ?? '',
      info: (match[2] ?? '').trim(),
      body: match[3] ?? '',
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return blocks;
}

/**
 * Everything wrong with one extension policy: what parsePolicy ignores, what Chrome's schema would
 * drop (unless `chrome` is false, for Firefox), and organisation templates that lib/templates refuses.
 */
export function policyProblems(policy: unknown, { chrome }: { chrome: boolean }): string[] {
  const problems = parsePolicy(policy).warnings.map((w) => `parsePolicy: ${w.path}: ${w.code} ${w.message}`);
  if (chrome) problems.push(...validateChromeValue(managedSchema, policy).map((e) => `chrome: ${e}`));
  const parsed = parsePolicy(policy).policy;
  const templates = parsed.organisationTemplates ?? [];
  const valid = validTemplates(templates, 'organisation');
  if (valid.length !== templates.length) problems.push(`templates: ${templates.length - valid.length} invalid`);
  return problems;
}

// --- Windows .reg ---------------------------------------------------------------------------------

export interface RegKey {
  values: Map<string, string | number>;
  keys: Map<string, RegKey>;
}

const newKey = (): RegKey => ({ values: new Map(), keys: new Map() });

/** Parses a REGEDIT5 file (string and dword values), throwing on anything it does not understand. */
export function parseReg(text: string): RegKey {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing REGEDIT5 header');
  const root = newKey();
  let current: RegKey | null = null;
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith(';')) return;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      let node: RegKey = root;
      for (const part of section[1]!.split('\\')) {
        if (!part) throw new Error(`line ${i + 2}: empty key name`);
        const lower = part.toLowerCase();
        let next: RegKey | undefined = [...node.keys.entries()].find(([name]) => name.toLowerCase() === lower)?.[1];
        if (!next) {
          next = newKey();
          node.keys.set(part, next);
        }
        node = next;
      }
      current = node;
      return;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`line ${i + 2}: not a value line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    const node: RegKey = current;
    node.values.set(unescape(value[1]!), value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]!));
  });
  return root;
}

/** The key at a backslash path (case-insensitive, like the registry), or undefined. */
export function regKeyAt(root: RegKey, path: string): RegKey | undefined {
  let node: RegKey | undefined = root;
  for (const part of path.split('\\')) {
    const lower = part.toLowerCase();
    node = node && [...node.keys.entries()].find(([name]) => name.toLowerCase() === lower)?.[1];
  }
  return node;
}

/** One registry value converted the way Chrome converts it for a schema type. */
function convertValue(value: string | number, schema: SchemaNode | undefined): unknown {
  const type = schema?.type;
  if (!type) return value;
  if (type === 'string') return typeof value === 'string' ? value : undefined;
  if (type === 'integer') return typeof value === 'number' ? value : /^-?\d+$/.test(value) ? Number(value) : undefined;
  if (type === 'boolean') return typeof value === 'number' ? value !== 0 : /^-?\d+$/.test(value) ? Number(value) !== 0 : undefined;
  if ((type === 'array' || type === 'object') && typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return (type === 'array') === Array.isArray(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A registry key as the JSON Chrome builds from it: subkeys are objects, or lists with values "1", "2", … */
export function regToJson(key: RegKey, schema: SchemaNode | undefined = managedSchema as SchemaNode): unknown {
  if (schema?.type === 'array') {
    const numbered = [
      ...[...key.values.entries()].map(([name, value]) => [name, convertValue(value, schema.items)] as const),
      ...[...key.keys.entries()].map(([name, sub]) => [name, regToJson(sub, schema.items)] as const),
    ].filter(([name]) => /^\d+$/.test(name));
    return numbered.sort(([a], [b]) => Number(a) - Number(b)).map(([, value]) => value);
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of key.values) {
    const converted = convertValue(value, schema?.properties?.[name]);
    if (converted !== undefined) out[name] = converted;
    else throw new Error(`value ${name} cannot be converted to ${schema?.properties?.[name]?.type}`);
  }
  for (const [name, sub] of key.keys) out[name] = regToJson(sub, schema?.properties?.[name]);
  return out;
}

// --- macOS plist ---------------------------------------------------------------------------------

/** A plist value element as JSON (dict, array, string, integer, real, true, false). */
export function plistToJson(element: Element): unknown {
  const children = [...element.children];
  switch (element.tagName) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < children.length; i += 2) {
        const key = children[i];
        const value = children[i + 1];
        if (key?.tagName !== 'key' || !value) throw new Error('a plist dict needs <key> + value pairs');
        out[key.textContent ?? ''] = plistToJson(value);
      }
      return out;
    }
    case 'array':
      return children.map(plistToJson);
    case 'string':
      return element.textContent ?? '';
    case 'integer':
      return Number.parseInt(element.textContent ?? '', 10);
    case 'real':
      return Number.parseFloat(element.textContent ?? '');
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unknown plist element <${element.tagName}>`);
  }
}
