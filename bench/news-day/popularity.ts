// Reader traffic on a news day: a few stories take most of the reads, and a long tail of the
// archive is read now and then (Zipf: the story of rank r is read in proportion to 1 / r^s).

/** Weights 1 / rank^exponent for ranks 1..count, summing to `total`. */
export function zipfWeights(count: number, exponent: number, total = 1): number[] {
  const raw = Array.from({ length: count }, (_, index) => 1 / Math.pow(index + 1, exponent));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((weight) => (weight / sum) * total);
}

/**
 * Running sums of the weights, scaled so the last is exactly 1: a uniform draw u in [0, 1) picks
 * the first index whose value exceeds u. Zero weights are kept (they are never picked).
 */
export function cumulativeTable(weights: readonly number[]): number[] {
  if (weights.length === 0) throw new Error("No weights to draw from");
  if (weights.some((weight) => !(weight >= 0))) throw new Error("Weights must be zero or positive numbers");
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error("The weights sum to zero");
  let running = 0;
  const table = weights.map((weight) => (running += weight) / total);
  // Rounding may leave the last a hair under 1, where a draw of 0.9999999 would fall off the end.
  table[table.length - 1] = 1;
  return table;
}

/** The index a uniform draw in [0, 1) picks from a cumulative table (binary search, as the wrk script does it). */
export function pickIndex(table: readonly number[], draw: number): number {
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (table[mid]! <= draw) low = mid + 1;
    else high = mid;
  }
  return low;
}
