import { z } from 'zod';
import { dictationErrorCodeSchema } from './errors';

/**
 * What a transcription attempt tells the audit log (NEN 7513: sending audio to a service is a
 * transfer). Sizes only: never audio or text.
 */
export const dictationAuditEventSchema = z.object({
  type: z.literal('transcribe'),
  /** Audio length sent, in seconds. */
  seconds: z.number().nonnegative(),
  /** WAV bytes sent. */
  bytes: z.number().int().nonnegative(),
  /** host[:port] of the transcription endpoint. */
  endpointHost: z.string(),
  ok: z.boolean(),
  /** Why it failed, when it did. */
  error: dictationErrorCodeSchema.optional(),
});
export type DictationAuditEvent = z.infer<typeof dictationAuditEventSchema>;
