import { APICallError, NoTranscriptGeneratedError, RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n';
import { classifyDictationError, DictationError, dictationErrorCodeSchema, type DictationErrorCode } from '../errors';

const dom = (name: string) => new DOMException('test', name);
const api = (statusCode?: number) =>
  new APICallError({ message: `HTTP ${statusCode}`, url: 'http://127.0.0.1/v1/audio/transcriptions', requestBodyValues: {}, statusCode });

describe('classifyDictationError', () => {
  const cases: Array<[string, unknown, DictationErrorCode]> = [
    ['getUserMedia NotFoundError', dom('NotFoundError'), 'no-microphone'],
    ['getUserMedia OverconstrainedError', dom('OverconstrainedError'), 'no-microphone'],
    ['microphone busy (NotReadableError)', dom('NotReadableError'), 'no-microphone'],
    ['getUserMedia NotAllowedError', dom('NotAllowedError'), 'permission-denied'],
    ['getUserMedia SecurityError', dom('SecurityError'), 'permission-denied'],
    ['fetch rejected in Chrome', new TypeError('Failed to fetch'), 'endpoint-down'],
    ['fetch rejected in Node', new TypeError('fetch failed'), 'endpoint-down'],
    ['fetch rejected in Firefox', new TypeError('NetworkError when attempting to fetch resource.'), 'endpoint-down'],
    ['HTTP 500', api(500), 'endpoint-down'],
    ['HTTP 503', api(503), 'endpoint-down'],
    ['HTTP 404 (wrong address)', api(404), 'endpoint-down'],
    ['HTTP 429', api(429), 'endpoint-down'],
    ['API error without status (connection refused)', api(undefined), 'endpoint-down'],
    ['request timeout', dom('TimeoutError'), 'endpoint-down'],
    ['HTTP 413', api(413), 'audio-too-long'],
    ['HTTP 401', api(401), 'unauthorized'],
    ['HTTP 403', api(403), 'unauthorized'],
    ['not configured', new DictationError('not-configured'), 'not-configured'],
    ['own audio-too-long', new DictationError('audio-too-long'), 'audio-too-long'],
    ['silent recording', new DictationError('no-speech'), 'no-speech'],
    ['egress lock refused the server', Object.assign(new Error('egress-blocked'), { name: 'LlmError', failure: { code: 'egress-blocked' } }), 'not-allowed'],
    ['egress lock: server not reachable', Object.assign(new Error('unreachable'), { name: 'LlmError', failure: { code: 'unreachable' } }), 'endpoint-down'],
    ['aborted', dom('AbortError'), 'cancelled'],
    ['HTTP 400', api(400), 'unknown'],
    ['empty transcript', new NoTranscriptGeneratedError({ responses: [] }), 'unknown'],
    ['other TypeError', new TypeError('x is not a function'), 'unknown'],
    ['a string', 'boom', 'unknown'],
    ['undefined', undefined, 'unknown'],
  ];

  it.each(cases)('%s → %s', (_label, err, code) => {
    expect(classifyDictationError(err)).toBe(code);
  });

  it('looks through the SDK retry wrapper at the last failure', () => {
    const retry = new RetryError({ message: 'failed after 3 attempts', reason: 'maxRetriesExceeded', errors: [api(500), api(503), api(401)] });
    expect(classifyDictationError(retry)).toBe('unauthorized');
  });

  it('covers every code', () => {
    const covered = new Set(cases.map(([, , code]) => code));
    expect([...covered].sort()).toEqual([...dictationErrorCodeSchema.options].sort());
  });
});

describe('dictation error texts', () => {
  it('has a distinct Dutch and English text for every code', () => {
    const { nl, en } = { nl: catalogues.nl.dictationError, en: catalogues.en.dictationError };
    expect(Object.keys(nl).sort()).toEqual([...dictationErrorCodeSchema.options].sort());
    expect(new Set(Object.values(nl)).size).toBe(Object.keys(nl).length);
    expect(new Set(Object.values(en)).size).toBe(Object.keys(en).length);
    for (const code of dictationErrorCodeSchema.options) {
      expect(nl[code]).not.toBe(en[code]);
      // Every message says what to do next, not only what went wrong: at least two sentences.
      expect(nl[code].split(/[.!?]\s/).length).toBeGreaterThan(1);
    }
  });
});
