import { describe, expect, it } from 'vitest';
import { countdown, countdownParts } from './countdown';

const now = Date.parse('2026-03-02T10:00:00Z');
const parts = (dueAt: string) => countdownParts(countdown(dueAt, now));

describe('deadline countdown', () => {
  it('shows hours and minutes within a day', () => {
    expect(countdown('2026-03-02T15:12:30Z', now)).toEqual({ overdue: false, days: 0, hours: 5, minutes: 12 });
    expect(parts('2026-03-02T15:12:30Z')).toEqual([{ unit: 'hours', value: 5 }, { unit: 'minutes', value: 12 }]);
  });

  it('shows days and hours further away, and leaves out a zero', () => {
    expect(parts('2026-03-05T10:00:00Z')).toEqual([{ unit: 'days', value: 3 }]);
    expect(parts('2026-03-04T13:59:00Z')).toEqual([{ unit: 'days', value: 2 }, { unit: 'hours', value: 3 }]);
    expect(parts('2026-03-02T12:00:00Z')).toEqual([{ unit: 'hours', value: 2 }]);
  });

  it('counts how late an overdue deadline is', () => {
    expect(countdown('2026-03-02T08:00:00Z', now)).toEqual({ overdue: true, days: 0, hours: 2, minutes: 0 });
    expect(parts('2026-03-02T09:59:30Z')).toEqual([{ unit: 'minutes', value: 0 }]);
  });
});
