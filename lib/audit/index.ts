// Pure audit API. The per-install salt (browser storage) is in ./installSalt.
export * from './auditEvent';
export { hashClientRef, makeSalt } from './clientHash';
export { purgeExpiredAudit, queryAudit, recordAuditEvent, type AuditFilters } from './auditLog';
export { exportAuditCsv, exportAuditJson } from './exportAudit';
export { createAuditor, type Auditor, type AuditorDeps, type AuditSubject, type FlowAuditEvent } from './auditor';
export { describeAuditEvent, outcomeText, type AuditEntryView, type DescribeContext } from './describeEvent';
export { logFilters, type LogFilterInput } from './logFilters';
