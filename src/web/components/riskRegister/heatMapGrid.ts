import { levelOfScore, type RiskLevel, type RiskMatrix } from '../../../shared/risk/matrix';

export interface CellCount {
  likelihood: number;
  impact: number;
  count: number;
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  /** The tenant's band colour for the cell's score. */
  colour: string;
  count: number;
}

/**
 * Every cell of the matrix with its count, highest likelihood first (as the heat map and its
 * table read top to bottom). Counts outside the matrix (a matrix shrunk since) are left out
 * of the grid but still in `outside`, so the figures never silently disagree with the total.
 */
export function heatMapGrid(matrix: RiskMatrix, counts: CellCount[]): { rows: HeatMapCell[][]; total: number; outside: number } {
  const byCell = new Map(counts.map((cell) => [`${cell.likelihood}:${cell.impact}`, cell.count]));
  let inside = 0;
  const rows = matrix.likelihood
    .map((_, l) =>
      matrix.impact.map((__, i) => {
        const likelihood = l + 1;
        const impact = i + 1;
        const score = likelihood * impact;
        const band = levelOfScore(matrix, score);
        const count = byCell.get(`${likelihood}:${impact}`) ?? 0;
        inside += count;
        return { likelihood, impact, score, level: band.level, colour: band.colour, count };
      }),
    )
    .reverse();
  const total = counts.reduce((sum, cell) => sum + cell.count, 0);
  return { rows, total, outside: total - inside };
}
