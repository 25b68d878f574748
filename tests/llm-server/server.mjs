#!/usr/bin/env node
// A small local OpenAI-compatible server that speaks the real wire protocol (JSON and SSE),
// answers from a per-test script and records every request. Plain ESM so the demo script can
// run it with Node alone; TypeScript consumers get types from server.d.mts.
//
//   node tests/llm-server/server.mjs --port 11435 [--host 127.0.0.1] [--models a,b] [--echo | --demo]

import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { demoAnswer, DEMO_MODEL } from './demoModel.mjs';
import { multipartBoundary, parseMultipart, wavDurationSeconds } from './multipart.mjs';
import { obedientAnswer } from './obedient.mjs';

/**
 * @typedef {import('./server.d.mts').ScriptedResponse} ScriptedResponse
 * @typedef {import('./server.d.mts').RecordedRequest} RecordedRequest
 * @typedef {import('./server.d.mts').TestLlmServer} TestLlmServer
 * @typedef {import('./server.d.mts').TestLlmServerOptions} TestLlmServerOptions
 * @typedef {import('./server.d.mts').TranscriptionRequestBody} TranscriptionRequestBody
 * @typedef {import('./server.d.mts').ContextReport} ContextReport
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 */

const NO_SCRIPT_MESSAGE =
  'Test LLM server: no scripted response left in the queue for this request. Enqueue one with server.enqueue(...) or set a handler.';

/** OpenAI-style error bodies per status, so SDK error parsing sees what real servers send. */
const DEFAULT_ERRORS = /** @type {Record<number, { message: string; type: string; code: string | null }>} */ ({
  400: { message: 'Bad request.', type: 'invalid_request_error', code: null },
  401: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
  403: { message: 'Forbidden.', type: 'invalid_request_error', code: 'forbidden' },
  404: { message: 'The model does not exist or you do not have access to it.', type: 'invalid_request_error', code: 'model_not_found' },
  429: { message: 'Rate limit reached for requests. Please try again later.', type: 'requests', code: 'rate_limit_exceeded' },
  500: { message: 'The server had an error while processing your request.', type: 'server_error', code: null },
  502: { message: 'Bad gateway.', type: 'server_error', code: null },
  503: { message: 'The server is overloaded or not ready yet.', type: 'server_error', code: null },
});

/** Messages for `{ error: code }` responses (HTTP 400 unless a status is given). */
const ERROR_CODE_MESSAGES = /** @type {Record<string, string>} */ ({
  context_length_exceeded:
    "This model's maximum context length is 8192 tokens. However, your messages resulted in 12050 tokens. Please reduce the length of the messages.",
});

/**
 * Starts the server on loopback. Resolves once it is listening.
 * @param {TestLlmServerOptions} [options]
 * @returns {Promise<TestLlmServer>}
 */
export async function startTestLlmServer({ port = 0, host = '127.0.0.1', models = ['test-model'], allowOrigins, contextReport } = {}) {
  /** @type {ContextReport | null} */
  let report = contextReport ?? null;
  /** @type {ScriptedResponse[]} */
  const queue = [];
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {((req: RecordedRequest) => ScriptedResponse | undefined | Promise<ScriptedResponse | undefined>) | null} */
  let handler = null;
  /** Responses that are still open (hang, delays, slow streams) so close() can end them. */
  const open = new Set(/** @type {Set<ServerResponse>} */ ([]));

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    handle(req, res).catch((err) => {
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, { error: { message: `Test LLM server failure: ${String(err?.stack ?? err)}`, type: 'server_error', code: null } });
      } else {
        res.destroy();
      }
    });
  });

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  async function handle(req, res) {
    const origin = req.headers.origin;
    if (origin && allowOrigins && !allowOrigins.some((pattern) => originMatches(pattern, origin))) {
      // What Ollama does for an origin outside OLLAMA_ORIGINS: 403 with an empty body and no CORS headers.
      res.writeHead(403, { 'Content-Length': '0' });
      res.end();
      return;
    }
    setCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }

    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    /** @type {RecordedRequest} */
    const record = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(req.headers),
      body: parseBody(raw, req.headers['content-type']),
      rawBody: isText(req.headers['content-type']) ? raw.toString('utf8') : '',
      aborted: false,
      at: Date.now(),
    };
    requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.aborted = true;
    });

    const route = routeOf(record);
    let scripted = handler ? await handler(record) : undefined;
    if (scripted === undefined) {
      if (route === 'models' && record.method === 'GET') {
        const maxModelLen = report?.style === 'vllm' ? { max_model_len: report.tokens } : {};
        sendJson(res, 200, {
          object: 'list',
          data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'test-llm-server', ...maxModelLen })),
        });
        return;
      }
      const told = report ? contextAnswer(report, record, models) : undefined;
      if (told) {
        sendJson(res, 200, told);
        return;
      }
      if (route === 'unknown') {
        sendJson(res, 404, { error: { message: `Unknown route ${record.method} ${record.path}`, type: 'invalid_request_error', code: 'unknown_url' } });
        return;
      }
      scripted = queue.shift();
    }
    if (scripted === undefined) {
      sendJson(res, 500, { error: { message: NO_SCRIPT_MESSAGE, type: 'server_error', code: 'no_scripted_response' } });
      return;
    }
    await respond(scripted, record, route, res);
  }

  /**
   * @param {ScriptedResponse} scripted
   * @param {RecordedRequest} record
   * @param {string} route
   * @param {ServerResponse} res
   * @returns {Promise<void>}
   */
  async function respond(scripted, record, route, res) {
    if (typeof scripted === 'function') return respond(await scripted(record), record, route, res);
    if ('hang' in scripted) return; // left open until the client aborts or close() ends it
    if ('reset' in scripted) {
      // The connection breaks off mid-request, as a crashing server or a proxy that cuts it does.
      res.socket?.destroy();
      return;
    }
    if ('obedient' in scripted) return respond(obedientAnswer(record, scripted.obedient ?? {}), record, route, res);
    if ('delayMs' in scripted) {
      await sleep(scripted.delayMs);
      if (res.destroyed) return;
      return respond(scripted.then, record, route, res);
    }
    if ('status' in scripted) return sendStatus(res, scripted, record);
    if ('error' in scripted) {
      const status = scripted.status ?? 400;
      sendJson(res, status, {
        error: {
          message: scripted.message ?? ERROR_CODE_MESSAGES[scripted.error] ?? scripted.error,
          type: 'invalid_request_error',
          param: 'messages',
          code: scripted.error,
        },
      });
      return;
    }
    if (route === 'transcriptions') return sendTranscription(res, scripted, record);
    return sendChat(res, scripted, record);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Test LLM server did not get a TCP address');
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const serverOrigin = `http://${hostForUrl}:${address.port}`;

  return {
    url: `${serverOrigin}/v1`,
    origin: serverOrigin,
    port: address.port,
    models,
    requests,
    enqueue(...responses) {
      queue.push(...responses);
    },
    setHandler(fn) {
      handler = fn ?? null;
    },
    pending() {
      return queue.length;
    },
    setContextReport(next) {
      report = next ?? null;
    },
    reset() {
      queue.length = 0;
      requests.length = 0; // in place: callers may hold a reference to the array
      handler = null;
    },
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/**
 * The answer of a server's own API that tells the context length (see ContextReport), or undefined.
 * @param {ContextReport} report
 * @param {RecordedRequest} record
 * @param {string[]} models
 */
function contextAnswer(report, record, models) {
  const path = record.path;
  const modelMax = report.modelMax ?? 131072;
  if (report.style === 'ollama' && path === '/api/show' && record.method === 'POST') {
    return {
      modelfile: '# test-llm-server',
      parameters: report.numCtx ? `num_ctx                        ${report.numCtx}\nstop                           "<|eot_id|>"` : 'stop                           "<|eot_id|>"',
      details: { format: 'gguf', family: 'llama' },
      model_info: { 'general.architecture': 'llama', 'llama.context_length': modelMax },
    };
  }
  if (report.style === 'ollama' && path === '/api/ps' && record.method === 'GET') {
    return { models: report.loaded ? models.map((name) => ({ name, model: name, size: 1, context_length: report.tokens })) : [] };
  }
  if (report.style === 'lmstudio' && path === '/api/v0/models' && record.method === 'GET') {
    return {
      object: 'list',
      data: models.map((id) => ({ id, object: 'model', type: 'llm', state: report.loaded ? 'loaded' : 'not-loaded', max_context_length: modelMax, ...(report.loaded ? { loaded_context_length: report.tokens } : {}) })),
    };
  }
  if (report.style === 'llamacpp' && path === '/props' && record.method === 'GET') {
    return { default_generation_settings: { n_ctx: report.tokens }, total_slots: 1 };
  }
  return undefined;
}

/**
 * @param {RecordedRequest} record
 * @returns {'chat' | 'models' | 'transcriptions' | 'unknown'}
 */
function routeOf(record) {
  // Suffix match so Azure-style paths (/openai/deployments/x/chat/completions) work too.
  if (/\/chat\/completions$/.test(record.path)) return 'chat';
  // LM Studio's own /api/v0/models is not the OpenAI list (contextAnswer answers it when asked to).
  if (/\/models$/.test(record.path) && !record.path.startsWith('/api/')) return 'models';
  if (/\/audio\/transcriptions$/.test(record.path)) return 'transcriptions';
  return 'unknown';
}

/**
 * @param {ServerResponse} res
 * @param {{ status: number; body?: unknown; headers?: Record<string, string> }} scripted
 * @param {RecordedRequest} record
 */
function sendStatus(res, scripted, record) {
  const { status } = scripted;
  /** @type {Record<string, string>} */
  const headers = {};
  // Retry-After: 0 so the SDK's retries (429 and 5xx) happen at once in tests.
  if (status === 429 || status >= 500) headers['retry-after'] = '0';
  Object.assign(headers, scripted.headers ?? {});
  let body = scripted.body;
  if (body === undefined) {
    const fallback = DEFAULT_ERRORS[status] ?? { message: `HTTP ${status}`, type: 'error', code: null };
    const model = typeof record.body === 'object' && record.body && 'model' in record.body ? String(record.body.model) : '';
    const message = status === 404 && model ? `The model \`${model}\` does not exist or you do not have access to it.` : fallback.message;
    body = status >= 200 && status < 300 ? {} : { error: { ...fallback, message } };
  }
  if (typeof body === 'string') {
    res.writeHead(status, { 'Content-Type': headers['content-type'] ?? 'text/plain; charset=utf-8', ...headers });
    res.end(body);
    return;
  }
  sendJson(res, status, body, headers);
}

/**
 * Non-streaming chat.completion or streaming chat.completion.chunk events.
 * @param {ServerResponse} res
 * @param {Exclude<ScriptedResponse, Function>} scripted
 * @param {RecordedRequest} record
 */
async function sendChat(res, scripted, record) {
  const request = /** @type {Record<string, any>} */ (typeof record.body === 'object' && record.body ? record.body : {});
  const content = contentOf(scripted);
  const model = typeof request.model === 'string' ? request.model : 'test-model';
  const id = `chatcmpl-test-${Math.random().toString(36).slice(2, 10)}`;
  const created = Math.floor(Date.now() / 1000);
  const finishReason = ('finishReason' in scripted && scripted.finishReason) || 'stop';
  const usage = {
    prompt_tokens: Math.ceil(JSON.stringify(request.messages ?? '').length / 4),
    completion_tokens: Math.ceil(content.length / 4),
    total_tokens: 0,
  };
  usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;

  if (request.stream !== true) {
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: finishReason }],
      usage,
    });
    return;
  }

  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  const chunkDelayMs = 'chunkDelayMs' in scripted ? (scripted.chunkDelayMs ?? 0) : 0;
  const chunks = 'chunks' in scripted ? scripted.chunks : undefined;
  /** @param {unknown} choicesOrUsage */
  const event = (choicesOrUsage) => `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, ...(/** @type {object} */ (choicesOrUsage)) })}\n\n`;

  res.write(event({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }));
  for (const piece of splitIntoDeltas(content, chunks)) {
    if (chunkDelayMs > 0) await sleep(chunkDelayMs);
    if (res.destroyed) return;
    res.write(event({ choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] }));
  }
  if (res.destroyed) return;
  res.write(event({ choices: [{ index: 0, delta: {}, finish_reason: finishReason }] }));
  if (request.stream_options?.include_usage === true) res.write(event({ choices: [], usage }));
  res.end('data: [DONE]\n\n');
}

/**
 * OpenAI transcription response in the requested response_format.
 * @param {ServerResponse} res
 * @param {Exclude<ScriptedResponse, Function>} scripted
 * @param {RecordedRequest} record
 */
function sendTranscription(res, scripted, record) {
  const body = /** @type {TranscriptionRequestBody} */ (record.body);
  if ('raw' in scripted) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(scripted.raw);
    return;
  }
  if ('json' in scripted) {
    sendJson(res, 200, scripted.json);
    return;
  }
  const text = 'text' in scripted ? scripted.text : '';
  const format = body?.response_format ?? 'json';
  if (format === 'text') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
    return;
  }
  if (format === 'verbose_json') {
    const duration = body?.file?.durationSeconds ?? 0;
    sendJson(res, 200, {
      task: 'transcribe',
      language: body?.language ?? 'dutch',
      duration,
      text,
      segments: [{ id: 0, seek: 0, start: 0, end: duration, text, tokens: [], temperature: 0, avg_logprob: 0, compression_ratio: 1, no_speech_prob: 0 }],
    });
    return;
  }
  sendJson(res, 200, { text });
}

/**
 * The assistant message content a scripted response stands for.
 * @param {Exclude<ScriptedResponse, Function>} scripted
 * @returns {string}
 */
function contentOf(scripted) {
  if ('text' in scripted) return scripted.text;
  if ('json' in scripted) return JSON.stringify(scripted.json);
  if ('raw' in scripted) return scripted.raw;
  return '';
}

/**
 * Splits text into several deltas on word boundaries (or into `count` even pieces).
 * @param {string} text
 * @param {number} [count]
 * @returns {string[]}
 */
export function splitIntoDeltas(text, count) {
  if (text.length === 0) return [];
  if (count && count > 0) {
    const size = Math.ceil(text.length / count);
    const pieces = [];
    for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
    return pieces;
  }
  const words = text.match(/\s*\S+\s*/g) ?? [text];
  const maxPieces = 16;
  if (words.length <= maxPieces) return words;
  const perPiece = Math.ceil(words.length / maxPieces);
  const pieces = [];
  for (let i = 0; i < words.length; i += perPiece) pieces.push(words.slice(i, i + perPiece).join(''));
  return pieces;
}

/**
 * @param {Buffer} raw
 * @param {string | undefined} contentType
 * @returns {unknown}
 */
function parseBody(raw, contentType) {
  if (raw.length === 0) return null;
  const boundary = multipartBoundary(contentType);
  if (boundary) return transcriptionBody(parseMultipart(raw, boundary));
  const text = raw.toString('utf8');
  if (/json/i.test(contentType ?? '')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * @param {import('./multipart.mjs').MultipartPart[]} parts
 * @returns {TranscriptionRequestBody}
 */
function transcriptionBody(parts) {
  /** @type {Record<string, string>} */
  const fields = {};
  /** @type {TranscriptionRequestBody['file']} */
  let file = null;
  for (const part of parts) {
    if (part.filename !== undefined) {
      const bytes = new Uint8Array(part.data);
      file = {
        field: part.name,
        filename: part.filename,
        contentType: part.contentType ?? 'application/octet-stream',
        size: bytes.byteLength,
        bytes,
        durationSeconds: wavDurationSeconds(bytes),
      };
    } else {
      fields[part.name] = part.data.toString('utf8');
    }
  }
  return {
    fields,
    file,
    model: fields.model,
    language: fields.language,
    prompt: fields.prompt,
    response_format: fields.response_format,
    parts: parts.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, size: p.data.byteLength })),
  };
}

/** @param {string | undefined} contentType */
function isText(contentType) {
  return !multipartBoundary(contentType);
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Record<string, string>}
 */
function flattenHeaders(headers) {
  /** @type {Record<string, string>} */
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
function setCors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
  res.setHeader('Access-Control-Expose-Headers', 'retry-after, retry-after-ms');
  res.setHeader('Access-Control-Max-Age', '600');
  res.setHeader('Vary', 'Origin');
}

/**
 * Origin patterns as Ollama reads OLLAMA_ORIGINS: exact, or with `*` wildcards.
 * @param {string} pattern
 * @param {string} origin
 */
function originMatches(pattern, origin) {
  const regex = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`);
  return regex.test(origin);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * For --echo: answers every request without a script (json_schema → every property null,
 * text → an echo of the last user message), so the extension can be wired up by hand.
 * @param {RecordedRequest} req
 * @returns {ScriptedResponse | undefined}
 */
function echoHandler(req) {
  const body = /** @type {Record<string, any> | null} */ (typeof req.body === 'object' ? req.body : null);
  if (routeOf(req) === 'transcriptions') return { text: 'Testserver: transcriptie.' };
  if (routeOf(req) !== 'chat' || !body) return undefined;
  const schema = body.response_format?.json_schema?.schema;
  if (schema?.properties) return { json: Object.fromEntries(Object.keys(schema.properties).map((k) => [k, null])) };
  const last = [...(body.messages ?? [])].reverse().find((m) => m.role === 'user');
  const text = typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
  return { text: `Testserver (echo): ${text.slice(0, 400)}` };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ port: number; host: string; models: string[]; echo: boolean; demo: boolean }} */
  const args = { port: 11435, host: '127.0.0.1', models: ['test-model'], echo: false, demo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') args.port = Number(argv[++i]);
    else if (arg === '--host') args.host = String(argv[++i]);
    else if (arg === '--models') args.models = String(argv[++i]).split(',').filter(Boolean);
    else if (arg === '--echo') args.echo = true;
    else if (arg === '--demo') args.demo = true;
  }
  if (args.demo && !argv.includes('--models')) args.models = [DEMO_MODEL];
  return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  const server = await startTestLlmServer(args);
  if (args.echo) server.setHandler(echoHandler);
  if (args.demo) server.setHandler(demoAnswer);
  const mode = args.echo ? ', echo mode' : args.demo ? ', demo model (deterministic, no real AI)' : '';
  console.log(`Test LLM server listening on ${server.url} (models: ${args.models.join(', ')}${mode})`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
