/**
 * The duration buckets of migration 0011 (`varn_duration_bucket`): bucket 0 holds everything
 * under a minute, bucket b ≥ 1 holds 1.04^(b-1) up to 1.04^b minutes.
 */
const growth = 1.04;

/** The bucket's bounds in hours. */
export function bucketBounds(bucket: number): [number, number] {
  if (bucket <= 0) return [0, 1 / 60];
  return [growth ** (bucket - 1) / 60, growth ** bucket / 60];
}

/**
 * The value of the rank-th smallest duration (0-based), reading the values of a bucket as
 * spread evenly over it on a logarithmic scale (linearly in bucket 0).
 */
function valueAtRank(sorted: Array<[number, number]>, rank: number): number {
  let before = 0;
  for (const [bucket, n] of sorted) {
    if (rank < before + n) {
      const [low, high] = bucketBounds(bucket);
      const position = (rank - before + 0.5) / n;
      return bucket <= 0 ? low + (high - low) * position : low * (high / low) ** position;
    }
    before += n;
  }
  return bucketBounds(sorted[sorted.length - 1]![0])[1];
}

/**
 * The p-th percentile (0–1) in hours from a histogram of `count` durations, interpolated between
 * ranks as PERCENTILE and percentile_cont do: within half a bucket (2 %) of the exact value.
 */
export function percentileOf(histogram: Map<number, number>, count: number, p: number): number {
  const sorted = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const position = p * (count - 1);
  const lower = Math.floor(position);
  const fraction = position - lower;
  const low = valueAtRank(sorted, lower);
  return fraction === 0 ? low : low + (valueAtRank(sorted, lower + 1) - low) * fraction;
}

/** The bucket of a duration in hours, as `varn_duration_bucket` computes it in the database. */
export function bucketOf(hours: number): number {
  const minutes = hours * 60;
  return minutes < 1 ? 0 : 1 + Math.floor(Math.log(minutes) / Math.log(growth));
}
