/** Size of the canonical 44-byte RIFF/WAVE header written by {@link encodeWav}. */
export const WAV_HEADER_BYTES = 44;

/**
 * Encodes mono float samples (-1..1) as a 16-bit PCM RIFF/WAVE file.
 * Every chunk of a recording is a complete file, so each can be transcribed on its own.
 *
 * @example
 * const bytes = encodeWav(new Float32Array(16000), 16000); // 1 s of silence, 32 044 bytes
 */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new RangeError(`invalid sample rate ${sampleRate}`);
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(WAV_HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size for PCM
  view.setUint16(20, 1, true); // audio format: PCM
  view.setUint16(22, 1, true); // channels: mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0, offset = WAV_HEADER_BYTES; i < samples.length; i++, offset += 2) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    // Asymmetric scale so -1 maps to -32768 and 1 to 32767 without overflow.
    view.setInt16(offset, s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff), true);
  }
  return bytes;
}

/** What a WAV header says about its audio. */
export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Byte offset of the sample data. */
  dataOffset: number;
  dataBytes: number;
  durationSeconds: number;
}

/**
 * Reads the header of a PCM WAV file (any chunk order, e.g. espeak-ng output or {@link encodeWav}).
 * Used to know a chunk's duration before sending it.
 * Throws a RangeError when the bytes are not a PCM WAV file.
 */
export function readWavInfo(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) =>
    offset + 4 <= bytes.length ? String.fromCharCode(...bytes.subarray(offset, offset + 4)) : '';
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new RangeError('not a RIFF/WAVE file');
  let fmt: { channels: number; sampleRate: number; bitsPerSample: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (view.getUint16(body, true) !== 1) throw new RangeError('WAV is not PCM');
      fmt = {
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new RangeError('WAV data chunk before fmt chunk');
      // Streaming writers (espeak-ng to a pipe) leave the size at 0 or 0xFFFFFFFF: use what is there.
      const dataBytes = size === 0 || body + size > bytes.length ? bytes.length - body : size;
      const frameBytes = fmt.channels * (fmt.bitsPerSample / 8);
      return {
        ...fmt,
        dataOffset: body,
        dataBytes,
        durationSeconds: dataBytes / frameBytes / fmt.sampleRate,
      };
    }
    offset = body + size + (size % 2); // chunks are word-aligned
  }
  throw new RangeError('WAV has no data chunk');
}

/** Decodes the samples of a 16-bit PCM WAV file (first channel) back to floats. */
export function decodeWavSamples(bytes: Uint8Array): { samples: Float32Array; sampleRate: number } {
  const info = readWavInfo(bytes);
  if (info.bitsPerSample !== 16) throw new RangeError(`unsupported WAV bit depth ${info.bitsPerSample}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames = Math.floor(info.dataBytes / (2 * info.channels));
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    const v = view.getInt16(info.dataOffset + i * 2 * info.channels, true);
    samples[i] = v < 0 ? v / 0x8000 : v / 0x7fff;
  }
  return { samples, sampleRate: info.sampleRate };
}
