// Test support: Chrome's rules for an extension's managed_schema.json, and validation of policy
// values against such a schema, after components/policy/core/common/schema.cc (behaviour, not code).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'] as const;
type SchemaType = (typeof TYPES)[number];

const COMMON = ['type', 'description', 'title', 'id', 'sensitiveValue'];
/** Attributes Chrome knows, per type. Chrome ignores others when loading; we refuse them to catch typos. */
const ALLOWED: Record<SchemaType | '$ref', string[]> = {
  array: [...COMMON, 'items'],
  boolean: COMMON,
  integer: [...COMMON, 'enum', 'minimum', 'maximum'],
  number: COMMON,
  object: [...COMMON, 'properties', 'patternProperties', 'additionalProperties', 'required'],
  string: [...COMMON, 'enum', 'pattern'],
  $ref: ['$ref', 'description', 'title'],
};

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function validRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a schema against Chrome's rules: object at the top without additionalProperties or
 * patternProperties; every sub-schema has exactly one `type` (a known one) or a `$ref` to an `id`;
 * only the attributes Chrome supports for that type, with the right value types; `enum` only on
 * string/integer and non-empty with matching items; `minimum`/`maximum` only on integers;
 * `items` required on arrays; `additionalProperties` must be a schema (not `false`); `required`
 * names declared properties; ids unique. Returns the list of problems (empty when valid).
 */
export function checkChromeSchema(root: unknown): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const refs: Array<{ ref: string; at: string }> = [];

  if (!isObject(root)) return ['The schema must be a JSON object'];
  if (root.type !== 'object') errors.push('(root): the main schema must have type "object"');
  if ('additionalProperties' in root || 'patternProperties' in root) {
    errors.push('(root): additionalProperties and patternProperties are not supported at the top level');
  }
  if ('$ref' in root) errors.push('(root): the main schema cannot be a $ref');

  const visit = (node: unknown, at: string): void => {
    if (!isObject(node)) {
      errors.push(`${at}: a schema must be an object`);
      return;
    }
    const checkAttributes = (kind: SchemaType | '$ref') => {
      for (const key of Object.keys(node)) {
        if (!ALLOWED[kind].includes(key)) errors.push(`${at}: attribute "${key}" is not supported for ${kind}`);
      }
      for (const key of ['description', 'title', 'id', 'pattern', '$ref'] as const) {
        if (key in node && typeof node[key] !== 'string') errors.push(`${at}: "${key}" must be a string`);
      }
      if ('sensitiveValue' in node && typeof node.sensitiveValue !== 'boolean') {
        errors.push(`${at}: "sensitiveValue" must be a boolean`);
      }
    };

    if ('$ref' in node) {
      checkAttributes('$ref');
      if (typeof node.$ref === 'string') refs.push({ ref: node.$ref, at });
      return;
    }
    if (!('type' in node)) {
      errors.push(`${at}: each schema must have a "type" or a "$ref"`);
      return;
    }
    const type = node.type;
    if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
      errors.push(`${at}: "type" must be exactly one of ${TYPES.join(', ')}`);
      return;
    }
    const kind = type as SchemaType;
    checkAttributes(kind);

    if (typeof node.id === 'string') {
      if (ids.has(node.id)) errors.push(`${at}: duplicated id "${node.id}"`);
      ids.add(node.id);
    }
    if ('enum' in node) {
      const list = node.enum;
      const itemType = kind === 'integer' ? 'number' : 'string';
      if (!Array.isArray(list) || list.length === 0) errors.push(`${at}: "enum" must be a non-empty list`);
      else if (list.some((item) => typeof item !== itemType || (kind === 'integer' && !Number.isInteger(item)))) {
        errors.push(`${at}: "enum" items must be of type ${kind}`);
      }
      if ('pattern' in node) errors.push(`${at}: Chrome ignores "pattern" next to "enum"`);
    }
    if (typeof node.pattern === 'string' && !validRegex(node.pattern)) errors.push(`${at}: invalid pattern`);
    for (const key of ['minimum', 'maximum'] as const) {
      if (key in node && typeof node[key] !== 'number') errors.push(`${at}: "${key}" must be a number`);
    }
    if (typeof node.minimum === 'number' && typeof node.maximum === 'number' && node.minimum > node.maximum) {
      errors.push(`${at}: minimum is above maximum`);
    }

    if (kind === 'array') {
      if (!isObject(node.items)) errors.push(`${at}: an array must have a schema in "items"`);
      else visit(node.items, `${at}.items`);
    }
    if (kind === 'object') {
      const properties = node.properties;
      if ('properties' in node && !isObject(properties)) errors.push(`${at}: "properties" must be an object`);
      if (isObject(properties)) {
        for (const [key, sub] of Object.entries(properties)) visit(sub, `${at}.${key}`);
      }
      if ('patternProperties' in node) {
        if (!isObject(node.patternProperties)) errors.push(`${at}: "patternProperties" must be an object`);
        else {
          for (const [pattern, sub] of Object.entries(node.patternProperties)) {
            if (!validRegex(pattern)) errors.push(`${at}: invalid patternProperties key /${pattern}/`);
            visit(sub, `${at}[/${pattern}/]`);
          }
        }
      }
      if ('additionalProperties' in node) {
        if (!isObject(node.additionalProperties)) errors.push(`${at}: "additionalProperties" must be a schema`);
        else visit(node.additionalProperties, `${at}.*`);
      }
      if ('required' in node) {
        const required = node.required;
        if (!Array.isArray(required) || required.some((name) => typeof name !== 'string')) {
          errors.push(`${at}: "required" must be a list of strings`);
        } else {
          for (const name of required as string[]) {
            if (!isObject(properties) || !(name in properties)) errors.push(`${at}: "required" names unknown property ${name}`);
          }
        }
      }
    }
  };

  visit(root, '(root)');
  for (const { ref, at } of refs) if (!ids.has(ref)) errors.push(`${at}: $ref "${ref}" has no matching id`);
  return errors;
}

function collectIds(node: unknown, ids: Map<string, JsonObject>): Map<string, JsonObject> {
  if (Array.isArray(node)) node.forEach((item) => collectIds(item, ids));
  else if (isObject(node)) {
    if (typeof node.id === 'string' && typeof node.type === 'string') ids.set(node.id, node);
    Object.values(node).forEach((value) => collectIds(value, ids));
  }
  return ids;
}

/**
 * Validates a policy value the way Chrome does before handing it to the extension (unknown keys
 * are reported here too, although Chrome would silently drop them). Returns the problems found.
 */
export function validateChromeValue(schema: unknown, value: unknown, at = '(root)'): string[] {
  const ids = collectIds(schema, new Map());
  const errors: string[] = [];
  const check = (node: JsonObject, item: unknown, path: string): void => {
    if (typeof node.$ref === 'string') {
      const target = ids.get(node.$ref);
      if (target) check(target, item, path);
      return;
    }
    const type = node.type as SchemaType;
    const actual = Array.isArray(item)
      ? 'array'
      : item === null
        ? 'null'
        : typeof item === 'number'
          ? Number.isInteger(item)
            ? 'integer'
            : 'number'
          : typeof item;
    const ok = actual === type || (type === 'number' && actual === 'integer');
    if (!ok) {
      errors.push(`${path}: expected ${type}, got ${actual}`);
      return;
    }
    if (type === 'object' && isObject(item)) {
      const properties = isObject(node.properties) ? node.properties : {};
      for (const [key, sub] of Object.entries(item)) {
        const known = properties[key];
        const patterns = isObject(node.patternProperties)
          ? Object.entries(node.patternProperties).filter(([pattern]) => new RegExp(pattern, 'u').test(key))
          : [];
        if (isObject(known)) check(known, sub, `${path}.${key}`);
        for (const [, patternSchema] of patterns) if (isObject(patternSchema)) check(patternSchema, sub, `${path}.${key}`);
        if (!isObject(known) && patterns.length === 0) {
          if (isObject(node.additionalProperties)) check(node.additionalProperties, sub, `${path}.${key}`);
          else errors.push(`${path}: unknown property ${key}`);
        }
      }
      for (const name of Array.isArray(node.required) ? node.required : []) {
        if (typeof name === 'string' && !(name in item)) errors.push(`${path}: missing required property ${name}`);
      }
    }
    if (type === 'array' && Array.isArray(item) && isObject(node.items)) {
      item.forEach((entry, i) => check(node.items as JsonObject, entry, `${path}[${i}]`));
    }
    if (type === 'integer' && typeof item === 'number') {
      if (typeof node.minimum === 'number' && item < node.minimum) errors.push(`${path}: below minimum ${node.minimum}`);
      if (typeof node.maximum === 'number' && item > node.maximum) errors.push(`${path}: above maximum ${node.maximum}`);
      if (Array.isArray(node.enum) && !node.enum.includes(item)) errors.push(`${path}: not one of ${node.enum.join(', ')}`);
    }
    if (type === 'string' && typeof item === 'string') {
      if (Array.isArray(node.enum)) {
        if (!node.enum.includes(item)) errors.push(`${path}: not one of ${node.enum.join(', ')}`);
      } else if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(item)) {
        errors.push(`${path}: does not match /${node.pattern}/`);
      }
    }
  };
  if (isObject(schema)) check(schema, value, at);
  return errors;
}
