import type { Page } from 'playwright-core';
import { startSandboxServer } from '../sandbox/serve.mjs';
import { startTestLlmServer, type RecordedRequest, type ScriptedResponse, type TestLlmServer } from '../llm-server/server.mjs';
import { launchWithExtension, openPanel, setUserSettings, type ExtensionBrowser } from './harness';

export interface E2eEnv {
  ext: ExtensionBrowser;
  llm: TestLlmServer;
  sandbox: { url: string; close(): Promise<void> };
  close(): Promise<void>;
}

/** Browser with the extension, the sandbox ECD and the test model server, wired together. */
export async function startE2e(options: { extraArgs?: string[]; configure?: boolean; llm?: TestLlmServer } = {}): Promise<E2eEnv> {
  const [llm, sandbox] = await Promise.all([options.llm ?? startTestLlmServer(), startSandboxServer()]);
  const ext = await launchWithExtension(options.extraArgs);
  if (options.configure !== false) {
    await setUserSettings(ext, { endpoint: { provider: 'openai-compatible', baseURL: llm.url, model: 'test-model', apiKey: '' } });
  }
  return {
    ext,
    llm,
    sandbox,
    async close() {
      await ext.close();
      await Promise.all([llm.close(), sandbox.close()]);
    },
  };
}

/** Opens a sandbox page and the panel aimed at it, and reads the page. */
export async function openAndRead(env: E2eEnv, path: string): Promise<{ page: Page; panel: Page }> {
  const page = await env.ext.context.newPage();
  await page.goto(new URL(path, env.sandbox.url).href);
  const panel = await openPanel(env.ext, page);
  await panel.getByRole('button', { name: 'Lees pagina' }).click();
  await panel.getByTestId('client').waitFor();
  return { page, panel };
}

type JsonSchema = { properties?: Record<string, JsonSchema>; description?: string; anyOf?: JsonSchema[] };

/** The response_format schema of a chat request, where the model would read which fields exist. */
export function requestSchema(request: RecordedRequest): JsonSchema {
  const format = request.body?.response_format;
  return (format?.json_schema?.schema ?? {}) as JsonSchema;
}

/**
 * A model that answers by field label: it looks up each label in the request's own response schema,
 * as a real model has to, and answers only for the labels given.
 */
export function answerByLabel(byLabel: Record<string, { value: unknown; quote: string }>): ScriptedResponse {
  return (request) => {
    const schema = requestSchema(request);
    const properties = schema.properties ?? {};
    const answer: Record<string, unknown> = {};
    for (const [prop, sub] of Object.entries(properties)) {
      const description = sub.description ?? sub.anyOf?.map((s) => s.description ?? '').join(' ') ?? '';
      const hit = Object.entries(byLabel).find(([label]) => description.includes(label));
      answer[prop] = hit ? hit[1] : null;
    }
    return { json: answer };
  };
}

/** Messages the panel shows in its alert region. */
export async function alertText(panel: Page): Promise<string> {
  const alert = panel.getByRole('alert').first();
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}
