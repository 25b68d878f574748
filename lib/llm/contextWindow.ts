import type { EndpointConfig } from '../settings/endpoint';
import { withDeadline } from './deadline';

/** The server software behind an OpenAI-compatible endpoint, as far as it gave itself away. */
export type ModelServer = 'vllm' | 'ollama' | 'lmstudio' | 'llamacpp' | 'unknown';

/** Where the window size came from. */
export type WindowSource =
  /** vLLM: `max_model_len` in /v1/models. Longer prompts are refused with an error. */
  | 'vllm'
  /** Ollama: the model is loaded; /api/ps gives the context it runs with. */
  | 'ollama-loaded'
  /** Ollama: the model's `num_ctx` parameter (/api/show). */
  | 'ollama-num-ctx'
  /** Ollama, model not loaded and no num_ctx: the server default (OLLAMA_CONTEXT_LENGTH) is not visible. */
  | 'ollama-default'
  /** LM Studio: the loaded model's `loaded_context_length` (/api/v0/models). */
  | 'lmstudio-loaded'
  /** llama.cpp server: `n_ctx` per slot (/props). */
  | 'llamacpp'
  /** Nothing told: EndpointConfig.contextTokens. */
  | 'configured';

export interface ContextWindow {
  /** The window every request is budgeted against. */
  tokens: number;
  source: WindowSource;
  server: ModelServer;
  /** The server cuts an over-long prompt without an error (Ollama): the model may never see the end. */
  truncatesSilently: boolean;
  /** The model's own maximum, when the server tells it (Ollama model_info, LM Studio max_context_length). */
  modelMax?: number;
  /** The configured contextTokens, for comparison. */
  configured: number;
}

/**
 * Ollama's default context length below 24 GiB of VRAM (2,048 in versions before 0.6). It cannot be read
 * from the server until the model is loaded, so an Ollama endpoint is budgeted at this until then.
 */
export const OLLAMA_DEFAULT_CONTEXT = 4096;

export interface DiscoverOptions {
  /** The egress-locked fetch (createGuardedFetch): probes go to the endpoint's own origin only. */
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Per probe; default 5 s (a local server answers at once or is not there). */
  timeoutMs?: number;
}

/**
 * Asks the endpoint's server how large the model's context window is, where the server tells:
 * vLLM (`max_model_len` in /v1/models), Ollama (/api/ps for a loaded model, else `num_ctx` and the model's
 * `context_length` from /api/show), LM Studio (/api/v0/models) and the llama.cpp server (/props). Otherwise,
 * and for Azure and OpenAI (whose limits are per model and not listed), the configured contextTokens.
 * Never throws: a probe that fails just tells nothing.
 *
 * @example
 * const window = await discoverContextWindow(endpoint, { fetch: createGuardedFetch({ allowedOrigins }) });
 * window.tokens; // 32768 from vLLM's --max-model-len
 */
export async function discoverContextWindow(endpoint: EndpointConfig, options: DiscoverOptions): Promise<ContextWindow> {
  const configured = endpoint.contextTokens;
  const fallback: ContextWindow = { tokens: configured, source: 'configured', server: 'unknown', truncatesSilently: false, configured };
  if (endpoint.provider !== 'openai-compatible') return fallback;
  const base = endpoint.baseURL.trim().replace(/\/+$/, '');
  // Ollama, LM Studio and llama.cpp serve their own APIs next to /v1.
  const root = base.replace(/\/v1$/i, '');
  const probe = async (path: string, init: RequestInit = {}): Promise<Record<string, unknown> | null> => {
    try {
      return await withDeadline({ signal: options.signal, timeoutMs: options.timeoutMs ?? 5000 }, async (signal) => {
        const headers: Record<string, string> = { ...(init.body ? { 'content-type': 'application/json' } : {}) };
        if (endpoint.apiKey) headers.Authorization = `Bearer ${endpoint.apiKey}`;
        if (endpoint.authHeader) headers[endpoint.authHeader.name] = endpoint.authHeader.value;
        const response = await options.fetch(path, { ...init, headers, signal });
        if (!response.ok) return null;
        const json: unknown = await response.json();
        return json && typeof json === 'object' ? (json as Record<string, unknown>) : null;
      });
    } catch {
      return null;
    }
  };
  const sameModel = (name: unknown) => typeof name === 'string' && modelName(name) === modelName(endpoint.model);

  // vLLM (and servers that copy it) put max_model_len on each model of the OpenAI list.
  const list = await probe(`${base}/models`);
  const listed = Array.isArray(list?.data) ? (list.data as Record<string, unknown>[]).find((m) => sameModel(m.id)) : undefined;
  const maxModelLen = positive(listed?.max_model_len);
  if (maxModelLen) return { tokens: maxModelLen, source: 'vllm', server: 'vllm', truncatesSilently: false, configured };

  const show = await probe(`${root}/api/show`, { method: 'POST', body: JSON.stringify({ model: endpoint.model, name: endpoint.model }) });
  if (show && (show.model_info || show.parameters !== undefined || show.modelfile !== undefined)) {
    const info = (show.model_info ?? {}) as Record<string, unknown>;
    const modelMax = positive(Object.entries(info).find(([key]) => key.endsWith('.context_length'))?.[1]);
    const numCtx = positive(/(?:^|\n)\s*num_ctx\s+(\d+)/.exec(String(show.parameters ?? ''))?.[1]);
    const ps = await probe(`${root}/api/ps`);
    const loaded = Array.isArray(ps?.models) ? (ps.models as Record<string, unknown>[]).find((m) => sameModel(m.name) || sameModel(m.model)) : undefined;
    const running = positive(loaded?.context_length);
    const ollama = { server: 'ollama' as const, truncatesSilently: true, configured, ...(modelMax ? { modelMax } : {}) };
    if (running) return { ...ollama, tokens: running, source: 'ollama-loaded' };
    if (numCtx) return { ...ollama, tokens: numCtx, source: 'ollama-num-ctx' };
    return { ...ollama, tokens: Math.min(configured, OLLAMA_DEFAULT_CONTEXT, modelMax ?? Infinity), source: 'ollama-default' };
  }

  const studio = await probe(`${root}/api/v0/models`);
  const studioModel = Array.isArray(studio?.data) ? (studio.data as Record<string, unknown>[]).find((m) => sameModel(m.id)) : undefined;
  if (studioModel && (studioModel.max_context_length !== undefined || studioModel.state !== undefined)) {
    const modelMax = positive(studioModel.max_context_length);
    const loadedLength = positive(studioModel.loaded_context_length);
    const lmstudio = { server: 'lmstudio' as const, truncatesSilently: false, configured, ...(modelMax ? { modelMax } : {}) };
    if (loadedLength) return { ...lmstudio, tokens: loadedLength, source: 'lmstudio-loaded' };
    return { ...lmstudio, tokens: Math.min(configured, modelMax ?? Infinity), source: 'configured' };
  }

  const props = await probe(`${root}/props`);
  const settings = (props?.default_generation_settings ?? {}) as Record<string, unknown>;
  const nCtx = positive(settings.n_ctx) ?? positive(props?.n_ctx);
  if (nCtx) return { tokens: nCtx, source: 'llamacpp', server: 'llamacpp', truncatesSilently: false, configured };
  return fallback;
}

/** "llama3.1:8b" and "llama3.1:8b" match; "llama3" matches Ollama's "llama3:latest". */
function modelName(name: string): string {
  return name.trim().toLowerCase().replace(/:latest$/, '');
}

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
