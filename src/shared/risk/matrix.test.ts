import { describe, expect, it } from 'vitest';
import { defaultRiskMatrix, levelOfScore, matrixCells, matrixProblems, OutOfMatrixError, scoreRisk, type LevelBand, type RiskLevel, type RiskMatrix } from './matrix.js';

/** MSB's table written out by hand (likelihood rows, impact columns), not derived from the code under test. */
const msbLevels: RiskLevel[][] = [
  ['low', 'low', 'medium', 'medium'],
  ['low', 'medium', 'medium', 'high'],
  ['medium', 'medium', 'high', 'high'],
  ['medium', 'high', 'high', 'extreme'],
];
const msbCells = msbLevels.flatMap((row, l) => row.map((level, i) => ({ likelihood: l + 1, impact: i + 1, level })));

const steps = (count: number) => Array.from({ length: count }, (_, index) => ({ label: { sv: `S${index + 1}`, en: `S${index + 1}` }, description: { sv: '', en: '' } }));
const band = (level: RiskLevel, from: number): LevelBand => ({ level, from, label: { sv: level, en: level }, colour: '#123456' });
const matrixOf = (likelihoodSteps: number, impactSteps: number, bands: Array<[RiskLevel, number]>): RiskMatrix => ({
  likelihood: steps(likelihoodSteps),
  impact: steps(impactSteps),
  bands: bands.map(([level, from]) => band(level, from)),
});

describe('the default MSB 4×4 matrix', () => {
  it.each(msbCells)('likelihood $likelihood × impact $impact scores the product, level $level', ({ likelihood, impact, level }) => {
    expect(scoreRisk(defaultRiskMatrix, likelihood, impact)).toEqual({ score: likelihood * impact, level });
  });

  it('has the MSB bands: low 1-2, medium 3-6, high 8-12, extreme 16', () => {
    const levelsByScore = Object.fromEntries([1, 2, 3, 4, 6, 8, 9, 12, 16].map((score) => [score, levelOfScore(defaultRiskMatrix, score).level]));
    expect(levelsByScore).toEqual({ 1: 'low', 2: 'low', 3: 'medium', 4: 'medium', 6: 'medium', 8: 'high', 9: 'high', 12: 'high', 16: 'extreme' });
    expect(defaultRiskMatrix.bands.map((b) => [b.level, b.from, b.label.sv, b.label.en])).toEqual([
      ['low', 1, 'Låg', 'Low'],
      ['medium', 3, 'Medelhög', 'Medium'],
      ['high', 8, 'Hög', 'High'],
      ['extreme', 16, 'Extremt hög', 'Extreme'],
    ]);
  });

  it('lists all 16 cells likelihood-major for heat maps and the settings preview', () => {
    expect(matrixCells(defaultRiskMatrix)).toEqual(msbCells.map((cell) => ({ ...cell, score: cell.likelihood * cell.impact })));
  });

  it('has four labelled steps on each scale in both languages', () => {
    expect(defaultRiskMatrix.likelihood.map((s) => s.label.sv)).toEqual(['Låg', 'Medel', 'Hög', 'Mycket hög']);
    expect(defaultRiskMatrix.impact.map((s) => s.label.en)).toEqual(['Negligible', 'Moderate', 'Significant', 'Serious']);
    for (const s of [...defaultRiskMatrix.likelihood, ...defaultRiskMatrix.impact]) {
      expect(s.description.sv).not.toBe('');
      expect(s.description.en).not.toBe('');
    }
  });

  it('passes its own checks', () => {
    expect(matrixProblems(defaultRiskMatrix)).toEqual([]);
  });
});

describe('values outside the matrix', () => {
  const outside = [0, 5, -1, 1.5, 3.999, Number.NaN, Number.POSITIVE_INFINITY];

  it.each(outside)('likelihood %s is refused, naming likelihood', (value) => {
    const error = catchError(() => scoreRisk(defaultRiskMatrix, value, 2));
    expect(error).toBeInstanceOf(OutOfMatrixError);
    expect(error).toMatchObject({ field: 'likelihood', max: 4 });
    expect(error.message).toContain('likelihood must be a whole number from 1 to 4');
  });

  it.each(outside)('impact %s is refused, naming impact', (value) => {
    const error = catchError(() => scoreRisk(defaultRiskMatrix, 2, value));
    expect(error).toBeInstanceOf(OutOfMatrixError);
    expect(error).toMatchObject({ field: 'impact', max: 4 });
    expect(error.message).toContain('impact must be a whole number from 1 to 4');
  });

  it('names likelihood first when both are wrong', () => {
    expect(catchError(() => scoreRisk(defaultRiskMatrix, 9, 9))).toMatchObject({ field: 'likelihood', value: 9 });
  });
});

describe('custom matrices', () => {
  it('scores a 3×3 matrix with its own bands', () => {
    const matrix = matrixOf(3, 3, [['low', 1], ['medium', 3], ['high', 6], ['extreme', 9]]);
    expect(matrixProblems(matrix)).toEqual([]);
    expect(matrixCells(matrix).map((cell) => `${cell.score}:${cell.level}`)).toEqual([
      '1:low', '2:low', '3:medium',
      '2:low', '4:medium', '6:high',
      '3:medium', '6:high', '9:extreme',
    ]);
    expect(() => scoreRisk(matrix, 4, 1)).toThrow(OutOfMatrixError);
  });

  it('scores a 5×5 matrix up to 25', () => {
    const matrix = matrixOf(5, 5, [['low', 1], ['medium', 5], ['high', 10], ['extreme', 20]]);
    expect(matrixProblems(matrix)).toEqual([]);
    expect(scoreRisk(matrix, 5, 5)).toEqual({ score: 25, level: 'extreme' });
    expect(scoreRisk(matrix, 4, 5)).toEqual({ score: 20, level: 'extreme' });
    expect(scoreRisk(matrix, 3, 3)).toEqual({ score: 9, level: 'medium' });
    expect(scoreRisk(matrix, 2, 5)).toEqual({ score: 10, level: 'high' });
    expect(scoreRisk(matrix, 1, 4)).toEqual({ score: 4, level: 'low' });
    expect(matrixCells(matrix)).toHaveLength(25);
    expect(catchError(() => scoreRisk(matrix, 6, 1))).toMatchObject({ field: 'likelihood', max: 5 });
  });

  it('scores a 6×6 matrix up to 36', () => {
    const matrix = matrixOf(6, 6, [['low', 1], ['medium', 7], ['high', 15], ['extreme', 30]]);
    expect(matrixProblems(matrix)).toEqual([]);
    expect(scoreRisk(matrix, 6, 6)).toEqual({ score: 36, level: 'extreme' });
    expect(scoreRisk(matrix, 5, 6)).toEqual({ score: 30, level: 'extreme' });
    expect(scoreRisk(matrix, 5, 5)).toEqual({ score: 25, level: 'high' });
    expect(scoreRisk(matrix, 2, 3)).toEqual({ score: 6, level: 'low' });
    expect(matrixCells(matrix)).toHaveLength(36);
  });

  it('keeps the two scales apart in an uneven 3×6 matrix', () => {
    const matrix = matrixOf(3, 6, [['low', 1], ['medium', 4], ['high', 9], ['extreme', 15]]);
    expect(matrixProblems(matrix)).toEqual([]);
    expect(scoreRisk(matrix, 3, 6)).toEqual({ score: 18, level: 'extreme' });
    expect(scoreRisk(matrix, 1, 6)).toEqual({ score: 6, level: 'medium' });
    expect(catchError(() => scoreRisk(matrix, 6, 3))).toMatchObject({ field: 'likelihood', max: 3 });
    expect(catchError(() => scoreRisk(matrix, 3, 7))).toMatchObject({ field: 'impact', max: 6 });
    const cells = matrixCells(matrix);
    expect(cells).toHaveLength(18);
    expect(cells.at(-1)).toEqual({ likelihood: 3, impact: 6, score: 18, level: 'extreme' });
    expect(cells[6]).toEqual({ likelihood: 2, impact: 1, score: 2, level: 'low' });
  });

  it('lets a tenant skip a level: scores then land in the bands that exist', () => {
    const matrix = matrixOf(4, 4, [['low', 1], ['high', 6], ['extreme', 12]]);
    expect(matrixProblems(matrix)).toEqual([]);
    expect(scoreRisk(matrix, 2, 2).level).toBe('low');
    expect(scoreRisk(matrix, 2, 3).level).toBe('high');
    expect(scoreRisk(matrix, 3, 4).level).toBe('extreme');
    expect(matrixCells(matrix).some((cell) => cell.level === 'medium')).toBe(false);
  });
});

describe('matrixProblems', () => {
  const fine: Array<[RiskLevel, number]> = [['low', 1], ['medium', 3], ['high', 8], ['extreme', 16]];

  it('wants 3-6 steps on each scale', () => {
    expect(matrixProblems(matrixOf(2, 4, fine.slice(0, 3)))).toEqual(['likelihood: needs 3-6 steps, has 2']);
    expect(matrixProblems(matrixOf(4, 7, fine))).toEqual(['impact: needs 3-6 steps, has 7']);
    expect(matrixProblems(matrixOf(3, 6, fine))).toEqual([]);
  });

  it('wants at least two bands, the lowest starting at 1', () => {
    expect(matrixProblems(matrixOf(4, 4, [['low', 1]]))).toEqual(['bands: needs at least two level bands']);
    expect(matrixProblems(matrixOf(4, 4, []))).toEqual(['bands: needs at least two level bands']);
    expect(matrixProblems(matrixOf(4, 4, [['low', 2], ['high', 8]]))).toEqual(['bands.0.from: the lowest band must start at score 1']);
  });

  it('wants thresholds that rise', () => {
    expect(matrixProblems(matrixOf(4, 4, [['low', 1], ['medium', 8], ['high', 8], ['extreme', 16]]))).toEqual(['bands.2.from: must be higher than the band below (8)']);
    expect(matrixProblems(matrixOf(4, 4, [['low', 1], ['medium', 9], ['high', 4], ['extreme', 16]]))).toEqual(['bands.2.from: must be higher than the band below (9)']);
  });

  it('wants levels from low to extreme, each at most once', () => {
    expect(matrixProblems(matrixOf(4, 4, [['low', 1], ['high', 3], ['medium', 8]]))).toEqual(['bands.2.level: levels must rise from low to extreme, each at most once']);
    expect(matrixProblems(matrixOf(4, 4, [['low', 1], ['low', 3]]))).toEqual(['bands.1.level: levels must rise from low to extreme, each at most once']);
  });

  it('wants every threshold reachable on the scales', () => {
    expect(matrixProblems(matrixOf(3, 3, fine))).toEqual(['bands.3.from: 16 is above the highest score 9']);
    expect(matrixProblems(matrixOf(4, 4, [['low', 1], ['extreme', 17]]))).toEqual(['bands.1.from: 17 is above the highest score 16']);
  });

  it('reports every problem at once', () => {
    const problems = matrixProblems(matrixOf(2, 7, [['medium', 2], ['low', 2], ['extreme', 40]]));
    expect(problems).toEqual([
      'likelihood: needs 3-6 steps, has 2',
      'impact: needs 3-6 steps, has 7',
      'bands.0.from: the lowest band must start at score 1',
      'bands.1.level: levels must rise from low to extreme, each at most once',
      'bands.1.from: must be higher than the band below (2)',
      'bands.2.from: 40 is above the highest score 14',
    ]);
  });
});

function catchError(work: () => unknown): Error & Record<string, unknown> {
  try {
    work();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected an error');
}
