import type { LanguageModel } from 'ai';
import { LlmError } from './llmError';

type LanguageModelV3 = Extract<LanguageModel, { specificationVersion: 'v3' }>;

/** What the browser's Prompt API reports for its on-device model. */
export type BuiltInAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface PromptApi {
  availability?: () => Promise<string>;
}

function promptApi(): PromptApi | undefined {
  return (globalThis as { LanguageModel?: PromptApi }).LanguageModel;
}

/**
 * Feature-detects the browser's on-device model (Chrome's Prompt API). Offer the 'built-in' provider
 * only when this is not 'unavailable'.
 */
export async function builtInModelAvailability(): Promise<BuiltInAvailability> {
  const api = promptApi();
  if (!api?.availability) return 'unavailable';
  try {
    const answer = await api.availability();
    return answer === 'available' || answer === 'downloadable' || answer === 'downloading' ? answer : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * A model that loads @built-in-ai/core on first use, so Node and browsers without the Prompt API never
 * import it. Without the Prompt API every call fails with 'not-supported'.
 */
export function createBuiltInModel(): LanguageModelV3 {
  let loading: Promise<LanguageModelV3> | undefined;
  const load = (): Promise<LanguageModelV3> => {
    loading ??= (async () => {
      if (!promptApi()) {
        throw new LlmError({ code: 'not-supported', detail: 'This browser has no built-in language model (Prompt API).' });
      }
      const { builtInAI } = await import('@built-in-ai/core');
      return builtInAI('text') as LanguageModelV3;
    })().catch((err: unknown) => {
      loading = undefined; // the browser may gain the model later (download finished)
      throw err;
    });
    return loading;
  };
  return {
    specificationVersion: 'v3',
    provider: 'browser-ai',
    modelId: 'text',
    supportedUrls: {},
    doGenerate: async (options) => (await load()).doGenerate(options),
    doStream: async (options) => (await load()).doStream(options),
  };
}
