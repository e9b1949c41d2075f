import { describe, expect, it } from 'vitest';
import { defaultRiskMatrix, type RiskMatrix } from '../../../shared/risk/matrix';
import { matrixFieldProblems, nextBand, sameValue, serverFieldErrors, withStepAdded, withTopStepRemoved } from './draft';

/** Echoes the key and its options, so the tests see which message was chosen with what values. */
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);
const withFroms = (froms: number[]): RiskMatrix => ({ ...defaultRiskMatrix, bands: defaultRiskMatrix.bands.map((band, index) => ({ ...band, from: froms[index]! })) });

describe('the risk settings draft', () => {
  it('names each band problem by field, in the user’s words', () => {
    expect(matrixFieldProblems(defaultRiskMatrix, t)).toEqual({});
    expect(matrixFieldProblems(withFroms([2, 3, 3, 20]), t)).toEqual({
      'matrix.bands.0.from': 'riskSettings.problems.firstFrom',
      'matrix.bands.2.from': 'riskSettings.problems.fromRises {"below":3}',
      'matrix.bands.3.from': 'riskSettings.problems.fromAboveMax {"max":16}',
    });
    const swapped = { ...defaultRiskMatrix, bands: [defaultRiskMatrix.bands[0]!, defaultRiskMatrix.bands[2]!, { ...defaultRiskMatrix.bands[1]!, from: 12 }] };
    expect(matrixFieldProblems(swapped, t)).toEqual({ 'matrix.bands.2.level': 'riskSettings.problems.levelOrder' });
  });

  it('reads the server’s answers the same way, including steps still in use', () => {
    const errors = [
      { path: 'matrix.likelihood', message: '3 risk(s) that are not closed use likelihood 4' },
      { path: 'matrix.bands.1.from', message: 'must be higher than the band below (1)' },
      { path: 'body.matrix.bands.0.colour', message: 'a colour as #rrggbb' },
    ];
    expect(serverFieldErrors(errors, withFroms([1, 1, 8, 16]), t)).toEqual({
      'matrix.likelihood': 'riskSettings.problems.stepInUse {"count":3,"step":4}',
      'matrix.bands.1.from': 'riskSettings.problems.fromRises {"below":1}',
      'matrix.bands.0.colour': 'a colour as #rrggbb',
    });
  });

  it('adds steps at the top up to six and removes only the top one down to three', () => {
    let matrix: RiskMatrix = defaultRiskMatrix;
    for (let i = 0; i < 4; i += 1) matrix = withStepAdded(matrix, 'impact', 'Nytt');
    expect(matrix.impact.map((step) => step.label.sv)).toEqual(['Försumbar', 'Måttlig', 'Betydande', 'Allvarlig', 'Nytt', 'Nytt']);
    for (let i = 0; i < 5; i += 1) matrix = withTopStepRemoved(matrix, 'impact');
    expect(matrix.impact.map((step) => step.label.sv)).toEqual(['Försumbar', 'Måttlig', 'Betydande']);
    expect(matrix.likelihood).toBe(defaultRiskMatrix.likelihood);
  });

  it('offers the next level above the highest band, until extreme', () => {
    const two = { ...defaultRiskMatrix, bands: defaultRiskMatrix.bands.slice(0, 2) };
    expect(nextBand(two)).toMatchObject({ level: 'high', from: 4, colour: '#f08c00' });
    expect(nextBand(defaultRiskMatrix)).toBeNull();
  });

  it('compares matrices whatever their key order', () => {
    const reordered = JSON.parse(JSON.stringify(defaultRiskMatrix, ['bands', 'impact', 'likelihood', 'colour', 'from', 'level', 'label', 'description', 'en', 'sv']));
    expect(sameValue(reordered, defaultRiskMatrix)).toBe(true);
    expect(sameValue(withFroms([1, 3, 9, 16]), defaultRiskMatrix)).toBe(false);
  });
});
