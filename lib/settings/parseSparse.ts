import { z } from 'zod';
import { isMergeableObject, isPlainObject, unwrapSchema } from './settingPaths';

export interface SparseIssue {
  /** Dot path of the ignored value, with [i] for list items: 'ecdSites[2]'. */
  path: string;
  code: 'invalid-value' | 'unknown-key';
  /** What was wrong, in English (zod's message); the UI shows it next to the coded text. */
  message: string;
}

export interface SparseResult {
  /** Only the keys that were present and valid; nothing is filled in from defaults. */
  value: Record<string, unknown>;
  issues: SparseIssue[];
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Validates a partial object against an object schema field by field, so one bad value never
 * costs its valid siblings. Unknown keys and invalid values are left out and reported; list items
 * are checked one by one and only the bad items are dropped. Defaults are NOT filled in.
 *
 * Used for managed policy (Firefox does not validate it against a schema) and for the stored
 * user settings (which may come from an older or hand-edited version).
 *
 * @example parseSparse(policySchema, { logPayloads: 'yes', userId: 'u1' })
 *   // → { value: { userId: 'u1' }, issues: [{ path: 'logPayloads', code: 'invalid-value', … }] }
 */
export function parseSparse(schema: z.ZodObject, raw: unknown, prefix = ''): SparseResult {
  const issues: SparseIssue[] = [];
  const value: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { value, issues };
  if (!isPlainObject(raw)) {
    issues.push({ path: prefix || '(root)', code: 'invalid-value', message: 'Expected an object' });
    return { value, issues };
  }
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [key, item] of Object.entries(raw)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) {
      issues.push({ path, code: 'unknown-key', message: `Unknown key "${key}"` });
      continue;
    }
    if (item === undefined) continue;
    const inner = unwrapSchema(field);
    if (isMergeableObject(inner) && isPlainObject(item)) {
      const nested = parseSparse(inner, item, path);
      issues.push(...nested.issues);
      if (Object.keys(nested.value).length > 0) value[key] = nested.value;
      continue;
    }
    if (inner instanceof z.ZodArray && Array.isArray(item)) {
      const element = inner.element as z.ZodType;
      const kept: unknown[] = [];
      item.forEach((entry, i) => {
        const parsed = element.safeParse(entry);
        if (parsed.success) kept.push(parsed.data);
        else issues.push({ path: `${path}[${i}]`, code: 'invalid-value', message: describeIssues(parsed.error) });
      });
      value[key] = kept;
      continue;
    }
    const parsed = field.safeParse(item);
    if (parsed.success) value[key] = parsed.data;
    else issues.push({ path, code: 'invalid-value', message: describeIssues(parsed.error) });
  }
  return { value, issues };
}
