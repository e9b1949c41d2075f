import { describe, expect, it } from 'vitest';
import { fractionElapsed, progressColour, progressPercent } from './countdown';

const due = '2026-03-03T10:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('fractionElapsed and the bar', () => {
  const start = '2026-03-02T10:00:00.000Z';

  it('is the share of the period gone, and goes past 1 when overdue', () => {
    expect(fractionElapsed(start, due, at('2026-03-02T22:00:00Z'))).toBe(0.5);
    expect(fractionElapsed(start, due, at('2026-03-03T22:00:00Z'))).toBe(1.5);
    expect(fractionElapsed(start, due, at('2026-03-01T22:00:00Z'))).toBe(0);
  });

  it('treats a period of no length as all gone once due', () => {
    expect(fractionElapsed(due, due, at(due))).toBe(1);
    expect(fractionElapsed(due, due, at('2026-03-03T09:00:00Z'))).toBe(0);
  });

  it('turns yellow at 50 % and red at 90 %, and shows 0–100 %', () => {
    expect([0, 0.49, 0.5, 0.89, 0.9, 1.4].map(progressColour)).toEqual(['teal', 'teal', 'yellow', 'yellow', 'red', 'red']);
    expect([-0.1, 0.499, 0.9, 1.4].map(progressPercent)).toEqual([0, 49, 90, 100]);
  });
});
