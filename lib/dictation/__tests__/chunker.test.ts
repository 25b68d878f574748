import { describe, expect, it } from 'vitest';
import { createChunker } from '../chunker';

/** Feeds 0,1,2,… in frames of `frameSize`, so every sample's position can be checked. */
function feed(chunkSeconds: number, rate: number, total: number, frameSize: number) {
  const chunker = createChunker(chunkSeconds, rate);
  const chunks: Float32Array[] = [];
  for (let start = 0; start < total; start += frameSize) {
    const frame = Float32Array.from({ length: Math.min(frameSize, total - start) }, (_, i) => start + i);
    chunks.push(...chunker.push(frame));
  }
  const last = chunker.flush();
  return { chunker, chunks, last };
}

describe('createChunker', () => {
  it('cuts exactly every chunkSeconds * rate samples, across frame boundaries', () => {
    // 1 s chunks at 1000 Hz fed in 128-sample frames: boundaries fall inside frames.
    const { chunks, last, chunker } = feed(1, 1000, 3500, 128);
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 1000]);
    expect(chunks.map((c) => [c[0], c[c.length - 1]])).toEqual([
      [0, 999],
      [1000, 1999],
      [2000, 2999],
    ]);
    expect(last?.length).toBe(500);
    expect([last?.[0], last?.[499]]).toEqual([3000, 3499]);
    expect(chunker.totalSamples).toBe(3500);
  });

  it('preserves every sample in order, so the total duration is unchanged', () => {
    const rate = 16000;
    const total = Math.round(rate * 95.3);
    const { chunks, last } = feed(30, rate, total, 4096);
    const all = [...chunks, ...(last ? [last] : [])];
    expect(all.map((c) => c.length / rate)).toEqual([30, 30, 30, 5.3]);
    const joined = all.flatMap((c) => Array.from(c));
    expect(joined.length).toBe(total);
    expect(joined.every((v, i) => v === i)).toBe(true);
  });

  it('emits several chunks from one large frame and no partial chunk on an exact multiple', () => {
    const chunker = createChunker(0.5, 100);
    const done = chunker.push(new Float32Array(150));
    expect(done.map((c) => c.length)).toEqual([50, 50, 50]);
    expect(chunker.flush()).toBeNull();
  });

  it('returns null from flush when nothing was pushed and rejects a zero chunk length', () => {
    expect(createChunker(30, 16000).flush()).toBeNull();
    expect(() => createChunker(0, 16000)).toThrow(RangeError);
  });

  it('does not share buffers between emitted chunks', () => {
    const chunker = createChunker(1, 4);
    const [a] = chunker.push(Float32Array.from([1, 2, 3, 4]));
    chunker.push(Float32Array.from([9, 9, 9, 9]));
    expect(Array.from(a ?? [])).toEqual([1, 2, 3, 4]);
  });
});
