import { checkEndpoint } from './endpointAllowlist';
import { identityRule, userIdSourceOf, type IdentityRule, type UserIdSource } from './identity';
import type { SettingsWarning } from './messages';
import { DEFAULT_AI_MARK_TEMPLATE, parsePolicy, type Policy, type UserIdFrom } from './policy';
import { parseSparse } from './parseSparse';
import { POLICY_ONLY_PATHS, settingsSchema, type Settings } from './schema';
import {
  cloneData,
  coversPath,
  deleteAtPath,
  getAtPath,
  isLocked,
  isPlainObject,
  listSchemaPaths,
  mergeData,
  setAtPath,
  splitPath,
} from './settingPaths';

/** Where a setting's effective value came from. 'profile': the browser profile's account (userId only). */
export type SettingSource = 'policy' | 'profile' | 'user' | 'default';

/** What the browser knows that the settings depend on; loadSettings() reads it. */
export interface ResolveContext {
  /** The managed profile's account (chrome.identity), '' when the browser offers none. */
  profileUserId?: string;
}

/** Every setting that holds one value (objects whose fields are settings themselves are left out). */
export const SETTING_LEAF_PATHS: readonly string[] = (() => {
  const paths = listSchemaPaths(settingsSchema).filter((path) => path !== 'schemaVersion');
  return paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)));
})();

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
  /** Paths of the values the user set themselves and that count (not under a lock), e.g. 'endpoint.baseURL'. */
  userSet: string[];
  /** Where each leaf setting's value came from (keys: SETTING_LEAF_PATHS), for the admin's diagnostics view. */
  sources: Record<string, SettingSource>;
  /** Where `settings.userId` came from; every audit event records it. */
  userIdSource: UserIdSource;
  /** The policy's identity switch, null when the policy does not set it. */
  userIdFrom: UserIdFrom | null;
}

/** The dotted paths of the leaves of a sparse settings object (arrays and records of values are leaves). */
function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    isPlainObject(child) && Object.keys(child).length > 0 && !key.startsWith('pseudonymizeByEndpoint')
      ? leafPaths(child, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

type PolicyValue = { path: string; value: unknown };

/**
 * How each policy key lands in settings. Mandatory values always win and are locked; they cover
 * everything that decides where data goes and what is kept (endpoints, allowlist, pseudonymisation,
 * preview, payload logging, retention, audit identity). `language` and `features` are recommendations:
 * they replace the product default but the user may change them, unless `lockedSettings` names them.
 */
function policyValues(policy: Policy, identity: IdentityRule): { mandatory: PolicyValue[]; recommended: PolicyValue[] } {
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
  must('userId', identity.value);
  must('responsibleUserId', policy.responsibleUserId);
  must('auditForwarding', policy.auditForwarding);
  if (policy.aiTransparencyMark?.enabled === true) {
    must('aiTransparencyMark', policy.aiTransparencyMark.template ?? DEFAULT_AI_MARK_TEMPLATE);
  }

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
export function resolveSettings(defaults: Settings, user: unknown, policyRaw: unknown, context: ResolveContext = {}): ResolvedSettings {
  const warnings: SettingsWarning[] = [];

  const parsedUser = parseSparse(settingsSchema, user);
  warnings.push(...parsedUser.issues.map((issue) => ({ source: 'user' as const, ...issue })));
  const userLayer = parsedUser.value;
  for (const path of POLICY_ONLY_PATHS) delete userLayer[path];
  delete userLayer.schemaVersion;

  const { policy, warnings: policyWarnings } = parsePolicy(policyRaw);
  warnings.push(...policyWarnings);
  const identity = identityRule({ userIdFrom: policy.userIdFrom, policyUserId: policy.userId, profileUserId: context.profileUserId });
  if (identity.warning) {
    warnings.push({ source: 'policy', path: identity.warning === 'user-id-missing' ? 'userId' : 'userIdFrom', code: identity.warning, message: policy.userIdFrom ?? '' });
  }
  const { mandatory, recommended } = policyValues(policy, identity);
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
  const sources = settingSources(mandatory, recommended, userLayer, identity);
  return {
    settings,
    locked,
    managed,
    recommended: recommended.map((entry) => entry.path).filter((path) => !isLocked(locked, path)),
    warnings,
    policyActive: Object.keys(policy).length > 0,
    userSet: leafPaths(userLayer).sort(),
    sources,
    userIdSource: userIdSourceOf(identity, settings.userId),
    userIdFrom: policy.userIdFrom ?? null,
  };
}

/** Per leaf setting: a mandatory policy value, else the user's own, else a policy recommendation, else the default. */
function settingSources(
  mandatory: PolicyValue[],
  recommended: PolicyValue[],
  userLayer: Record<string, unknown>,
  identity: IdentityRule,
): Record<string, SettingSource> {
  const covered = (entries: PolicyValue[], path: string[]) => entries.some((entry) => coversPath(entry.path, path));
  const sources: Record<string, SettingSource> = {};
  for (const leaf of SETTING_LEAF_PATHS) {
    const path = splitPath(leaf);
    if (covered(mandatory, path)) sources[leaf] = leaf === 'userId' && identity.source === 'profile' ? 'profile' : 'policy';
    else if (getAtPath(userLayer, path) !== undefined) sources[leaf] = 'user';
    else if (covered(recommended, path)) sources[leaf] = 'policy';
    else sources[leaf] = 'default';
  }
  return sources;
}
