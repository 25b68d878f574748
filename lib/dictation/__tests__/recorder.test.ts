import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyDictationError } from '../errors';
import { createRecorder, rms, type RecorderOptions } from '../recorder';
import { readWavInfo } from '../wav';

// Node has no Web Audio: a minimal fake graph that lets the test push microphone frames
// through the ScriptProcessorNode path (the AudioWorklet path is exercised in Chromium).
class FakeScriptProcessor {
  onaudioprocess: ((event: { inputBuffer: { getChannelData(i: number): Float32Array } }) => void) | null = null;
  connect = vi.fn();
  disconnect = vi.fn();
}
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  sampleRate: number;
  state = 'running';
  destination = {};
  audioWorklet?: { addModule(url: string): Promise<void> };
  processor = new FakeScriptProcessor();
  suspend = vi.fn(async () => void (this.state = 'suspended'));
  resume = vi.fn(async () => void (this.state = 'running'));
  close = vi.fn(async () => void (this.state = 'closed'));
  constructor(options?: { sampleRate?: number }) {
    this.sampleRate = options?.sampleRate ?? 44100;
    FakeAudioContext.instances.push(this);
  }
  createMediaStreamSource() {
    return { connect: vi.fn(), disconnect: vi.fn() };
  }
  createScriptProcessor() {
    return this.processor;
  }
  /** Delivers one block of microphone samples. */
  feed(samples: Float32Array) {
    this.processor.onaudioprocess?.({ inputBuffer: { getChannelData: () => samples } });
  }
  feedSeconds(seconds: number, value = 0.1, block = 4096) {
    let left = Math.round(seconds * this.sampleRate);
    while (left > 0) {
      const n = Math.min(block, left);
      this.feed(new Float32Array(n).fill(value));
      left -= n;
    }
  }
}

function fakeStream(sampleRate = 48000) {
  const listeners: Record<string, Array<() => void>> = {};
  const track = {
    getSettings: () => ({ sampleRate }),
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
    stop: vi.fn(),
    end: () => listeners.ended?.forEach((fn) => fn()),
  };
  const stream = { getAudioTracks: () => [track], getTracks: () => [track] } as unknown as MediaStream;
  return { stream, track };
}

async function started(options: RecorderOptions & { sampleRate?: number } = {}) {
  vi.stubGlobal('AudioContext', FakeAudioContext);
  const { stream, track } = fakeStream(options.sampleRate);
  const recorder = createRecorder({ stream, ...options });
  await recorder.start();
  const context = FakeAudioContext.instances.at(-1)!;
  return { recorder, context, track };
}

const durations = async (blobs: Blob[]) =>
  Promise.all(blobs.map(async (b) => readWavInfo(new Uint8Array(await b.arrayBuffer())).durationSeconds));

afterEach(() => {
  vi.unstubAllGlobals();
  FakeAudioContext.instances = [];
});

describe('createRecorder', () => {
  it('cuts the microphone stream into 16 kHz WAV chunks of chunkSeconds plus a final partial one', async () => {
    const onChunk = vi.fn();
    const { recorder, context, track } = await started({ chunkSeconds: 1, onChunk });
    expect(context.sampleRate).toBe(48000); // the track's rate, so Firefox can connect it
    expect(recorder.backend).toBe('script-processor');
    context.feedSeconds(2.5);
    expect(onChunk.mock.calls.map(([, index, seconds]) => [index, seconds])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(recorder.elapsedSeconds).toBe(2.5);

    const chunks = await recorder.stop();
    expect(recorder.state).toBe('stopped');
    expect(await durations(chunks)).toEqual([1, 1, 0.5]);
    const info = readWavInfo(new Uint8Array(await chunks[0]!.arrayBuffer()));
    expect([info.sampleRate, info.channels, info.bitsPerSample]).toEqual([16000, 1, 16]);
    expect(chunks.every((c) => c.type === 'audio/wav')).toBe(true);
    expect(context.close).toHaveBeenCalled();
    expect(track.stop).not.toHaveBeenCalled(); // the caller's stream stays theirs
  });

  it('keeps the input rate when it is already below the target rate', async () => {
    const { recorder, context } = await started({ sampleRate: 8000, chunkSeconds: 10 });
    context.feedSeconds(1);
    const [chunk] = await recorder.stop();
    expect(readWavInfo(new Uint8Array(await chunk!.arrayBuffer()))).toMatchObject({ sampleRate: 8000, durationSeconds: 1 });
  });

  it('reports the loudness of each block', async () => {
    const levels: number[] = [];
    const { context } = await started({ onLevel: (v) => levels.push(v) });
    context.feed(new Float32Array(1024).fill(0.5));
    context.feed(new Float32Array(1024));
    expect(levels).toEqual([0.5, 0]);
  });

  it('leaves paused time out of the recording', async () => {
    const { recorder, context } = await started({ chunkSeconds: 30 });
    context.feedSeconds(1, 0.2);
    recorder.pause();
    expect(recorder.state).toBe('paused');
    context.feedSeconds(2, 0.9);
    await vi.waitFor(() => expect(context.suspend).toHaveBeenCalled());
    recorder.resume();
    expect(context.resume).toHaveBeenCalled();
    context.feedSeconds(0.5, 0.2);
    expect(recorder.elapsedSeconds).toBe(1.5);
    const [chunk] = await recorder.stop();
    const info = readWavInfo(new Uint8Array(await chunk!.arrayBuffer()));
    expect(info.durationSeconds).toBe(1.5);
    // No sample from the pause (0.9) made it into the file.
    const view = new DataView(await chunk!.arrayBuffer());
    const peak = Math.max(...Array.from({ length: info.dataBytes / 2 }, (_, i) => view.getInt16(44 + i * 2, true)));
    expect(peak).toBe(Math.round(0.2 * 0x7fff));
  });

  it('stops by itself at maxSeconds and keeps exactly that much audio', async () => {
    const onAutoStop = vi.fn();
    const { recorder, context } = await started({ chunkSeconds: 2, maxSeconds: 5, onAutoStop });
    context.feedSeconds(7);
    await vi.waitFor(() => expect(onAutoStop).toHaveBeenCalledWith('max-duration'));
    expect(recorder.state).toBe('stopped');
    expect(recorder.elapsedSeconds).toBe(5);
    expect(await durations(await recorder.stop())).toEqual([2, 2, 1]);
  });

  it('stops and keeps the audio when the microphone disappears', async () => {
    const onAutoStop = vi.fn();
    const { recorder, context, track } = await started({ onAutoStop });
    context.feedSeconds(0.75);
    track.end();
    await vi.waitFor(() => expect(onAutoStop).toHaveBeenCalledWith('device-lost'));
    expect(await durations(await recorder.stop())).toEqual([0.75]);
  });

  it('drops everything on discard', async () => {
    const { recorder, context } = await started({ chunkSeconds: 1 });
    context.feedSeconds(1.5);
    recorder.discard();
    expect(recorder.state).toBe('discarded');
    expect(context.close).toHaveBeenCalled();
    expect(await recorder.stop()).toEqual([]);
  });

  it('falls back to the ScriptProcessorNode when the worklet module cannot load', async () => {
    class WorkletBlocked extends FakeAudioContext {
      audioWorklet = { addModule: vi.fn(async () => Promise.reject(new DOMException('blocked by CSP', 'AbortError'))) };
    }
    vi.stubGlobal('AudioContext', WorkletBlocked);
    vi.stubGlobal('AudioWorkletNode', class {});
    const recorder = createRecorder({ stream: fakeStream().stream });
    await recorder.start();
    expect(recorder.backend).toBe('script-processor');
    expect((FakeAudioContext.instances.at(-1) as WorkletBlocked).audioWorklet.addModule).toHaveBeenCalledWith(
      expect.stringMatching(/pcm-capture\.worklet\.js/),
    );
  });

  it('asks getUserMedia for the microphone and releases it on stop', async () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { stream, track } = fakeStream();
    const getUserMedia = vi.fn(async () => stream);
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
    const recorder = createRecorder();
    await recorder.start();
    expect(getUserMedia).toHaveBeenCalledWith({ audio: expect.objectContaining({ channelCount: 1 }) });
    await recorder.stop();
    expect(track.stop).toHaveBeenCalled();
  });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['NotFoundError', 'no-microphone'],
  ])('rejects start() with the getUserMedia error (%s → %s)', async (name, code) => {
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => Promise.reject(new DOMException('', name)) } });
    const recorder = createRecorder();
    const error = await recorder.start().catch((e: unknown) => e);
    expect(classifyDictationError(error)).toBe(code);
    expect(recorder.state).toBe('idle');
  });

  it('reports no-microphone when the browser has no media devices API', async () => {
    vi.stubGlobal('navigator', {});
    const error = await createRecorder().start().catch((e: unknown) => e);
    expect(classifyDictationError(error)).toBe('no-microphone');
  });
});

describe('rms', () => {
  it('is the root mean square, clamped to 1', () => {
    expect(rms(Float32Array.from([3, -4]))).toBe(1);
    expect(rms(Float32Array.from([0.3, -0.4]))).toBeCloseTo(Math.sqrt(0.125), 6);
    expect(rms(new Float32Array(0))).toBe(0);
  });
});
