// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { startTestLlmServer, type TestLlmServer, type TranscriptionRequestBody } from '../../../tests/llm-server/server.mjs';
import { transcriptionConfigSchema, type Recorder, type RecorderOptions, type TranscriptionConfig } from '@/lib/dictation';
import { createTranslator, type Language } from '@/lib/i18n';
import { encodeWav } from '@/lib/dictation/wav';
import { DictationRecorder, type DictationRecorderProps } from '../DictationRecorder';
import { TranslateProvider } from '../../i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A recorder the test drives by hand; the microphone path itself is covered in lib/dictation and Chromium. */
class ScriptedRecorder implements Recorder {
  state: Recorder['state'] = 'idle';
  elapsedSeconds = 0;
  backend = 'script-processor' as const;
  discarded = false;
  constructor(
    readonly options: RecorderOptions,
    private readonly script: { startError?: unknown; chunkSeconds: number[]; level?: number },
  ) {}
  async start() {
    if (this.script.startError) throw this.script.startError;
    this.state = 'recording';
  }
  pause() {
    this.state = 'paused';
  }
  resume() {
    this.state = 'recording';
  }
  async stop() {
    this.state = 'stopped';
    return this.script.chunkSeconds.map((s) => new Blob([encodeWav(new Float32Array(Math.round(s * 16000)).fill(this.script.level ?? 0.1), 16000)], { type: 'audio/wav' }));
  }
  discard() {
    this.discarded = true;
    this.state = 'discarded';
  }
  /** Simulates microphone input arriving. */
  hear(seconds: number, rms: number) {
    this.elapsedSeconds += seconds;
    this.options.onLevel?.(rms);
  }
}

let server: TestLlmServer;
let config: TranscriptionConfig;
let container: HTMLDivElement;
let root: Root;
let recorders: ScriptedRecorder[];

beforeAll(async () => {
  server = await startTestLlmServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  config = transcriptionConfigSchema.parse({ baseURL: server.url, model: 'whisper-1' });
  recorders = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

function render(props: Partial<DictationRecorderProps> & { script?: { startError?: unknown; chunkSeconds: number[]; level?: number }; language?: Language } = {}) {
  const { script = { chunkSeconds: [30, 12.5] }, language = 'nl', ...rest } = props;
  const all: DictationRecorderProps = {
    config,
    allowedOrigins: [server.origin],
    onTranscript: vi.fn(),
    onAudit: vi.fn(),
    createRecorder: (options) => {
      const recorder = new ScriptedRecorder(options, script);
      recorders.push(recorder);
      return recorder;
    },
    ...rest,
  };
  act(() =>
    root.render(
      <TranslateProvider language={language}>
        <DictationRecorder {...all} />
      </TranslateProvider>,
    ),
  );
  return all;
}

const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}" in: ${[...container.querySelectorAll('button')].map((b) => b.textContent).join(', ')}`);
  return found;
};
const hasButton = (name: string) => [...container.querySelectorAll('button')].some((b) => b.textContent === name);
const click = async (name: string) => {
  await act(async () => button(name).click());
};
const nl = createTranslator('nl');
/** Network answers update state outside a click: let time pass inside act() so React renders them. */
async function until(check: () => boolean, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

describe('DictationRecorder', () => {
  it('records, shows level and time, transcribes at the configured endpoint and hands over the text', async () => {
    const props = render();
    expect(container.textContent).toContain(nl('dictation.privacy', { host: new URL(server.url).host }));
    await click(nl('dictation.record'));
    const recorder = recorders[0]!;
    expect(recorder.options).toMatchObject({ maxSeconds: 600 });

    act(() => recorder.hear(42.5, 0.1));
    const meter = container.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe('67'); // -20 dBFS on a -60..0 scale
    expect(meter.getAttribute('aria-label')).toBe(nl('dictation.level'));
    expect(container.querySelector('time')?.textContent).toBe('00:42');

    await click(nl('dictation.pause'));
    expect(recorder.state).toBe('paused');
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
    await click(nl('dictation.resume'));
    expect(recorder.state).toBe('recording');

    await click(nl('dictation.stop'));
    expect(container.textContent).toContain(nl('dictation.statusRecorded', { duration: '00:42' }));

    server.enqueue({ text: 'Mevrouw had vannacht pijn,' }, { text: 'NRS zes.' });
    await click(nl('dictation.transcribe'));
    await until(() => vi.mocked(props.onTranscript).mock.calls.length === 1);

    expect(props.onTranscript).toHaveBeenCalledWith('Mevrouw had vannacht pijn, NRS zes.');
    const sent = server.requests.map((r) => r.body as TranscriptionRequestBody);
    expect(sent.map((b) => [b.language, b.model, b.file?.durationSeconds])).toEqual([
      ['nl', 'whisper-1', 30],
      ['nl', 'whisper-1', 12.5],
    ]);
    expect(props.onAudit).toHaveBeenCalledWith({
      type: 'transcribe',
      seconds: 42.5,
      bytes: sent.reduce((n, b) => n + (b.file?.size ?? 0), 0),
      endpointHost: new URL(server.url).host,
      ok: true,
    });
    // The audio is gone: nothing left to transcribe or discard.
    expect(hasButton(nl('dictation.transcribe'))).toBe(false);
    expect(hasButton(nl('dictation.discard'))).toBe(false);
    expect(container.textContent).toContain(nl('dictation.statusDone'));
  });

  it('keeps the audio after a failed attempt, explains the error and lets the user retry', async () => {
    const props = render({ script: { chunkSeconds: [3] } });
    await click(nl('dictation.record'));
    await click(nl('dictation.stop'));
    server.enqueue({ status: 401 });
    await click(nl('dictation.transcribe'));
    await until(() => container.querySelector('[role="alert"]') !== null);

    expect(container.querySelector('[role="alert"]')?.textContent).toBe(nl('dictationError.unauthorized'));
    expect(props.onAudit).toHaveBeenLastCalledWith(expect.objectContaining({ ok: false, error: 'unauthorized' }));
    expect(props.onTranscript).not.toHaveBeenCalled();

    server.enqueue({ text: 'Tweede poging.' });
    await click(nl('dictation.retry'));
    await until(() => vi.mocked(props.onTranscript).mock.calls.length === 1);
    expect(props.onTranscript).toHaveBeenCalledWith('Tweede poging.');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('cancels a transcription in flight and keeps the recording', async () => {
    const props = render({ script: { chunkSeconds: [3] } });
    await click(nl('dictation.record'));
    await click(nl('dictation.stop'));
    server.enqueue({ hang: true });
    await click(nl('dictation.transcribe'));
    expect(container.querySelector('progress')?.getAttribute('max')).toBe('1');
    await until(() => server.requests.length === 1);
    await click(nl('dictation.cancel'));
    await until(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(nl('dictationError.cancelled'));
    expect(hasButton(nl('dictation.retry'))).toBe(true);
    expect(props.onTranscript).not.toHaveBeenCalled();
  });

  it('discards the recording without sending anything', async () => {
    render();
    await click(nl('dictation.record'));
    await click(nl('dictation.discard'));
    expect(recorders[0]?.discarded).toBe(true);
    expect(container.textContent).toContain(nl('dictation.statusDiscarded'));
    expect(hasButton(nl('dictation.record'))).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it('offers the permission page when the microphone is blocked', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'denied' } as PermissionStatus);
    render({ script: { startError: new DOMException('', 'NotAllowedError'), chunkSeconds: [] } });
    await click(nl('dictation.record'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(nl('dictationError.permission-denied'));
    await click(nl('dictation.openPermissionPage'));
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/microfoon.html') });
    expect(hasButton(nl('dictation.record'))).toBe(true);
  });

  it('explains the one-time permission step when the side panel could not ask', async () => {
    vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'prompt' } as PermissionStatus);
    render({ script: { startError: new DOMException('Permission dismissed', 'NotAllowedError'), chunkSeconds: [] } });
    await click(nl('dictation.record'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(nl('dictation.needsPermission'));
    expect(hasButton(nl('dictation.openPermissionPage'))).toBe(true);
  });

  it('tells the user when the maximum duration stopped the recording', async () => {
    render({ maxSeconds: 300, script: { chunkSeconds: [30] } });
    await click(nl('dictation.record'));
    await act(async () => recorders[0]!.options.onAutoStop?.('max-duration'));
    expect(container.textContent).toContain(nl('dictation.maxDuration', { count: 5 }));
    expect(hasButton(nl('dictation.transcribe'))).toBe(true);
  });

  it('says no speech was recognised instead of inserting empty text or a speech-to-text filler', async () => {
    for (const answer of ['', 'Ondertiteling door TV Gelderland 2021']) {
      const props = render({ script: { chunkSeconds: [2] } });
      await click(nl('dictation.record'));
      await click(nl('dictation.stop'));
      server.enqueue({ text: answer });
      await click(nl('dictation.transcribe'));
      await until(() => container.textContent?.includes(nl('dictationError.no-speech')) ?? false);
      expect(props.onTranscript).not.toHaveBeenCalled();
      // The useless recording is gone: the next step is to record again.
      expect(hasButton(nl('dictation.record'))).toBe(true);
      expect(hasButton(nl('dictation.transcribe'))).toBe(false);
    }
  });

  it('sends no silent recording: it says so, and nothing reaches the notes', async () => {
    const props = render({ script: { chunkSeconds: [3], level: 0.002 } });
    await click(nl('dictation.record'));
    await click(nl('dictation.stop'));
    await click(nl('dictation.transcribe'));
    await until(() => container.textContent?.includes(nl('dictationError.no-speech')) ?? false);
    expect(server.requests).toHaveLength(0);
    expect(props.onTranscript).not.toHaveBeenCalled();
    expect(props.onAudit).toHaveBeenCalledWith(expect.objectContaining({ ok: false, error: 'no-speech' }));
  });

  it('disables recording and says what to do when no endpoint is configured', () => {
    render({ config: { ...config, baseURL: '' } });
    expect(button(nl('dictation.record')).disabled).toBe(true);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(nl('dictationError.not-configured'));
  });

  it('speaks English when asked', async () => {
    render({ language: 'en' });
    // The recorder has no heading of its own: the Dicteren section gives it one (it used to appear twice).
    expect(container.querySelector('h2')).toBeNull();
    await click('Record');
    expect(hasButton('Pause')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
  });

  it('drops the microphone and audio when unmounted', async () => {
    render();
    await click(nl('dictation.record'));
    act(() => root.unmount());
    expect(recorders[0]?.discarded).toBe(true);
    root = createRoot(container); // afterEach unmounts again
  });
});
