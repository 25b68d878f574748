// Pure settings API: safe to import anywhere. The browser-bound part (storage, policy reading,
// watching) is in ./store and belongs in extension pages and the background only.
export * from './endpoint';
export * from './schema';
export { forwardingPolicyFor, permissionOriginsFor, sendPolicyFor, transcriptionPolicyFor, type ForwardingPolicy, type SendPolicy } from './sendPolicy';
export { auditForwardingSchema, collectorUrlProblem, isLoopbackHost, type AuditForwardingConfig } from './auditForwarding';
export { identityRule, userIdSourceOf, userIdSourceSchema, type IdentityInput, type IdentityRule, type UserIdSource } from './identity';
export { checkEndpoint, isEndpointAllowed, originPatternSchema, parseOriginPattern, type EndpointCheck } from './endpointAllowlist';
export { parsePolicy, policySchema, LOCKABLE_PATHS, DEFAULT_AI_MARK_TEMPLATE, type Policy, type PolicyParseResult, type UserIdFrom } from './policy';
export { resolveSettings, SETTING_LEAF_PATHS, type ResolveContext, type ResolvedSettings, type SettingSource } from './resolve';
export { isLocked } from './settingPaths';
export { describeWarning, settingsMessageCodes, type SettingsMessageCode, type SettingsWarning } from './messages';
export { migrateUserSettings, settingsMigrations } from './migrations';
export { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from './extension-key';
export { DEMO_MODEL, isDemoEndpoint } from './demo';
export { firstRunGuide, type FirstRunGuide, type SetupState } from './firstRun';
export { parseSitePatterns, sitePatternsText } from './sitePatterns';
