import { describe, expect, it } from 'vitest';
import { formatDateTime, stockholmLocalToIso } from './dates';

describe('stockholmLocalToIso', () => {
  it('reads winter times as CET (+01:00)', () => {
    expect(stockholmLocalToIso('2026-01-15T10:00')).toBe('2026-01-15T10:00:00+01:00');
  });

  it('reads summer times as CEST (+02:00)', () => {
    expect(stockholmLocalToIso('2026-07-01T23:30')).toBe('2026-07-01T23:30:00+02:00');
  });

  it('keeps the same instant the Stockholm clock showed', () => {
    expect(new Date(stockholmLocalToIso('2026-07-01T00:15')!).toISOString()).toBe('2026-06-30T22:15:00.000Z');
  });

  it('gives nothing for an empty or malformed value', () => {
    expect(stockholmLocalToIso('')).toBeUndefined();
    expect(stockholmLocalToIso('yesterday')).toBeUndefined();
  });
});

describe('formatDateTime', () => {
  it('shows Stockholm time whatever the machine zone', () => {
    expect(formatDateTime('2026-06-30T22:15:00Z', 'sv')).toContain('00:15');
  });
});
