import type { RecordedRequest, ScriptedResponse } from '../llm-server/server.mjs';
/** Answers chat requests with null per schema property, and a grounded saturation of 94; undefined for other paths. */
export function quickModel(request: RecordedRequest): ScriptedResponse | undefined;
export function benchOverhead(env: unknown, options?: { runs?: number }): Promise<void>;
export function benchExtensionLargeRead(env: unknown, options?: { size?: number; runs?: number }): Promise<void>;
