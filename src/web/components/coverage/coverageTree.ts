import type { CoverageRow } from '../../../shared/schemas/coverage';

export const coverageStates = ['valid', 'expired', 'incomplete', 'never'] as const;
export type CoverageState = (typeof coverageStates)[number];

export interface CoverageNode {
  row: CoverageRow;
  depth: number;
  children: CoverageNode[];
}

/**
 * The rows as a tree by parentId. A unit whose parent is not in the list (the caller sees only
 * part of the organisation) is a top node of its own.
 */
export function coverageTree(rows: readonly CoverageRow[]): CoverageNode[] {
  const known = new Set(rows.map((row) => row.orgUnitId));
  const childrenOf = new Map<string | null, CoverageRow[]>();
  for (const row of rows) {
    const parent = row.parentId && known.has(row.parentId) ? row.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row]);
  }
  const build = (parent: string | null, depth: number): CoverageNode[] =>
    (childrenOf.get(parent) ?? []).map((row) => ({ row, depth, children: build(row.orgUnitId, depth + 1) }));
  return build(null, 0);
}

/** The nodes to show, in tree order: the top ones, and the children of every expanded node. */
export function visibleNodes(tree: readonly CoverageNode[], expanded: ReadonlySet<string>): CoverageNode[] {
  return tree.flatMap((node) => [node, ...(expanded.has(node.row.orgUnitId) ? visibleNodes(node.children, expanded) : [])]);
}

/** Every node that has children (for "show all"). */
export function parentIds(tree: readonly CoverageNode[]): string[] {
  return tree.flatMap((node) => (node.children.length > 0 ? [node.row.orgUnitId, ...parentIds(node.children)] : []));
}

/** The whole of what the caller sees: the top nodes' subtrees do not overlap, so their sums are the total. */
export function coverageTotals(rows: readonly CoverageRow[]): { objects: number; valid: number } {
  const top = coverageTree(rows).map((node) => node.row);
  return { objects: top.reduce((sum, row) => sum + row.objects, 0), valid: top.reduce((sum, row) => sum + row.valid, 0) };
}

/** Share of objects with a valid classification, whole percent; null when there are none. */
export function validShare(row: { objects: number; valid: number }): number | null {
  return row.objects === 0 ? null : Math.round((row.valid / row.objects) * 100);
}
