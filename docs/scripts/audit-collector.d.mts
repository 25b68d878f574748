// Types for audit-collector.mjs.
export interface AuditCollectorOptions {
  /** Default 127.0.0.1: put a reverse proxy with HTTPS in front. */
  host?: string;
  /** Default 8514; 0 picks a free port. */
  port?: number;
  /** Append each new event here as one JSON line; events already in the file are not written again. */
  file?: string;
  /** Require `Authorization: Bearer <token>`. */
  token?: string;
  /** Answer CORS for this origin (chrome-extension://<id>) when the proxy does not. */
  allowOrigin?: string;
}

export interface AuditCollector {
  /** http://host:port/dossierhulp */
  url: string;
  port: number;
  /** Every event received, duplicates included, in order. */
  received: Record<string, unknown>[];
  /** The events kept: each eventId once. */
  stored: Record<string, unknown>[];
  close(): Promise<void>;
}

export function startAuditCollector(options?: AuditCollectorOptions): Promise<AuditCollector>;
