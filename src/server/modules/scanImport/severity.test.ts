import { describe, expect, it } from 'vitest';
import { bandScore, chooseSeverity, parseEpss, parseScore, ratingSeverity } from './severity.js';

describe('severity from CVSS scores and scanner ratings', () => {
  it.each([
    [0, 'info'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
  ] as const)('bands %s as %s', (score, severity) => {
    expect(bandScore(score)).toBe(severity);
  });

  it('reads scores above 10 as tenths, as some exports write them', () => {
    expect(parseScore('75')).toBe(7.5);
    expect(parseScore(98)).toBe(9.8);
    expect(bandScore(parseScore('75')!)).toBe('high');
    expect(parseScore('7,5')).toBe(7.5);
  });

  it('has no score for blanks, words and impossible numbers', () => {
    for (const value of ['', '  ', 'n/a', '-1', '1000', null, undefined]) expect(parseScore(value)).toBeUndefined();
  });

  it('maps scanner words, with UNKNOWN and None as info, and ignores words it does not know', () => {
    expect(ratingSeverity('CRITICAL')).toBe('critical');
    expect(ratingSeverity(' Medium ')).toBe('medium');
    expect(ratingSeverity('UNKNOWN')).toBe('info');
    expect(ratingSeverity('None')).toBe('info');
    expect(ratingSeverity('Log')).toBe('info');
    expect(ratingSeverity('severe-ish')).toBeUndefined();
  });

  it('lets a CVSS v3 score win over the rating, and the rating over a fallback', () => {
    expect(chooseSeverity(7.5, 'medium')).toBe('high');
    expect(chooseSeverity(undefined, 'medium', 'critical')).toBe('medium');
    expect(chooseSeverity(undefined, undefined, 'low')).toBe('low');
    expect(chooseSeverity(undefined, undefined)).toBe('info');
  });

  it('reads EPSS as a probability, also when written as a percentage', () => {
    expect(parseEpss('0.97')).toBe(0.97);
    expect(parseEpss('97')).toBe(0.97);
    expect(parseEpss('')).toBeUndefined();
  });
});
