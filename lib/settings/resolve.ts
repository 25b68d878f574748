import { checkEndpoint } from './endpointAllowlist';
import type { SettingsWarning } from './messages';
import { parsePolicy, type Policy } from './policy';
import { parseSparse } from './parseSparse';
import { POLICY_ONLY_PATHS, settingsSchema, type Settings } from './schema';
import {
  cloneData,
  deleteAtPath,
  isLocked,
  mergeData,
  setAtPath,
  splitPath,
} from './settingPaths';

export interface ResolvedSettings {
  /** The settings every step uses: policy > user > defaults. */
  settings: Settings;
  /**
   * Paths the user cannot change (a path locks its children): the policy's `lockedSettings`,
   * every mandatory policy value, and the policy-only paths. Check with isLocked().
   */
  locked: string[];
  /** Paths whose value came from policy (mandatory or recommended), for the "managed" badges. */
  managed: string[];
  /** Policy paths whose value is a recommendation: the user may override it unless it is locked. */
  recommended: string[];
  /** Ignored policy or user values, for the admin section of the options page. */
  warnings: SettingsWarning[];
  /** True when the organisation set at least one valid policy value. */
  policyActive: boolean;
}

type PolicyValue = { path: string; value: unknown };

/**
 * How each policy key lands in settings. Mandatory values always win and are locked; they cover
 * everything that decides where data goes and what is kept (endpoints, allowlist, pseudonymisation,
 * preview, payload logging, retention, audit identity). `language` and `features` are recommendations:
 * they replace the product default but the user may change them, unless `lockedSettings` names them.
 */
function policyValues(policy: Policy): { mandatory: PolicyValue[]; recommended: PolicyValue[] } {
  const mandatory: PolicyValue[] = [];
  const recommended: PolicyValue[] = [];
  const must = (path: string, value: unknown) => {
    if (value !== undefined) mandatory.push({ path, value });
  };
  const may = (path: string, value: unknown) => {
    if (value !== undefined) recommended.push({ path, value });
  };

  for (const [key, value] of Object.entries(policy.endpoint ?? {})) must(`endpoint.${key}`, value);
  for (const [key, value] of Object.entries(policy.transcription ?? {})) must(`transcription.${key}`, value);
  must('allowedEndpointOrigins', policy.allowedEndpointOrigins);
  must('ecdSites', policy.ecdSites);
  must('organisationTemplates', policy.organisationTemplates);
  if (policy.enforcePseudonymization === true) {
    must('pseudonymize', true);
    // Per-endpoint exceptions would undo the enforcement.
    must('pseudonymizeByEndpoint', {});
  }
  if (policy.requirePayloadPreview === true) must('previewBeforeSend', true);
  must('logPayloads', policy.logPayloads);
  must('auditRetentionDays', policy.auditRetentionDays);
  must('draftRetentionDays', policy.draftRetentionDays);
  must('userId', policy.userId);
  must('responsibleUserId', policy.responsibleUserId);

  may('language', policy.language);
  for (const [key, value] of Object.entries(policy.features ?? {})) may(`features.${key}`, value);
  return { mandatory, recommended };
}

/**
 * Merges the three layers: defaults, the user's stored (sparse) settings and managed policy.
 * Policy and user values are validated field by field; invalid ones are ignored with a warning.
 * A path in `lockedSettings` without a policy value is fixed at the recommended or default value.
 * Pure: the browser-bound loading lives in store.ts.
 *
 * @example resolveSettings(defaultSettings(), await settingsItem.getValue(), await readPolicy())
 */
export function resolveSettings(defaults: Settings, user: unknown, policyRaw: unknown): ResolvedSettings {
  const warnings: SettingsWarning[] = [];

  const parsedUser = parseSparse(settingsSchema, user);
  warnings.push(...parsedUser.issues.map((issue) => ({ source: 'user' as const, ...issue })));
  const userLayer = parsedUser.value;
  for (const path of POLICY_ONLY_PATHS) delete userLayer[path];
  delete userLayer.schemaVersion;

  const { policy, warnings: policyWarnings } = parsePolicy(policyRaw);
  warnings.push(...policyWarnings);
  const { mandatory, recommended } = policyValues(policy);
  const explicitLocks = policy.lockedSettings ?? [];

  const locked = [...new Set([...explicitLocks, ...mandatory.map((entry) => entry.path), ...POLICY_ONLY_PATHS])].sort();

  // The user's values under locked paths do not count.
  for (const path of locked) deleteAtPath(userLayer, splitPath(path));

  let merged: Record<string, unknown> = cloneData(defaults) as Record<string, unknown>;
  for (const { path, value } of recommended) setAtPath(merged, splitPath(path), cloneData(value));
  merged = mergeData(merged, userLayer);
  for (const { path, value } of mandatory) setAtPath(merged, splitPath(path), cloneData(value));

  const parsed = settingsSchema.safeParse(merged);
  // Every layer was validated per field, so this only fails on a bug; fall back to defaults + policy.
  let settings: Settings;
  if (parsed.success) settings = parsed.data;
  else {
    const fallback: Record<string, unknown> = cloneData(defaults) as Record<string, unknown>;
    for (const { path, value } of mandatory) setAtPath(fallback, splitPath(path), cloneData(value));
    settings = settingsSchema.parse(fallback);
  }

  for (const [path, endpoint] of [
    ['endpoint.baseURL', settings.endpoint],
    ['transcription.baseURL', settings.transcription],
  ] as const) {
    if (!endpoint.baseURL) continue;
    const check = checkEndpoint(settings, endpoint);
    if (!check.ok && check.code === 'endpoint-not-allowed') {
      warnings.push({
        source: isLocked(locked, path) ? 'policy' : 'user',
        path,
        code: 'endpoint-not-allowed',
        message: check.origin ?? check.url,
      });
    }
  }

  const managed = [...new Set([...mandatory, ...recommended].map((entry) => entry.path))].sort();
  return {
    settings,
    locked,
    managed,
    recommended: recommended.map((entry) => entry.path).filter((path) => !isLocked(locked, path)),
    warnings,
    policyActive: Object.keys(policy).length > 0,
  };
}
