import { describeRequestBody, requestUrl } from './guardedFetch';
import { LlmError, toLlmError } from './llmError';

type FetchFn = typeof globalThis.fetch;

export interface PreviewedRequest {
  url: string;
  method: string;
  /** Exactly the body the real call sends (JSON text), so the user sees what would leave the machine. */
  body: string;
}

/**
 * Runs the same SDK call the real action makes, but with a fetch that records the first request and
 * aborts before anything is sent. Powers "Bekijk wat er verstuurd wordt".
 *
 * @example
 * const { body } = await previewRequest((fetch) =>
 *   suggestFields({ model: createLanguageModel(endpoint, { fetch }), fields, sourceText, language: 'nl' }));
 */
export async function previewRequest(run: (fetch: FetchFn) => Promise<unknown>): Promise<PreviewedRequest> {
  let captured: PreviewedRequest | undefined;
  const capture = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!captured) {
      const body = await describeRequestBody(init?.body ?? (input instanceof Request ? await input.clone().text() : null));
      captured = { url: requestUrl(input), method: (init?.method ?? 'GET').toUpperCase(), body: body ?? '' };
    }
    // An AbortError: the SDK does not retry it, and nothing has been sent.
    throw new DOMException('Preview only: the request was not sent.', 'AbortError');
  };
  try {
    await run(capture as FetchFn);
  } catch (err) {
    if (!captured) throw toLlmError(err);
  }
  if (!captured) throw new LlmError({ code: 'not-supported', detail: 'This call sends no HTTP request (e.g. the built-in browser model).' });
  return captured;
}
