import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import managedSchema from '../../../public/managed_schema.json';
import { parsePolicy, policySchema } from '../policy';
import { unwrapSchema } from '../settingPaths';
import { checkChromeSchema, validateChromeValue } from './support/chromeSchema';

type Node = Record<string, unknown>;

/** Differences between a zod schema and the Chrome schema for the same value. */
function drift(zodSchema: z.ZodType, json: Node, at: string): string[] {
  const inner = unwrapSchema(zodSchema);
  const type = json.type;
  if (inner instanceof z.ZodObject) {
    if (type !== 'object') return [`${at}: zod object, schema ${String(type)}`];
    const zodKeys = Object.keys(inner.shape).sort();
    const jsonProps = (json.properties ?? {}) as Record<string, Node>;
    const jsonKeys = Object.keys(jsonProps).sort();
    const problems: string[] = [];
    for (const key of zodKeys) if (!jsonKeys.includes(key)) problems.push(`${at}.${key}: missing in managed_schema.json`);
    for (const key of jsonKeys) if (!zodKeys.includes(key)) problems.push(`${at}.${key}: missing in policySchema`);
    for (const key of zodKeys.filter((k) => jsonKeys.includes(k))) {
      problems.push(...drift((inner.shape as Record<string, z.ZodType>)[key]!, jsonProps[key]!, `${at}.${key}`));
    }
    return problems;
  }
  if (inner instanceof z.ZodRecord) {
    // A free-form map (audit forwarding headers): Chrome describes it with additionalProperties.
    if (type !== 'object' || !json.additionalProperties) return [`${at}: zod record, schema ${String(type)} without additionalProperties`];
    return drift(inner.valueType as z.ZodType, json.additionalProperties as Node, `${at}.*`);
  }
  if (inner instanceof z.ZodArray) {
    if (type !== 'array') return [`${at}: zod array, schema ${String(type)}`];
    return drift(inner.element as z.ZodType, json.items as Node, `${at}[]`);
  }
  if (inner instanceof z.ZodUnion) {
    // Chrome needs one type: the union must have an option of that type.
    const options = inner.options as z.ZodType[];
    const fits = options.some((option) => drift(option instanceof z.ZodPipe ? (option.in as z.ZodType) : option, json, at).length === 0);
    return fits ? [] : [`${at}: no union option matches schema type ${String(type)}`];
  }
  if (inner instanceof z.ZodEnum) {
    if (type !== 'string') return [`${at}: zod enum, schema ${String(type)}`];
    const same = JSON.stringify([...(json.enum as string[])].sort()) === JSON.stringify([...inner.options].sort());
    return same ? [] : [`${at}: enum differs (${String(json.enum)} vs ${inner.options.join(',')})`];
  }
  if (inner instanceof z.ZodString) return type === 'string' ? [] : [`${at}: zod string, schema ${String(type)}`];
  if (inner instanceof z.ZodBoolean) return type === 'boolean' ? [] : [`${at}: zod boolean, schema ${String(type)}`];
  if (inner instanceof z.ZodNumber) {
    if (type !== (inner.isInt ? 'integer' : 'number')) return [`${at}: zod number, schema ${String(type)}`];
    const problems: string[] = [];
    // The bounds must mean the same: accepted at the bound, refused one step beyond.
    if (typeof json.minimum === 'number') {
      if (!inner.safeParse(json.minimum).success || inner.safeParse(json.minimum - 1).success) problems.push(`${at}: minimum differs`);
    } else if (inner.minValue !== null && Number.isFinite(inner.minValue)) problems.push(`${at}: minimum missing`);
    if (typeof json.maximum === 'number') {
      if (!inner.safeParse(json.maximum).success || inner.safeParse(json.maximum + 1).success) problems.push(`${at}: maximum differs`);
    } else if (inner.maxValue !== null && Number.isFinite(inner.maxValue) && inner.maxValue < Number.MAX_SAFE_INTEGER) {
      problems.push(`${at}: maximum missing`);
    }
    return problems;
  }
  return [`${at}: zod type ${inner.constructor.name} has no Chrome schema mapping`];
}

function walk(node: unknown, at: string, visit: (node: Node, at: string) => void): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as Node;
  visit(schema, at);
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) walk(sub, `${at}.${key}`, visit);
  if (schema.items) walk(schema.items, `${at}[]`, visit);
  if (schema.additionalProperties) walk(schema.additionalProperties, `${at}.*`, visit);
}

describe('public/managed_schema.json', () => {
  it('follows Chrome’s schema rules', () => {
    expect(checkChromeSchema(managedSchema)).toEqual([]);
  });

  it('has the same keys, types, enums and bounds as policySchema', () => {
    expect(drift(policySchema, managedSchema as Node, 'policy')).toEqual([]);
  });

  it('masks every secret on chrome://policy', () => {
    const secrets: string[] = [];
    walk(managedSchema, 'policy', (node, at) => {
      if (node.sensitiveValue === true) secrets.push(at);
    });
    expect(secrets.sort()).toEqual([
      'policy.auditForwarding.headers.*',
      'policy.endpoint.apiKey',
      'policy.endpoint.authHeader.value',
      'policy.transcription.apiKey',
    ]);
  });

  it('documents every policy key in Dutch and English', () => {
    const missing: string[] = [];
    walk(managedSchema, 'policy', (node, at) => {
      if (at.endsWith('[]')) return;
      const text = typeof node.description === 'string' ? node.description : '';
      if (!node.title || !text.includes('NL: ') || !text.includes('EN: ')) missing.push(at);
    });
    expect(missing).toEqual([]);
  });

  it('refuses the values that parsePolicy refuses, for simple mistakes', () => {
    const wrong = { auditRetentionDays: 0, language: 'de', endpoint: { provider: 'ollama', baseURL: 'localhost:11434' } };
    expect(validateChromeValue(managedSchema, wrong)).toHaveLength(4);
    expect(parsePolicy(wrong).warnings).toHaveLength(4);
  });
});

describe('checkChromeSchema', () => {
  const top = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

  it.each([
    ['top-level additionalProperties', top({}, { additionalProperties: { type: 'string' } })],
    ['top-level patternProperties', top({}, { patternProperties: { '^x': { type: 'string' } } })],
    ['a top level that is not an object', { type: 'array', items: { type: 'string' } }],
    ['a schema without type', top({ a: { description: 'x' } })],
    ['two types', top({ a: { type: ['string', 'null'] } })],
    ['an unknown type', top({ a: { type: 'null' } })],
    ['an attribute Chrome does not know', top({ a: { type: 'string', format: 'uri' } })],
    ['enum on a boolean', top({ a: { type: 'boolean', enum: [true] } })],
    ['an empty enum', top({ a: { type: 'string', enum: [] } })],
    ['minimum on a string', top({ a: { type: 'string', minimum: 1 } })],
    ['an array without items', top({ a: { type: 'array' } })],
    ['additionalProperties: false', top({ a: { type: 'object', additionalProperties: false } })],
    ['required naming an unknown property', top({ a: { type: 'object', properties: {}, required: ['b'] } })],
    ['a $ref without matching id', top({ a: { $ref: 'Nope' } })],
    ['a $ref with extra attributes', top({ a: { type: 'object', id: 'A' }, b: { $ref: 'A', type: 'object' } })],
    ['a duplicated id', top({ a: { type: 'string', id: 'X' }, b: { type: 'string', id: 'X' } })],
    ['sensitiveValue that is not a boolean', top({ a: { type: 'string', sensitiveValue: 'yes' } })],
  ])('rejects %s', (_name, schema) => {
    expect(checkChromeSchema(schema)).not.toEqual([]);
  });

  it('accepts $ref to an id and nested additionalProperties', () => {
    const schema = top({
      a: { type: 'object', id: 'Header', properties: { name: { type: 'string' } } },
      b: { type: 'array', items: { $ref: 'Header' } },
      c: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
    });
    expect(checkChromeSchema(schema)).toEqual([]);
    expect(validateChromeValue(schema, { b: [{ name: 'x' }], c: { k: 1 } })).toEqual([]);
    expect(validateChromeValue(schema, { b: [{ name: 1 }], c: { k: -1 } })).toHaveLength(2);
  });
});
