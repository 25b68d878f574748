import { z } from 'zod';

/**
 * Dot paths into settings ('endpoint.baseURL'). Internally a path is a list of segments,
 * because record keys (origins such as https://ai.zorg.nl) contain dots themselves.
 */
export type PathSegments = readonly string[];

/** A JSON-like object that is not an array, null, or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Deep copy of JSON-like data. */
export function cloneData<T>(value: T): T {
  return structuredClone(value);
}

/** Structural equality of JSON-like values. */
export function isSameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => isSameData(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && isSameData(a[key], b[key]));
  }
  return false;
}

/** The value at `path`, or undefined. */
export function getAtPath(root: unknown, path: PathSegments): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (!isPlainObject(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/** Sets `value` at `path`, creating plain objects on the way. Mutates `root`. */
export function setAtPath(root: Record<string, unknown>, path: PathSegments, value: unknown): void {
  let node = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (isPlainObject(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[segment] = created;
      node = created;
    }
  });
}

/** Removes the value at `path` and any objects left empty by that. Mutates `root`. */
export function deleteAtPath(root: Record<string, unknown>, path: PathSegments): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(root, head)) return;
  if (rest.length === 0) {
    delete root[head];
    return;
  }
  const child = root[head];
  if (!isPlainObject(child)) return;
  deleteAtPath(child, rest);
  if (Object.keys(child).length === 0) delete root[head];
}

/** Merges plain objects recursively; arrays and other values from `over` replace those in `base`. */
export function mergeData(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeData(current, value) : value;
  }
  return out;
}

/** 'endpoint.baseURL' → ['endpoint', 'baseURL']. */
export function splitPath(path: string): string[] {
  return path.split('.');
}

/** True when `lockedPath` is `path` itself or one of its ancestors. */
export function coversPath(lockedPath: string, path: PathSegments): boolean {
  const locked = splitPath(lockedPath);
  return locked.length <= path.length && locked.every((segment, i) => segment === path[i]);
}

/**
 * Whether a setting is locked by policy: the path itself or one of its ancestors is locked.
 *
 * @example isLocked(['endpoint'], 'endpoint.baseURL') // true
 */
export function isLocked(locked: readonly string[], path: string | PathSegments): boolean {
  const segments = typeof path === 'string' ? splitPath(path) : path;
  return locked.some((lockedPath) => coversPath(lockedPath, segments));
}

/** Strips `.default()`, `.prefault()` and `.optional()` wrappers to reach the schema that checks the value. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodOptional) {
      current = current.unwrap() as z.ZodType;
    } else return current;
  }
}

/**
 * Whether a sparse subset of this object can be merged over defaults: every field has a default or
 * is optional. Such objects are walked field by field; others (e.g. authHeader {name,value}) are one value.
 */
export function isMergeableObject(schema: z.ZodType): schema is z.ZodObject {
  return schema instanceof z.ZodObject && schema.safeParse({}).success;
}

/** Every dot path of an object schema that can be addressed as a setting (objects and their fields). */
export function listSchemaPaths(schema: z.ZodObject, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    paths.push(path);
    const inner = unwrapSchema(field as z.ZodType);
    if (isMergeableObject(inner)) paths.push(...listSchemaPaths(inner, path));
  }
  return paths;
}
