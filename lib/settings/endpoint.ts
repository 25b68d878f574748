import { z } from 'zod';

/** Which wire protocol / SDK provider talks to the model. */
export const providerKindSchema = z.enum(['openai-compatible', 'azure', 'openai', 'built-in']);
export type ProviderKind = z.infer<typeof providerKindSchema>;

/** One configured LLM endpoint. The single source of truth for every provider's settings. */
export const endpointConfigSchema = z.object({
  provider: providerKindSchema.default('openai-compatible'),
  /** e.g. http://localhost:11434/v1 (Ollama). For Azure: https://<resource>.openai.azure.com/openai */
  baseURL: z.string().default('http://localhost:11434/v1'),
  model: z.string().default('llama3.1:8b'),
  apiKey: z.string().default(''),
  /** Azure only. */
  apiVersion: z.string().default(''),
  /** Extra header, e.g. an organisation's auth header: { name, value }. */
  authHeader: z.object({ name: z.string(), value: z.string() }).optional(),
  /**
   * The model's context window in tokens, used when the server does not tell its own (vLLM, Ollama, LM
   * Studio and llama.cpp do: lib/llm/contextWindow.ts). Every request is budgeted to fit it.
   */
  contextTokens: z.number().int().positive().default(8192),
  timeoutMs: z.number().int().positive().default(120_000),
  /** Model calls of a chunked summary sent at once; servers that batch (vLLM) take more. */
  concurrency: z.number().int().min(1).max(16).default(2),
});
export type EndpointConfig = z.infer<typeof endpointConfigSchema>;

/** The origin every request must go to (egress lock). */
export function endpointOrigin(endpoint: Pick<EndpointConfig, 'baseURL'>): string {
  return new URL(endpoint.baseURL).origin;
}
