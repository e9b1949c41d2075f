import { describe, expect, it } from 'vitest';
import { defaultRiskMatrix } from '../../../shared/risk/matrix';
import { heatMapGrid } from './heatMapGrid';

describe('heatMapGrid', () => {
  it('lays out every cell of the default matrix, highest likelihood first, in the band colours', () => {
    const { rows } = heatMapGrid(defaultRiskMatrix, []);
    expect(rows.map((row) => row[0]!.likelihood)).toEqual([4, 3, 2, 1]);
    expect(rows[0]!.map((cell) => cell.impact)).toEqual([1, 2, 3, 4]);
    expect(rows[0]![3]).toMatchObject({ score: 16, level: 'extreme', colour: '#c92a2a', count: 0 });
    expect(rows[3]![0]).toMatchObject({ score: 1, level: 'low', colour: '#2f9e44' });
    expect(rows[2]![3]).toMatchObject({ likelihood: 2, impact: 4, score: 8, level: 'high' });
  });

  it('puts each count in its cell and sums them', () => {
    const { rows, total, outside } = heatMapGrid(defaultRiskMatrix, [
      { likelihood: 3, impact: 2, count: 5 },
      { likelihood: 1, impact: 1, count: 2 },
    ]);
    expect(rows[1]![1]).toMatchObject({ likelihood: 3, impact: 2, count: 5, level: 'medium' });
    expect(rows[3]![0]!.count).toBe(2);
    expect(total).toBe(7);
    expect(outside).toBe(0);
  });

  it('reports counts that fall outside a smaller matrix instead of dropping them unseen', () => {
    const small = { ...defaultRiskMatrix, likelihood: defaultRiskMatrix.likelihood.slice(0, 3) };
    const { rows, total, outside } = heatMapGrid(small, [{ likelihood: 4, impact: 4, count: 3 }, { likelihood: 1, impact: 1, count: 1 }]);
    expect(rows).toHaveLength(3);
    expect(total).toBe(4);
    expect(outside).toBe(3);
  });
});
