import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../shared/schemas/coverage';
import { coverageTotals, coverageTree, parentIds, validShare, visibleNodes } from './coverageTree';

const actions = { applicable: 0, met: 0, partlyMet: 0, notMet: 0, unanswered: 0, overdue: 0, fulfilmentPercent: null };
const row = (id: string, parentId: string | null, objects: number, valid: number): CoverageRow => ({
  orgUnitId: id,
  name: id,
  parentId,
  type: 'forvaltning',
  objects,
  valid,
  expired: 0,
  incomplete: 0,
  never: objects - valid,
  critical: 0,
  needsReview: 0,
  riskAnalysisCurrent: 0,
  actions,
});

describe('the coverage tree', () => {
  const rows = [row('kommun', null, 10, 4), row('sof', 'kommun', 6, 1), row('hemtjanst', 'sof', 2, 1), row('bou', 'kommun', 4, 3)];

  it('nests units under their parents and shows children only when expanded', () => {
    const tree = coverageTree(rows);
    expect(tree.map((node) => node.row.orgUnitId)).toEqual(['kommun']);
    expect(visibleNodes(tree, new Set()).map((node) => node.row.orgUnitId)).toEqual(['kommun']);
    expect(visibleNodes(tree, new Set(['kommun'])).map((node) => [node.row.orgUnitId, node.depth])).toEqual([
      ['kommun', 0],
      ['sof', 1],
      ['bou', 1],
    ]);
    expect(visibleNodes(tree, new Set(['kommun', 'sof'])).map((node) => node.row.orgUnitId)).toEqual(['kommun', 'sof', 'hemtjanst', 'bou']);
    expect(parentIds(tree)).toEqual(['kommun', 'sof']);
  });

  it('treats units whose parent the caller cannot see as top units, and sums them for the headline', () => {
    const partial = [row('sof', 'kommun', 6, 1), row('hemtjanst', 'sof', 2, 1), row('bou', 'kommun', 4, 3)];
    expect(coverageTree(partial).map((node) => node.row.orgUnitId)).toEqual(['sof', 'bou']);
    expect(coverageTotals(partial)).toEqual({ objects: 10, valid: 4 });
    expect(coverageTotals(rows)).toEqual({ objects: 10, valid: 4 });
  });

  it('gives the valid share in whole percent, and none without objects', () => {
    expect(validShare({ objects: 3, valid: 1 })).toBe(33);
    expect(validShare({ objects: 0, valid: 0 })).toBeNull();
  });
});
