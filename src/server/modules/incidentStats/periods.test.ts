import { describe, expect, it } from 'vitest';
import { periodsBetween } from './periods.js';

describe('statistics periods in Stockholm time', () => {
  it('starts each month at local midnight, an hour earlier in UTC in summer', () => {
    expect(periodsBetween('2026-02-15T12:00:00Z', '2026-04-02T00:00:00Z', 'month')).toEqual({
      labels: ['2026-02', '2026-03', '2026-04'],
      starts: ['2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z'],
    });
  });

  it('ends with the period holding the last instant before `to`', () => {
    expect(periodsBetween('2026-01-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'month').labels).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodsBetween('2026-01-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 'quarter').labels).toEqual(['2026-Q1']);
    expect(periodsBetween('2025-11-20T00:00:00Z', '2026-02-01T00:00:00Z', 'quarter')).toEqual({
      labels: ['2025-Q4', '2026-Q1'],
      starts: ['2025-09-30T22:00:00.000Z', '2025-12-31T23:00:00.000Z'],
    });
  });
});
