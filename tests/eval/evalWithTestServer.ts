import { endpointConfigSchema } from '../../lib/settings/endpoint';
import { startTestLlmServer } from '../llm-server/server.mjs';
import type { LoadedCase } from './evalCase';
import { createOracle, type OracleMistake } from './oracle';
import { runEval, type EvalReport, type RunEvalOptions } from './runEval';

export interface TestServerEvalOptions extends Pick<RunEvalOptions, 'language' | 'pseudonymize' | 'onCase'> {
  cases: LoadedCase[];
  /** Deliberate oracle errors: case id → field label → mistake. */
  mistakes?: Record<string, Record<string, OracleMistake>>;
  /** Called with the header data before the first case runs. */
  onStart?: (info: Pick<EvalReport, 'mode' | 'endpoint'>) => void;
}

/**
 * Runs the cases against the local test LLM server with the oracle as its "model": every layer of the
 * pipeline runs for real over HTTP, only the answers are known in advance. A plumbing check, not a
 * model score. The server is closed afterwards, also on failure.
 */
export async function evalWithTestServer(options: TestServerEvalOptions): Promise<EvalReport> {
  const server = await startTestLlmServer({ models: ['oracle'] });
  try {
    const endpoint = endpointConfigSchema.parse({ provider: 'openai-compatible', baseURL: server.url, model: 'oracle', timeoutMs: 30_000 });
    options.onStart?.({ mode: 'test-server', endpoint });
    return await runEval({
      cases: options.cases,
      endpoint,
      mode: 'test-server',
      language: options.language,
      pseudonymize: options.pseudonymize,
      onCase: options.onCase,
      beforeRun: ({ evalCase, restore, problem }) => {
        server.reset();
        server.setHandler(createOracle({ evalCase, restore, mistakes: options.mistakes?.[evalCase.id], onProblem: problem }));
      },
    });
  } finally {
    await server.close();
  }
}
