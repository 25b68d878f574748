import { z } from 'zod';
import { auditForwardingSchema, headerNameSchema } from './auditForwarding';
import { endpointConfigSchema, providerKindSchema } from './endpoint';
import { originPatternSchema } from './endpointAllowlist';
import type { SettingsWarning } from './messages';
import { parseSparse } from './parseSparse';
import {
  matchPatternSchema,
  originOf,
  POLICY_ONLY_PATHS,
  settingsSchema,
  storedTemplateSchema,
  transcriptionProviderSchema,
  uiLanguageSchema,
} from './schema';
import { isPlainObject, listSchemaPaths } from './settingPaths';

const httpUrlSchema = z.string().refine((value) => originOf(value) !== null, {
  message: 'Expected an http(s) URL',
});

/** Settings paths an admin may name in `lockedSettings`. */
export const LOCKABLE_PATHS: ReadonlySet<string> = new Set(
  listSchemaPaths(settingsSchema).filter(
    (path) => path !== 'schemaVersion' && !(POLICY_ONLY_PATHS as readonly string[]).includes(path),
  ),
);

/**
 * An organisation template: an object, or (for Chrome, whose policy schema cannot describe free-form
 * objects) the same object as a JSON string. lib/templates validates the template itself when used.
 */
export const organisationTemplateSchema = z.union([
  storedTemplateSchema,
  z.string().transform((text, ctx) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Expected a template object or a JSON string holding one' });
      return z.NEVER;
    }
    if (!isPlainObject(parsed)) {
      ctx.addIssue({ code: 'custom', message: 'The JSON string must hold one template object' });
      return z.NEVER;
    }
    return parsed;
  }),
]);

export const policyEndpointSchema = z.object({
  provider: providerKindSchema.optional(),
  baseURL: httpUrlSchema.optional(),
  model: z.string().min(1).optional(),
  apiKey: z.string().optional(),
  apiVersion: z.string().optional(),
  authHeader: z.object({ name: headerNameSchema, value: z.string() }).optional(),
  contextTokens: endpointConfigSchema.shape.contextTokens.unwrap().optional(),
  timeoutMs: endpointConfigSchema.shape.timeoutMs.unwrap().optional(),
  concurrency: endpointConfigSchema.shape.concurrency.unwrap().optional(),
});

export const policyTranscriptionSchema = z.object({
  provider: transcriptionProviderSchema.optional(),
  baseURL: httpUrlSchema.optional(),
  model: z.string().min(1).optional(),
  apiKey: z.string().optional(),
  language: z.string().min(2).optional(),
});

/** Where the audit log's user id comes from (see resolveIdentity). */
export const userIdFromSchema = z.enum(['policy', 'profile', 'manual']);
export type UserIdFrom = z.infer<typeof userIdFromSchema>;

/** The EU AI Act Art. 50 mark on inserted drafts; `{gebruiker}` in the template becomes the user id. */
export const DEFAULT_AI_MARK_TEMPLATE = 'Opgesteld met AI-ondersteuning, gecontroleerd door {gebruiker}';

export const policyAiTransparencyMarkSchema = z.object({
  enabled: z.boolean().optional(),
  template: z.string().min(1).optional(),
});

export const policyFeaturesSchema = z.object({
  summaries: z.boolean().optional(),
  fieldSuggestions: z.boolean().optional(),
  dictation: z.boolean().optional(),
});

/**
 * Managed policy as an organisation sets it (chrome.storage.managed / Firefox policies.json 3rdparty).
 * public/managed_schema.json describes the same keys for Chrome; a unit test keeps the two in step.
 * Every key is optional; parsePolicy() validates key by key, so one bad value never disables the rest.
 */
export const policySchema = z.object({
  endpoint: policyEndpointSchema.optional(),
  allowedEndpointOrigins: z.array(originPatternSchema).optional(),
  ecdSites: z.array(matchPatternSchema).optional(),
  enforcePseudonymization: z.boolean().optional(),
  requirePayloadPreview: z.boolean().optional(),
  logPayloads: z.boolean().optional(),
  auditRetentionDays: settingsSchema.shape.auditRetentionDays.unwrap().optional(),
  draftRetentionDays: settingsSchema.shape.draftRetentionDays.unwrap().optional(),
  userId: z.string().optional(),
  responsibleUserId: z.string().optional(),
  language: uiLanguageSchema.optional(),
  features: policyFeaturesSchema.optional(),
  transcription: policyTranscriptionSchema.optional(),
  organisationTemplates: z.array(organisationTemplateSchema).optional(),
  // Accountability: central audit log, identity source, AI transparency mark.
  auditForwarding: auditForwardingSchema.optional(),
  userIdFrom: userIdFromSchema.optional(),
  aiTransparencyMark: policyAiTransparencyMarkSchema.optional(),
  lockedSettings: z
    .array(z.string().refine((path) => LOCKABLE_PATHS.has(path), { message: 'Unknown setting path' }))
    .optional(),
});
export type Policy = z.output<typeof policySchema>;

/**
 * Policy keys an earlier version documented and that no longer exist. They are ignored like any unknown
 * key, but the admin is told why instead of being asked to check the spelling.
 */
const RETIRED_POLICY_KEYS: ReadonlySet<string> = new Set([
  // The browser's speech recognition sends audio to the browser vendor; Dossierhulp never uses it.
  'allowWebSpeech',
]);

export interface PolicyParseResult {
  policy: Policy;
  warnings: SettingsWarning[];
}

/**
 * Validates raw managed storage at runtime. Invalid or unknown values are ignored with a warning
 * `{ path, message }`; valid siblings still apply; it never throws. Two rules fail closed:
 * an `allowedEndpointOrigins` that is present but holds no valid origin allows no endpoint at all,
 * and an `apiKey`/`authHeader` is dropped when the same block has no valid `baseURL`.
 *
 * @example parsePolicy(await browser.storage.managed.get(null))
 */
export function parsePolicy(raw: unknown): PolicyParseResult {
  const { value, issues } = parseSparse(policySchema, raw);
  const warnings: SettingsWarning[] = issues.map((issue) =>
    issue.code === 'unknown-key' && RETIRED_POLICY_KEYS.has(issue.path)
      ? { source: 'policy', ...issue, code: 'retired-key' }
      : { source: 'policy', ...issue },
  );
  if (isPlainObject(raw) && raw.allowedEndpointOrigins !== undefined) {
    const kept = value.allowedEndpointOrigins;
    const rawList = raw.allowedEndpointOrigins;
    const intendedSome = !Array.isArray(rawList) || rawList.length > 0;
    if (!Array.isArray(kept) || (kept.length === 0 && intendedSome)) {
      value.allowedEndpointOrigins = [];
      warnings.push({
        source: 'policy',
        path: 'allowedEndpointOrigins',
        code: 'allowlist-invalid',
        message: 'No valid origin in allowedEndpointOrigins; no endpoint is allowed',
      });
    }
  }
  // An organisation's key must never go to an address the organisation did not set: secrets in
  // policy only apply together with a valid baseURL from the same policy block.
  for (const block of ['endpoint', 'transcription'] as const) {
    const section = value[block];
    if (!isPlainObject(section) || section.baseURL !== undefined) continue;
    for (const secret of ['apiKey', 'authHeader']) {
      if (section[secret] === undefined) continue;
      delete section[secret];
      warnings.push({
        source: 'policy',
        path: `${block}.${secret}`,
        code: 'secret-without-endpoint',
        message: `${block}.${secret} is ignored because the policy sets no valid ${block}.baseURL`,
      });
    }
    if (Object.keys(section).length === 0) delete value[block];
  }
  return { policy: value as Policy, warnings };
}
