import type { OrgUnit } from '../../../shared/schemas/org';

export interface OrgTreeNode {
  unit: OrgUnit;
  depth: number;
  children: OrgTreeNode[];
}

const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, 'sv');

/**
 * The flat list from GET /org-units as a tree, children sorted by name. A unit whose parent
 * is not in the list (outside what the person may read) becomes a root. Without
 * `includeClosed`, closed units are left out unless an open unit still sits below them.
 */
export function buildOrgTree(units: readonly OrgUnit[], { includeClosed = true } = {}): OrgTreeNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }

  const build = (unit: OrgUnit, depth: number, path: Set<string>): OrgTreeNode | null => {
    if (path.has(unit.id)) return null; // defensive: a cycle in the data never loops the UI
    const nextPath = new Set(path).add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .slice()
      .sort(byName)
      .map((child) => build(child, depth + 1, nextPath))
      .filter((node): node is OrgTreeNode => node !== null);
    if (!includeClosed && unit.closedAt && children.length === 0) return null;
    return { unit, depth, children };
  };

  return (childrenOf.get(null) ?? [])
    .slice()
    .sort(byName)
    .map((root) => build(root, 0, new Set()))
    .filter((node): node is OrgTreeNode => node !== null);
}

/** Tree order (parents before children) with each unit's depth, for indented pickers. */
export function flattenOrgTree(nodes: readonly OrgTreeNode[]): { unit: OrgUnit; depth: number }[] {
  return nodes.flatMap((node) => [{ unit: node.unit, depth: node.depth }, ...flattenOrgTree(node.children)]);
}

/** The unit and everything below it: the places it cannot be moved to. */
export function subtreeIds(units: readonly OrgUnit[], rootId: string): Set<string> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The units above `id`, from the root down to its parent. */
export function ancestorsOf(units: readonly OrgUnit[], id: string): OrgUnit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const result: OrgUnit[] = [];
  const seen = new Set<string>([id]);
  for (let parentId = byId.get(id)?.parentId; parentId && !seen.has(parentId); parentId = byId.get(parentId)?.parentId) {
    const parent = byId.get(parentId);
    if (!parent) break;
    seen.add(parentId);
    result.unshift(parent);
  }
  return result;
}
