import type { RecordedRequest, ScriptedResponse } from '../llm-server/server.mjs';
export function saturationModel(request: RecordedRequest): ScriptedResponse | undefined;
export function summaryModel(request: RecordedRequest): ScriptedResponse | undefined;
export function benchContext(env: unknown, options?: { sizes?: number[]; summarySizes?: number[] }): Promise<void>;
