// The admin's diagnostics: effective settings with their source, endpoint checks through the egress lock.
// Pure apart from the fetch and permission check it is given; the options page renders it.
export { testAllowedConnection, transcriptionEndpoint } from './connection';
export { diagnoseEndpoint, type DiagnoseDeps, type EndpointDiagnosis } from './diagnoseEndpoint';
export { settingRows, type SettingRow } from './settingRows';
