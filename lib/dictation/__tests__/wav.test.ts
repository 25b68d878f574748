import { describe, expect, it } from 'vitest';
import { decodeWavSamples, encodeWav, readWavInfo, WAV_HEADER_BYTES } from '../wav';

/** Reads the canonical header by hand, independent of readWavInfo. */
function parseHeader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (o: number) => String.fromCharCode(...bytes.subarray(o, o + 4));
  return {
    riff: text(0),
    riffSize: view.getUint32(4, true),
    wave: text(8),
    fmt: text(12),
    fmtSize: view.getUint32(16, true),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bitsPerSample: view.getUint16(34, true),
    data: text(36),
    dataSize: view.getUint32(40, true),
    sample: (i: number) => view.getInt16(WAV_HEADER_BYTES + i * 2, true),
  };
}

describe('encodeWav', () => {
  it('writes a 16-bit PCM mono RIFF header that parses back', () => {
    const samples = new Float32Array(16000 * 3 + 7);
    const bytes = encodeWav(samples, 16000);
    const h = parseHeader(bytes);
    expect(bytes.length).toBe(44 + samples.length * 2);
    expect(h).toMatchObject({
      riff: 'RIFF',
      riffSize: bytes.length - 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      fmtSize: 16,
      format: 1,
      channels: 1,
      sampleRate: 16000,
      byteRate: 32000,
      blockAlign: 2,
      bitsPerSample: 16,
      data: 'data',
      dataSize: samples.length * 2,
    });
  });

  it('quantises samples, clipping out-of-range values to the int16 limits', () => {
    const bytes = encodeWav(Float32Array.from([0, 0.5, -0.5, 1, -1, 2, -3]), 8000);
    const h = parseHeader(bytes);
    expect([0, 1, 2, 3, 4, 5, 6].map(h.sample)).toEqual([0, 16384, -16384, 32767, -32768, 32767, -32768]);
  });

  it('round-trips through decodeWavSamples within one quantisation step', () => {
    const samples = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i / 10) * 0.8);
    const decoded = decodeWavSamples(encodeWav(samples, 22050));
    expect(decoded.sampleRate).toBe(22050);
    expect(decoded.samples.length).toBe(1000);
    decoded.samples.forEach((s, i) => expect(Math.abs(s - (samples[i] ?? 0))).toBeLessThan(1 / 32767));
  });

  it('rejects a non-integer sample rate', () => {
    expect(() => encodeWav(new Float32Array(1), 44100.5)).toThrow(RangeError);
  });
});

describe('readWavInfo', () => {
  it('reports the duration of an encoded file', () => {
    const info = readWavInfo(encodeWav(new Float32Array(24000), 16000));
    expect(info).toEqual({ sampleRate: 16000, channels: 1, bitsPerSample: 16, dataOffset: 44, dataBytes: 48000, durationSeconds: 1.5 });
  });

  it('skips extra chunks (LIST, odd-sized) before the data chunk', () => {
    const base = encodeWav(new Float32Array(100), 8000);
    const list = new Uint8Array([...'LIST'].map((c) => c.charCodeAt(0)).concat([3, 0, 0, 0, 1, 2, 3, 0])); // 3 bytes + pad
    const bytes = new Uint8Array(base.length + list.length);
    bytes.set(base.subarray(0, 36));
    bytes.set(list, 36);
    bytes.set(base.subarray(36), 36 + list.length);
    const info = readWavInfo(bytes);
    expect(info.dataOffset).toBe(44 + list.length);
    expect(info.durationSeconds).toBeCloseTo(100 / 8000, 10);
  });

  it('uses the bytes present when a streaming writer left a bogus data size (espeak-ng --stdout)', () => {
    const bytes = encodeWav(new Float32Array(2205), 22050);
    new DataView(bytes.buffer).setUint32(40, 0x7ffff000, true);
    expect(readWavInfo(bytes).durationSeconds).toBeCloseTo(0.1, 10);
  });

  it('throws on non-WAV and non-PCM input', () => {
    expect(() => readWavInfo(new TextEncoder().encode('ID3 definitely an mp3 file...'))).toThrow(RangeError);
    const float = encodeWav(new Float32Array(10), 8000);
    new DataView(float.buffer).setUint16(20, 3, true); // IEEE float
    expect(() => readWavInfo(float)).toThrow(/PCM/);
  });
});
