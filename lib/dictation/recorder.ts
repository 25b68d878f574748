import { createChunker, type Chunker } from './chunker';
import { downsample } from './downsample';
import { DictationError } from './errors';
import { encodeWav } from './wav';
// Emitted as its own file: the MV3 CSP (script-src 'self') refuses data: and blob: worklets,
// and Vite would otherwise inline a file this small as a data: URL.
import pcmCaptureWorkletUrl from './pcm-capture.worklet.js?url&no-inline';

export type RecorderState = 'idle' | 'recording' | 'paused' | 'stopped' | 'discarded';
/** Why the recorder stopped by itself. */
export type AutoStopReason = 'max-duration' | 'device-lost';

export interface RecorderOptions {
  /** Use this stream instead of asking getUserMedia; its tracks are left running on stop. */
  stream?: MediaStream;
  /** Length of each independently transcribable WAV chunk. */
  chunkSeconds?: number;
  /** Recording stops by itself at this length (the audio so far is kept). */
  maxSeconds?: number;
  /** Sample rate of the WAV chunks; Whisper works at 16 kHz. */
  targetRate?: number;
  /** Loudness of the last ~0.1 s as RMS (0..1), for a level meter. */
  onLevel?(rms: number): void;
  /** A chunk is complete (also called for the final, shorter chunk on stop). */
  onChunk?(wav: Blob, index: number, seconds: number): void;
  /** The recorder stopped without being asked; `stop()` still returns the chunks. */
  onAutoStop?(reason: AutoStopReason): void;
  onStateChange?(state: RecorderState): void;
}

export interface Recorder {
  /** Asks for the microphone (unless a stream was given) and starts capturing. */
  start(): Promise<void>;
  pause(): void;
  resume(): void;
  /** Stops capturing and returns every chunk as a 16-bit mono WAV Blob, in order. */
  stop(): Promise<Blob[]>;
  /** Stops capturing and drops all audio. */
  discard(): void;
  readonly state: RecorderState;
  /** Seconds of audio captured (pauses excluded). */
  readonly elapsedSeconds: number;
  /** How samples are taken from the audio graph; undefined before start. */
  readonly backend: 'audio-worklet' | 'script-processor' | undefined;
}

const WORKLET_NAME = 'dossierhulp-pcm-capture';
const FLUSH_TIMEOUT_MS = 1000;

/**
 * Records the microphone as PCM and cuts it into WAV chunks of `chunkSeconds`, so a long
 * dictation is sent as several small files and never needs a codec. Samples come from an
 * AudioWorklet loaded from an extension file (allowed by the MV3 CSP); if that fails the
 * recorder falls back to a ScriptProcessorNode.
 *
 * getUserMedia errors (NotAllowedError, NotFoundError…) are thrown from `start()`;
 * classify them with `classifyDictationError`.
 *
 * @example
 * const recorder = createRecorder({ onLevel: setLevel });
 * await recorder.start();
 * …
 * const chunks = await recorder.stop();
 */
export function createRecorder(options: RecorderOptions = {}): Recorder {
  const chunkSeconds = options.chunkSeconds ?? 30;
  const maxSeconds = options.maxSeconds ?? 600;
  const targetRate = options.targetRate ?? 16000;

  let state: RecorderState = 'idle';
  let backend: Recorder['backend'];
  let stream: MediaStream | undefined;
  let ownsStream = false;
  let context: AudioContext | undefined;
  let source: MediaStreamAudioSourceNode | undefined;
  let worklet: AudioWorkletNode | undefined;
  let processor: ScriptProcessorNode | undefined;
  let chunker: Chunker | undefined;
  let inputRate = 0;
  let outputRate = 0;
  let maxSamples = 0;
  const chunks: Blob[] = [];
  // Batches already in flight when pause/stop was pressed still belong to the recording.
  let pendingFlushes = 0;
  let flushWaiters: Array<() => void> = [];
  let stopping: Promise<Blob[]> | undefined;
  let pauseFlush: Promise<void> = Promise.resolve();

  const setState = (next: RecorderState) => {
    if (state === next) return;
    state = next;
    options.onStateChange?.(next);
  };

  const emitChunk = (samples: Float32Array) => {
    const pcm = downsample(samples, inputRate, outputRate);
    const wav = new Blob([encodeWav(pcm, outputRate)], { type: 'audio/wav' });
    chunks.push(wav);
    options.onChunk?.(wav, chunks.length - 1, pcm.length / outputRate);
  };

  const onFrame = (frame: Float32Array) => {
    if (!chunker || !(state === 'recording' || pendingFlushes > 0)) return;
    const remaining = maxSamples - chunker.totalSamples;
    if (remaining <= 0) return;
    const take = frame.length > remaining ? frame.subarray(0, remaining) : frame;
    options.onLevel?.(rms(take));
    for (const chunk of chunker.push(take)) emitChunk(chunk);
    if (chunker.totalSamples >= maxSamples && state === 'recording') {
      void finish().then(() => options.onAutoStop?.('max-duration'));
    }
  };

  const flushCapture = async () => {
    if (!worklet) return;
    pendingFlushes++;
    const acked = new Promise<void>((resolve) => flushWaiters.push(resolve));
    worklet.port.postMessage('flush');
    await Promise.race([acked, new Promise<void>((r) => setTimeout(r, FLUSH_TIMEOUT_MS))]);
  };

  const teardown = () => {
    worklet?.port.close();
    worklet?.disconnect();
    if (processor) processor.onaudioprocess = null;
    processor?.disconnect();
    source?.disconnect();
    if (ownsStream) stream?.getTracks().forEach((t) => t.stop());
    void context?.close().catch(() => undefined);
    worklet = undefined;
    processor = undefined;
    source = undefined;
    context = undefined;
  };

  const finish = (): Promise<Blob[]> => {
    stopping ??= (async () => {
      // A paused recorder was flushed when it paused (and its graph may be suspended).
      if (state === 'recording') await flushCapture();
      else await pauseFlush;
      const rest = chunker?.flush();
      if (rest && rest.length > 0) emitChunk(rest);
      teardown();
      setState('stopped');
      return [...chunks];
    })();
    return stopping;
  };

  const connectWorklet = async (ctx: AudioContext, src: MediaStreamAudioSourceNode): Promise<boolean> => {
    if (!ctx.audioWorklet || typeof AudioWorkletNode === 'undefined') return false;
    try {
      await ctx.audioWorklet.addModule(pcmCaptureWorkletUrl);
    } catch {
      return false; // blocked by CSP or not found: use the fallback
    }
    const node = new AudioWorkletNode(ctx, WORKLET_NAME, {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      channelCount: 1,
      channelCountMode: 'explicit', // mixes a stereo microphone down to mono
    });
    node.port.onmessage = (event: MessageEvent<Float32Array | 'flushed'>) => {
      if (event.data === 'flushed') {
        pendingFlushes = Math.max(0, pendingFlushes - 1);
        const waiters = flushWaiters;
        flushWaiters = [];
        waiters.forEach((resolve) => resolve());
      } else {
        onFrame(event.data);
      }
    };
    src.connect(node);
    // The node writes silence; connecting it keeps the graph pulling samples in every browser.
    node.connect(ctx.destination);
    worklet = node;
    return true;
  };

  const connectScriptProcessor = (ctx: AudioContext, src: MediaStreamAudioSourceNode) => {
    const node = ctx.createScriptProcessor(4096, 1, 1);
    node.onaudioprocess = (event) => onFrame(event.inputBuffer.getChannelData(0).slice());
    src.connect(node);
    node.connect(ctx.destination);
    processor = node;
  };

  return {
    async start() {
      if (state !== 'idle') throw new Error(`recorder already ${state}`);
      if (options.stream) {
        stream = options.stream;
      } else {
        if (!globalThis.navigator?.mediaDevices?.getUserMedia) {
          throw new DictationError('no-microphone', 'getUserMedia is not available');
        }
        stream = await navigator.mediaDevices.getUserMedia({
          audio: { channelCount: 1, echoCancellation: false, noiseSuppression: true, autoGainControl: true },
        });
        ownsStream = true;
      }
      try {
        const track = stream.getAudioTracks()[0];
        if (!track) throw new DictationError('no-microphone', 'stream has no audio track');
        // Firefox refuses to connect a stream whose rate differs from the context's.
        const trackRate = track.getSettings?.().sampleRate;
        context = trackRate ? new AudioContext({ sampleRate: trackRate }) : new AudioContext();
        if (context.state === 'suspended') await context.resume();
        inputRate = context.sampleRate;
        outputRate = Math.min(targetRate, inputRate);
        maxSamples = Math.round(maxSeconds * inputRate);
        chunker = createChunker(chunkSeconds, inputRate);
        source = context.createMediaStreamSource(stream);
        if (await connectWorklet(context, source)) backend = 'audio-worklet';
        else {
          connectScriptProcessor(context, source);
          backend = 'script-processor';
        }
        track.addEventListener('ended', () => {
          if (state === 'recording' || state === 'paused') {
            void finish().then(() => options.onAutoStop?.('device-lost'));
          }
        });
        setState('recording');
      } catch (err) {
        teardown();
        throw err;
      }
    },
    pause() {
      if (state !== 'recording') return;
      setState('paused');
      options.onLevel?.(0);
      // Take what was captured before the pause, then idle the audio graph so nothing
      // recorded during the pause ends up in the next batch.
      const ctx = context;
      pauseFlush = flushCapture().then(() => {
        if (state === 'paused' && ctx === context) void ctx?.suspend().catch(() => undefined);
      });
    },
    resume() {
      if (state !== 'paused') return;
      setState('recording');
      void context?.resume().catch(() => undefined);
    },
    stop() {
      if (state === 'idle' || state === 'discarded') return Promise.resolve([]);
      return finish();
    },
    discard() {
      teardown();
      chunks.length = 0;
      chunker = undefined;
      setState('discarded');
    },
    get state() {
      return state;
    },
    get elapsedSeconds() {
      return chunker && inputRate ? chunker.totalSamples / inputRate : 0;
    },
    get backend() {
      return backend;
    },
  };
}

/** Root mean square of a block of samples (0 for an empty block). */
export function rms(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] ?? 0;
    sum += s * s;
  }
  return Math.min(1, Math.sqrt(sum / samples.length));
}
