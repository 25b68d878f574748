// Pure settings API: safe to import anywhere. The browser-bound part (storage, policy reading,
// watching) is in ./store and belongs in extension pages and the background only.
export * from './endpoint';
export * from './schema';
export { permissionOriginsFor, sendPolicyFor, transcriptionPolicyFor, type SendPolicy } from './sendPolicy';
export { checkEndpoint, isEndpointAllowed, originPatternSchema, parseOriginPattern, type EndpointCheck } from './endpointAllowlist';
export { parsePolicy, policySchema, LOCKABLE_PATHS, type Policy, type PolicyParseResult } from './policy';
export { resolveSettings, type ResolvedSettings } from './resolve';
export { isLocked } from './settingPaths';
export { describeWarning, settingsMessageCodes, type SettingsMessageCode, type SettingsWarning } from './messages';
export { migrateUserSettings, settingsMigrations } from './migrations';
export { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from './extension-key';
