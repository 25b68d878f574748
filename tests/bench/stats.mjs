// Small statistics for benchmark samples. Medians, not means: one GC pause must not move the figure.

/** Median of a non-empty list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error('median of an empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds to a number of significant decimals that keeps small values readable (0.0123) and large ones short (1234). */
export function round(value, digits = 3) {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return Number(value.toFixed(Math.min(decimals, 6)));
}

/** Estimated model tokens for a text: characters / 4, the usual rule of thumb for mixed-language text. */
export function estimateTokens(chars) {
  return Math.ceil(chars / 4);
}
