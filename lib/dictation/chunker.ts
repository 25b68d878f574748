/** Splits a stream of audio frames into fixed-length chunks. */
export interface Chunker {
  /** Adds a frame; returns the chunks it completed (usually none, sometimes one or more). */
  push(frame: Float32Array): Float32Array[];
  /** Returns what is left as a final, shorter chunk (null when nothing is left) and resets. */
  flush(): Float32Array | null;
  /** Samples pushed so far, over all chunks. */
  readonly totalSamples: number;
}

/**
 * Accumulates frames (e.g. 128- or 4096-sample blocks from the audio graph) into chunks of
 * exactly `chunkSeconds * rate` samples. Chunking on sample counts, not wall-clock time,
 * keeps chunk boundaries exact and the total duration unchanged.
 *
 * @example
 * const chunker = createChunker(30, 48000);
 * for (const chunk of chunker.push(frame)) send(chunk);
 * const last = chunker.flush();
 */
export function createChunker(chunkSeconds: number, rate: number): Chunker {
  const size = Math.round(chunkSeconds * rate);
  if (!(size > 0)) throw new RangeError('chunk size must be positive');
  let buffer = new Float32Array(size);
  let filled = 0;
  let total = 0;
  return {
    push(frame) {
      const done: Float32Array[] = [];
      let read = 0;
      while (read < frame.length) {
        const n = Math.min(size - filled, frame.length - read);
        buffer.set(frame.subarray(read, read + n), filled);
        filled += n;
        read += n;
        if (filled === size) {
          done.push(buffer);
          buffer = new Float32Array(size);
          filled = 0;
        }
      }
      total += frame.length;
      return done;
    },
    flush() {
      if (filled === 0) return null;
      const rest = buffer.slice(0, filled);
      buffer = new Float32Array(size);
      filled = 0;
      return rest;
    },
    get totalSamples() {
      return total;
    },
  };
}
