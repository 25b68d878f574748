/** Median of a non-empty list (mean of the two middle values for an even count); throws on an empty list. */
export function median(values: number[]): number;
/** Rounds to `digits` significant digits for values below 10^digits, to an integer above. */
export function round(value: number, digits?: number): number;
/** Estimated model tokens: ceil(chars / 4). */
export function estimateTokens(chars: number): number;
