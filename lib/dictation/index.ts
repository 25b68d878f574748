// Dictation: record the microphone as WAV chunks and transcribe them at the organisation's endpoint.
export { transcriptionConfigSchema, isTranscriptionConfigured, type TranscriptionConfig } from './config';
export { createChunker, type Chunker } from './chunker';
export { downsample } from './downsample';
export { encodeWav, readWavInfo, decodeWavSamples, WAV_HEADER_BYTES, type WavInfo } from './wav';
export { dictationErrorCodeSchema, DictationError, classifyDictationError, type DictationErrorCode } from './errors';
export { meterLevel } from './meter';
export { dictationAuditEventSchema, type DictationAuditEvent } from './audit';
export {
  microphonePermissionSchema,
  microphonePermissionState,
  openMicrophonePage,
  requestMicrophoneAccess,
  MICROPHONE_PAGE_PATH,
  type MicrophonePermission,
} from './permission';
export {
  createRecorder,
  rms,
  type Recorder,
  type RecorderOptions,
  type RecorderState,
  type AutoStopReason,
} from './recorder';
export {
  transcribeChunks,
  totalWavSeconds,
  transcriptionEndpointHost,
  type TranscribeChunksOptions,
} from './transcribe';
