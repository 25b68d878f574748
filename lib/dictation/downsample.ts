/**
 * Resamples mono audio to a lower rate (e.g. the microphone's 48 kHz to Whisper's 16 kHz).
 * Each output sample is the mean of the input span it covers: a box filter that keeps
 * most aliasing out without pulling in a DSP library. Output length is
 * `Math.round(input.length * toRate / fromRate)`, so whole seconds stay whole seconds.
 *
 * @example
 * downsample(new Float32Array(48000), 48000, 16000).length; // 16000
 */
export function downsample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (!(fromRate > 0) || !(toRate > 0)) throw new RangeError('sample rates must be positive');
  if (toRate > fromRate) throw new RangeError(`cannot upsample from ${fromRate} to ${toRate}`);
  if (toRate === fromRate) return input.slice();
  const ratio = fromRate / toRate;
  const length = Math.round(input.length / ratio);
  const output = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const start = Math.floor(i * ratio);
    const end = Math.min(input.length, Math.max(start + 1, Math.floor((i + 1) * ratio)));
    let sum = 0;
    for (let j = start; j < end; j++) sum += input[j] ?? 0;
    output[i] = end > start ? sum / (end - start) : 0;
  }
  return output;
}
