// Types for demoModel.mjs (the demo model of `npm run demo`).
import type { RecordedRequest, ScriptedResponse } from './server.mjs';

/** The model name the demo configures and lists. */
export const DEMO_MODEL: string;

/** The demo model's deterministic answer to a request, or undefined for anything it does not answer. */
export function demoAnswer(request: RecordedRequest): ScriptedResponse | undefined;
