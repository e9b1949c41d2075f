import { describe, expect, it } from 'vitest';
import { defaultRiskMatrix } from '../../../shared/risk/matrix';
import { contrastRatio, readableTextColour } from './contrast';

describe('readableTextColour', () => {
  it('gives every default band a text colour with at least 4.5:1 contrast', () => {
    for (const band of defaultRiskMatrix.bands) {
      expect(contrastRatio(band.colour, readableTextColour(band.colour))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('puts white on dark colours and black on light ones', () => {
    expect(readableTextColour('#c92a2a')).toBe('#ffffff');
    expect(readableTextColour('#1a1a1a')).toBe('#ffffff');
    expect(readableTextColour('#f2c94c')).toBe('#000000');
    expect(readableTextColour('#FFFFFF')).toBe('#000000');
  });
});
