import { describe, expect, it } from 'vitest';
import { bucketBounds, bucketOf, percentileOf } from './buckets.js';

/** percentile_cont over sorted values: the interpolated value at p × (n − 1). */
function exactPercentile(sorted: number[], p: number): number {
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  return sorted[lower]! + (sorted[Math.min(lower + 1, sorted.length - 1)]! - sorted[lower]!) * (position - lower);
}

function histogramOf(values: number[]): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const value of values) histogram.set(bucketOf(value), (histogram.get(bucketOf(value)) ?? 0) + 1);
  return histogram;
}

describe('duration buckets', () => {
  it('put every duration inside its own bucket', () => {
    for (const hours of [0, 0.001, 1 / 60, 0.5, 1, 7.25, 24, 100, 2000, 17_520]) {
      const [low, high] = bucketBounds(bucketOf(hours));
      expect(hours).toBeGreaterThanOrEqual(low - 1e-12);
      expect(hours).toBeLessThan(high);
    }
  });

  it('give the median and p90 of 50,000 skewed durations within 2 % of the exact values', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    // Mostly hours, a long tail of weeks: the shape of time to resolve.
    const values = Array.from({ length: 50_000 }, () => -Math.log(1 - random()) * 10 * (1 + Math.floor(random() * 4)) + (random() < 0.05 ? 500 * random() : 0));
    const sorted = [...values].sort((a, b) => a - b);
    const histogram = histogramOf(values);
    for (const p of [0.5, 0.9]) {
      const exact = exactPercentile(sorted, p);
      expect(Math.abs(percentileOf(histogram, values.length, p) - exact) / exact).toBeLessThan(0.02);
    }
  });

  it('read a single duration back from its bucket', () => {
    expect(percentileOf(histogramOf([12]), 1, 0.5)).toBeCloseTo(12, 0);
  });
});
