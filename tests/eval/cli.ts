import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { endpointConfigSchema, providerKindSchema, type EndpointConfig } from '../../lib/settings/endpoint';
import { loadCases } from './evalCase';
import { evalWithTestServer } from './evalWithTestServer';
import { formatCase, formatHeader, formatTotals } from './formatReport';
import { runEval, type EvalReport } from './runEval';

export const USAGE = `npm run eval -- [options]

Runs the JSON cases in tests/eval/cases through the real suggestion pipeline and prints per-field
accuracy and grounding rate.

Endpoint (default: --test-server):
  --test-server              local test LLM server with an oracle: a plumbing check, not a model score
  --endpoint <url>           OpenAI-compatible base URL, e.g. http://localhost:11434/v1 (Ollama)
  --model <name>             model (Azure: deployment name); default llama3.1:8b
  --api-key <key>            API key (better: env DOSSIERHULP_EVAL_API_KEY)
  --provider <kind>          openai-compatible (default) | azure | openai
  --api-version <version>    Azure only, e.g. 2024-10-21 (deployment URLs) or v1
  --auth-header "Name: value" an extra header, e.g. an organisation's gateway key
  --timeout <ms>             per case, default 120000
Env instead of flags: DOSSIERHULP_EVAL_BASE_URL, _MODEL, _API_KEY, _PROVIDER, _API_VERSION, _AUTH_HEADER, _TIMEOUT_MS, _MIN_ACCURACY

Run:
  --case <id>                only this case (repeatable, or comma-separated)
  --cases <dir>              case folder (default tests/eval/cases)
  --language nl|en           prompt language (default nl)
  --no-pseudonymize          send identifiers as they are (to measure what pseudonymisation costs)
  --min-accuracy <0..1>      exit 1 when per-field accuracy is below this (e.g. 0.8)
  --min-grounding <0..1>     exit 1 when the grounding rate is below this
  --json <file>              also write the full report as JSON
  --help`;

class UsageError extends Error {}

interface CliOptions {
  testServer: boolean;
  endpoint: EndpointConfig;
  cases: string[];
  casesDir: string;
  language: 'nl' | 'en';
  pseudonymize: boolean;
  minAccuracy?: number;
  minGrounding?: number;
  json?: string;
}

const CASES_DIR = fileURLToPath(new URL('./cases', import.meta.url));

/**
 * `npm run eval`: parses flags and env, runs the cases, prints the report.
 * Returns the exit code: 0 done, 1 below --min-accuracy / --min-grounding, 2 usage or case errors.
 */
export async function main(argv: string[], env: Record<string, string | undefined> = process.env, out: (line: string) => void = console.log): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv, env);
  } catch (error) {
    if (error instanceof UsageError) {
      out(error.message ? `${error.message}\n\n${USAGE}` : USAGE);
      return error.message ? 2 : 0;
    }
    throw error;
  }

  let cases;
  try {
    cases = loadCases(options.casesDir, options.cases);
  } catch (error) {
    out(error instanceof Error ? error.message : String(error));
    return 2;
  }

  const onCase = (result: Parameters<typeof formatCase>[0], index: number, total: number) => out(formatCase(result, index, total));
  const common = { language: options.language, pseudonymize: options.pseudonymize };
  let report: EvalReport;
  if (options.testServer) {
    report = await evalWithTestServer({
      cases,
      ...common,
      onCase,
      onStart: (info) => out(formatHeader({ ...info, ...common }, cases.length)),
    });
  } else {
    out(formatHeader({ mode: 'endpoint', endpoint: options.endpoint, ...common }, cases.length));
    report = await runEval({ cases, endpoint: options.endpoint, mode: 'endpoint', ...common, onCase });
  }
  out(formatTotals(report));
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    out(`\nReport written to ${options.json}`);
  }

  const below: string[] = [];
  if (options.minAccuracy !== undefined && report.totals.accuracy < options.minAccuracy) {
    below.push(`per-field accuracy ${(report.totals.accuracy * 100).toFixed(1)}% is below --min-accuracy ${options.minAccuracy}`);
  }
  if (options.minGrounding !== undefined && (report.totals.groundingRate ?? 0) < options.minGrounding) {
    below.push(`grounding rate ${report.totals.groundingRate === null ? 'n/a' : `${(report.totals.groundingRate * 100).toFixed(1)}%`} is below --min-grounding ${options.minGrounding}`);
  }
  for (const line of below) out(`\nFAIL: ${line}`);
  return below.length > 0 ? 1 : 0;
}

function parseArgs(argv: string[], env: Record<string, string | undefined>): CliOptions {
  const flags = new Map<string, string[]>();
  const booleans = new Set(['--test-server', '--no-pseudonymize', '--help', '-h']);
  const valued = new Set(['--endpoint', '--base-url', '--model', '--api-key', '--provider', '--api-version', '--auth-header', '--timeout', '--case', '--cases', '--language', '--min-accuracy', '--min-grounding', '--json']);
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [name, inline] = raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (booleans.has(name)) {
      flags.set(name, ['true']);
    } else if (valued.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else {
      throw new UsageError(`Unknown option: ${raw}`);
    }
  }
  if (flags.has('--help') || flags.has('-h')) throw new UsageError('');
  const flag = (name: string) => flags.get(name)?.at(-1);

  const baseURL = flag('--endpoint') ?? flag('--base-url') ?? env.DOSSIERHULP_EVAL_BASE_URL;
  const testServer = flags.has('--test-server') || !baseURL;
  if (flags.has('--test-server') && (flag('--endpoint') || flag('--base-url'))) throw new UsageError('Give either --test-server or --endpoint, not both');
  // A model flag without an endpoint would silently score the oracle instead of that model.
  const endpointOnly = ['--model', '--api-key', '--provider', '--api-version', '--auth-header'].filter((f) => flags.has(f));
  if (testServer && endpointOnly.length > 0) throw new UsageError(`${endpointOnly.join(', ')} need(s) --endpoint (or DOSSIERHULP_EVAL_BASE_URL); the test server has its own oracle`);
  const provider = flag('--provider') ?? env.DOSSIERHULP_EVAL_PROVIDER;
  if (provider !== undefined && !providerKindSchema.exclude(['built-in']).safeParse(provider).success) {
    throw new UsageError(`--provider must be openai-compatible, azure or openai (not ${JSON.stringify(provider)})`);
  }
  const timeout = flag('--timeout') ?? env.DOSSIERHULP_EVAL_TIMEOUT_MS;
  if (timeout !== undefined && !(Number.isInteger(Number(timeout)) && Number(timeout) > 0)) throw new UsageError('--timeout must be a positive number of milliseconds');
  if (baseURL !== undefined && !URL.canParse(baseURL)) throw new UsageError(`Not a URL: ${baseURL}`);
  const header = flag('--auth-header') ?? env.DOSSIERHULP_EVAL_AUTH_HEADER;
  const colon = header?.indexOf(':') ?? -1;
  if (header !== undefined && colon <= 0) throw new UsageError('--auth-header must look like "Name: value"');
  const endpoint = endpointConfigSchema.parse({
    provider: provider ?? 'openai-compatible',
    baseURL: baseURL ?? 'http://127.0.0.1/v1',
    model: flag('--model') ?? env.DOSSIERHULP_EVAL_MODEL,
    apiKey: flag('--api-key') ?? env.DOSSIERHULP_EVAL_API_KEY,
    apiVersion: flag('--api-version') ?? env.DOSSIERHULP_EVAL_API_VERSION,
    authHeader: header === undefined ? undefined : { name: header.slice(0, colon).trim(), value: header.slice(colon + 1).trim() },
    timeoutMs: timeout === undefined ? undefined : Number(timeout),
  });

  const language = flag('--language') ?? 'nl';
  if (language !== 'nl' && language !== 'en') throw new UsageError('--language must be nl or en');
  return {
    testServer,
    endpoint,
    cases: (flags.get('--case') ?? []).flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean),
    casesDir: flag('--cases') ? resolve(flag('--cases')!) : CASES_DIR,
    language,
    pseudonymize: !flags.has('--no-pseudonymize'),
    minAccuracy: fraction('--min-accuracy', flag('--min-accuracy') ?? env.DOSSIERHULP_EVAL_MIN_ACCURACY),
    minGrounding: fraction('--min-grounding', flag('--min-grounding')),
    json: flag('--json'),
  };
}

/** "0.8" or "80%" → 0.8; undefined stays undefined. */
function fraction(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim().endsWith('%') ? Number(text.trim().slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`${name} must be between 0 and 1 (or a percentage), not ${JSON.stringify(text)}`);
  return value;
}
