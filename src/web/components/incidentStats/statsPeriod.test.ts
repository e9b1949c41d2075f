import { describe, expect, it } from 'vitest';
import { matchingPreset, periodLabel, presetRange, rangeInstants, shiftDay, stockholmToday } from './statsPeriod';

describe('the period filter', () => {
  it('takes today from the Stockholm calendar', () => {
    expect(stockholmToday(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(stockholmToday(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });

  it('offers this year, the last 12 months and the last 2 years, ending today', () => {
    expect(presetRange('thisYear', '2026-03-04')).toEqual({ from: '2026-01-01', to: '2026-03-04' });
    expect(presetRange('last12Months', '2026-03-04')).toEqual({ from: '2025-03-05', to: '2026-03-04' });
    expect(presetRange('last2Years', '2026-03-04')).toEqual({ from: '2024-03-05', to: '2026-03-04' });
    expect(matchingPreset({ from: '2025-03-05', to: '2026-03-04' }, '2026-03-04')).toBe('last12Months');
    expect(matchingPreset({ from: '2025-03-01', to: '2026-03-04' }, '2026-03-04')).toBeNull();
  });

  it('moves calendar days across month and year ends', () => {
    expect(shiftDay('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(shiftDay('2024-02-29', { years: -1 })).toBe('2023-03-01');
  });

  it('sends Stockholm midnights, the last day included, across the daylight-saving change', () => {
    expect(rangeInstants({ from: '2026-01-01', to: '2026-03-28' })).toEqual({ from: '2026-01-01T00:00:00+01:00', to: '2026-03-29T00:00:00+01:00' });
    expect(rangeInstants({ from: '2026-03-29', to: '2026-03-29' })).toEqual({ from: '2026-03-29T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00' });
  });

  it('names months and quarters in the chosen language', () => {
    expect(periodLabel('2026-03', 'sv')).toBe('mars 2026');
    expect(periodLabel('2026-03', 'en')).toBe('Mar 2026');
    expect(periodLabel('2026-Q1', 'sv')).toBe('kv. 1 2026');
    expect(periodLabel('2026-Q1', 'en')).toBe('Q1 2026');
  });
});
