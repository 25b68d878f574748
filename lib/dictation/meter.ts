/**
 * Maps RMS loudness (0..1) to a 0..1 meter position on a -60..0 dBFS scale.
 * Speech sits around -30..-10 dBFS, which a linear scale would show as a barely moving bar.
 *
 * @example
 * meterLevel(0.1); // ≈ 0.67 (-20 dBFS)
 */
export function meterLevel(rms: number): number {
  if (!(rms > 0)) return 0;
  const db = 20 * Math.log10(Math.min(1, rms));
  return Math.max(0, Math.min(1, (db + 60) / 60));
}
