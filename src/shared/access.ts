import { roleGrants, type Permission } from './permissions.js';
import type { RoleCode, ScopeType } from './roles.js';

/** One role held by the actor, with the org-unit path it covers when scoped to a subtree. */
export interface Grant {
  role: RoleCode;
  scopeType: ScopeType;
  /** Materialised path of the scoped org unit, e.g. `/a/b/`; null for tenant scope. */
  scopePath: string | null;
}

/** What a permission is checked against: the whole tenant, or one org unit by its path. */
export type AccessTarget = { kind: 'tenant' } | { kind: 'orgUnit'; path: string };

/** Is `target` inside what `grant` covers? A subtree grant covers its unit and every descendant. */
function covers(grant: Grant, target: AccessTarget): boolean {
  if (grant.scopeType === 'tenant') return true;
  if (target.kind === 'tenant') return false;
  return grant.scopePath !== null && target.path.startsWith(grant.scopePath);
}

/** The one authorization decision: may someone holding `grants` use `permission` on `target`? */
export function authorize(grants: readonly Grant[], permission: Permission, target: AccessTarget): boolean {
  return grants.some((grant) => roleGrants(grant.role, permission) && covers(grant, target));
}

/**
 * Where the actor may use `permission`: everywhere in the tenant, a set of subtrees
 * (paths), or nowhere. Lists use this to filter rows instead of refusing outright.
 */
export type PermissionReach = { everywhere: true } | { everywhere: false; paths: string[] };

export function reachOf(grants: readonly Grant[], permission: Permission): PermissionReach {
  const relevant = grants.filter((grant) => roleGrants(grant.role, permission));
  if (relevant.some((grant) => grant.scopeType === 'tenant')) return { everywhere: true };
  return { everywhere: false, paths: relevant.map((grant) => grant.scopePath).filter((p): p is string => p !== null) };
}

export function hasAnywhere(grants: readonly Grant[], permission: Permission): boolean {
  const reach = reachOf(grants, permission);
  return reach.everywhere || reach.paths.length > 0;
}
