/** What a panel section tells the audit log; the App adds who, where, which client and which endpoint. */
export interface PanelAuditEvent {
  type: 'read' | 'send' | 'outcome' | 'fill' | 'undo' | 'transcribe';
  kind?: string;
  template?: string;
  endpointHost?: string;
  model?: string;
  bytes?: number;
  pseudonymizedCount?: number;
  accepted?: number;
  edited?: number;
  rejected?: number;
  fields?: string[];
  outcome?: string;
  payload?: string;
}
export type AuditSink = (event: PanelAuditEvent) => Promise<void>;
