import { describe, expect, it } from 'vitest';
import { stockholmLocalToIso } from '../../i18n/dates';
import { stockholmLocal } from './localTime';

describe('Stockholm wall-clock values for datetime-local fields', () => {
  it('shows winter and summer time', () => {
    expect(stockholmLocal('2026-03-02T10:00:00Z')).toBe('2026-03-02T11:00');
    expect(stockholmLocal('2026-04-05T09:00:00Z')).toBe('2026-04-05T11:00');
  });

  it('reads back as the same instant (outside the repeated autumn hour)', () => {
    expect(Date.parse(stockholmLocalToIso(stockholmLocal('2026-10-25T03:30:00Z'))!)).toBe(Date.parse('2026-10-25T03:30:00Z'));
  });
});
