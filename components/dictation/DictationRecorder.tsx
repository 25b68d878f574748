import { useEffect, useRef, useState } from 'react';
import {
  classifyDictationError,
  createRecorder as createMicrophoneRecorder,
  isTranscriptionConfigured,
  meterLevel,
  microphonePermissionState,
  openMicrophonePage,
  transcribeChunks,
  transcriptionEndpointHost,
  type DictationAuditEvent,
  type DictationErrorCode,
  type Recorder,
  type RecorderOptions,
  type TranscriptionConfig,
} from '@/lib/dictation';
import { useT } from '../i18n';

export interface DictationRecorderProps {
  /** Where audio is transcribed (settings `transcription`). */
  config: TranscriptionConfig;
  /** Origins audio may go to (lib/settings transcriptionPolicyFor); requests go through the egress lock. */
  allowedOrigins: readonly string[];
  /** The fetch underneath the egress lock (tests). */
  fetch?: typeof globalThis.fetch;
  /** The transcript, once; the audio is already deleted when this is called. */
  onTranscript(text: string): void;
  /** One event per transcription attempt, successful or not. */
  onAudit?(event: DictationAuditEvent): void;
  /** Default 30 s. */
  chunkSeconds?: number;
  /** Recording stops by itself after this many seconds (default 600). */
  maxSeconds?: number;
  /** Replaces the microphone recorder (tests, or another capture source). */
  createRecorder?(options: RecorderOptions): Recorder;
}

// Inline so the meter works without the panel's stylesheet; classes are there for theming.
const meterStyle = { height: 8, width: '100%', maxWidth: 240, background: '#d9dde3', borderRadius: 4, overflow: 'hidden' } as const;
const meterFillStyle = { height: '100%', background: '#1e7b34', transition: 'width 80ms linear' } as const;
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

type Phase = 'idle' | 'starting' | 'recording' | 'paused' | 'stopping' | 'recorded' | 'transcribing';
type Notice = { kind: 'done' | 'discarded' | 'max-duration' | 'device-lost' };

/**
 * Record → (pause/resume) → stop → transcribe, with a level meter and elapsed time.
 * Audio lives only in this component's memory and is dropped after a successful transcription
 * or on discard; it is kept after a failed attempt so the user can retry.
 */
export function DictationRecorder(props: DictationRecorderProps) {
  const { config, onTranscript, onAudit } = props;
  const { t, language, format } = useT();
  const maxSeconds = props.maxSeconds ?? 600;
  const configured = isTranscriptionConfigured(config);
  const host = transcriptionEndpointHost(config);

  const [phase, setPhase] = useState<Phase>('idle');
  const [level, setLevel] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<DictationErrorCode | null>(null);
  // A side panel cannot show the browser's prompt: 'prompt' after a refusal means "never asked".
  const [neverAsked, setNeverAsked] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const recorderRef = useRef<Recorder | null>(null);
  const chunksRef = useRef<Blob[]>([]);
  const abortRef = useRef<AbortController | null>(null);

  // Leaving the panel drops the microphone and any audio.
  useEffect(
    () => () => {
      recorderRef.current?.discard();
      abortRef.current?.abort();
      chunksRef.current = [];
    },
    [],
  );

  const keepRecording = (recorder: Recorder) => {
    chunksRef.current = [];
    recorderRef.current = recorder;
  };

  const collect = async (recorder: Recorder) => {
    setPhase('stopping');
    chunksRef.current = await recorder.stop();
    setElapsed(recorder.elapsedSeconds);
    recorderRef.current = null;
    setLevel(0);
    setPhase(chunksRef.current.length > 0 ? 'recorded' : 'idle');
  };

  const start = async () => {
    setError(null);
    setNotice(null);
    setElapsed(0);
    setPhase('starting');
    const make = props.createRecorder ?? createMicrophoneRecorder;
    const recorder = make({
      chunkSeconds: props.chunkSeconds,
      maxSeconds,
      onLevel: (rms) => {
        setLevel(meterLevel(rms));
        setElapsed(recorder.elapsedSeconds);
      },
      onAutoStop: (reason) => {
        setNotice({ kind: reason });
        void collect(recorder);
      },
    });
    keepRecording(recorder);
    try {
      await recorder.start();
      setPhase('recording');
    } catch (err) {
      recorderRef.current = null;
      const code = classifyDictationError(err);
      setNeverAsked(code === 'permission-denied' && (await microphonePermissionState()) === 'prompt');
      setError(code);
      setPhase('idle');
    }
  };

  const pause = () => {
    recorderRef.current?.pause();
    setLevel(0);
    setPhase('paused');
  };
  const resume = () => {
    recorderRef.current?.resume();
    setPhase('recording');
  };
  const stop = async () => {
    const recorder = recorderRef.current;
    if (recorder) await collect(recorder);
  };
  const discard = () => {
    recorderRef.current?.discard();
    recorderRef.current = null;
    abortRef.current?.abort();
    chunksRef.current = [];
    setLevel(0);
    setElapsed(0);
    setError(null);
    setNotice({ kind: 'discarded' });
    setPhase('idle');
  };

  const transcribe = async () => {
    const chunks = chunksRef.current;
    if (chunks.length === 0) return;
    setError(null);
    setNotice(null);
    setProgress({ done: 0, total: chunks.length });
    setPhase('transcribing');
    const controller = new AbortController();
    abortRef.current = controller;
    const audit = {
      type: 'transcribe' as const,
      seconds: Math.round(elapsed * 100) / 100,
      bytes: chunks.reduce((n, c) => n + c.size, 0),
      endpointHost: host,
    };
    try {
      const text = await transcribeChunks({
        config,
        chunks,
        allowedOrigins: props.allowedOrigins,
        fetch: props.fetch,
        signal: controller.signal,
        maxSeconds,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      onAudit?.({ ...audit, ok: true });
      // Transcribed: the audio has served its purpose.
      chunksRef.current = [];
      setElapsed(0);
      setPhase('idle');
      setNotice({ kind: 'done' });
      onTranscript(text);
    } catch (err) {
      const code = classifyDictationError(err);
      onAudit?.({ ...audit, ok: false, error: code });
      if (code === 'no-speech') {
        // Nothing was said: the recording is of no use, and nothing is added to the notes (so no draft).
        chunksRef.current = [];
        setElapsed(0);
        setPhase('idle');
        setError(code);
        return;
      }
      // Discard aborts too; only show the error when the audio is still there to retry.
      if (chunksRef.current.length > 0) {
        setError(code);
        setPhase('recorded');
      }
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  };

  const cancel = () => abortRef.current?.abort();

  const status = (() => {
    switch (phase) {
      case 'recording':
        return t('dictation.statusRecording');
      case 'paused':
        return t('dictation.statusPaused');
      case 'recorded':
        return t('dictation.statusRecorded', { duration: format.duration(elapsed) });
      case 'transcribing':
        return t('dictation.statusTranscribing', { done: progress.done, total: progress.total });
      default:
        return '';
    }
  })();
  const noticeText =
    notice &&
    {
      done: t('dictation.statusDone'),
      discarded: t('dictation.statusDiscarded'),
      'max-duration': t('dictation.maxDuration', { count: Math.round(maxSeconds / 60) }),
      'device-lost': t('dictation.deviceLost'),
    }[notice.kind];
  const capturing = phase === 'recording' || phase === 'paused';
  const busy = phase === 'starting' || phase === 'stopping' || phase === 'transcribing';

  return (
    <div className="dictation">

      {!configured && (
        <div className="message message-error" role="alert">
          {t('dictationError.not-configured')}
        </div>
      )}
      {configured && <p className="muted">{t('dictation.privacy', { host })}</p>}

      <div className="dictation-controls">
        {(phase === 'idle' || phase === 'starting') && (
          <button type="button" className="primary" onClick={start} disabled={!configured || phase === 'starting'}>
            {phase === 'starting' ? t('dictation.starting') : t('dictation.record')}
          </button>
        )}
        {phase === 'recording' && (
          <button type="button" onClick={pause}>
            {t('dictation.pause')}
          </button>
        )}
        {phase === 'paused' && (
          <button type="button" onClick={resume}>
            {t('dictation.resume')}
          </button>
        )}
        {capturing && (
          <button type="button" className="primary" onClick={stop}>
            {t('dictation.stop')}
          </button>
        )}
        {phase === 'recorded' && (
          <button type="button" className="primary" onClick={transcribe}>
            {error ? t('dictation.retry') : t('dictation.transcribe')}
          </button>
        )}
        {phase === 'transcribing' && (
          <button type="button" onClick={cancel}>
            {t('dictation.cancel')}
          </button>
        )}
        {(capturing || phase === 'recorded' || phase === 'transcribing') && (
          <button type="button" className="link" onClick={discard}>
            {t('dictation.discard')}
          </button>
        )}
      </div>

      {(capturing || phase === 'stopping' || phase === 'recorded') && (
        <div className="dictation-meter">
          <div
            role="meter"
            aria-label={t('dictation.level')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(level * 100)}
            className="meter"
            style={meterStyle}
          >
            <div className="meter-fill" style={{ ...meterFillStyle, width: `${Math.round(level * 100)}%` }} />
          </div>
          <span>
            <span style={visuallyHidden}>{t('dictation.elapsed')}: </span>
            <time dateTime={`PT${Math.floor(elapsed)}S`}>{format.duration(elapsed)}</time>
          </span>
        </div>
      )}

      {phase === 'transcribing' && (
        <progress aria-label={t('dictation.progress')} max={progress.total} value={progress.done} />
      )}

      <div role="status" aria-live="polite" className="dictation-status">
        {status && <p>{status}</p>}
        {!busy && noticeText && <p className="message message-info">{noticeText}</p>}
      </div>

      {error && (
        <div className="message message-error" role="alert">
          <p>{error === 'permission-denied' && neverAsked ? t('dictation.needsPermission') : t(`dictationError.${error}`)}</p>
          {error === 'permission-denied' && (
            <button type="button" onClick={() => void openMicrophonePage(language)}>
              {t('dictation.openPermissionPage')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
