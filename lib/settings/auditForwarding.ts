import { z } from 'zod';

/** True for hosts whose traffic never leaves the machine: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Why a collector URL is refused, or null when it is fine. Audit events name users, pages and hosts, so
 * they travel over HTTPS; plain http is accepted only for a collector on this machine (a local log shipper,
 * or the test collector), whose traffic never reaches the network. Credentials belong in `headers`:
 * fetch refuses URLs that carry them.
 *
 * @example collectorUrlProblem('http://logs.zorg.example/in') // 'https is required outside this machine'
 */
export function collectorUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Expected an https:// URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Expected an https:// URL';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'https is required outside this machine (http only for 127.0.0.1 or localhost)';
  if (url.username || url.password) return 'Put credentials in headers, not in the URL';
  return null;
}

/** RFC 9110 token characters; anything else cannot be a header name. */
export const headerNameSchema = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'Expected an HTTP header name');

/** Headers the forwarder sets itself or the browser owns; an organisation cannot replace them. */
const RESERVED_HEADERS = new Set(['content-type', 'content-length', 'host', 'origin', 'cookie', 'connection', 'transfer-encoding']);

const forwardingHeaderNameSchema = headerNameSchema.refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), {
  message: 'This header is set by Dossierhulp or the browser',
});
const headerValueSchema = z.string().refine((value) => !/[\r\n\0]/.test(value), { message: 'A header value cannot hold line breaks' });

export const collectorUrlSchema = z.string().superRefine((value, ctx) => {
  const problem = collectorUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Events per request; the collector acknowledges a request as a whole. */
export const forwardingBatchSizeSchema = z.number().int().min(1).max(1000);

/**
 * Central audit forwarding as policy sets it and the settings keep it: the collector URL, extra headers
 * (for example `Authorization` with the collector's token) and how many events go in one request.
 */
export const auditForwardingSchema = z.object({
  url: collectorUrlSchema,
  headers: z.record(forwardingHeaderNameSchema, headerValueSchema).default(() => ({})),
  batchSize: forwardingBatchSizeSchema.default(100),
});
export type AuditForwardingConfig = z.infer<typeof auditForwardingSchema>;
