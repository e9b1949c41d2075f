import { roleGrants, type Permission } from './permissions.js';
import type { RoleCode, ScopeType } from './roles.js';

/** One role held by the actor, with what it covers: the whole tenant, a subtree, or one object. */
export interface Grant {
  role: RoleCode;
  scopeType: ScopeType;
  /** Materialised path of the scoped org unit, e.g. `/a/b/`; null for tenant and object scope. */
  scopePath: string | null;
  /** The förvaltningsobjekt for object scope. */
  objectId?: string | null;
}

/**
 * What a permission is checked against: the whole tenant, one org unit by its path, or one
 * förvaltningsobjekt (with the path of the unit it belongs to, so subtree grants reach it).
 */
export type AccessTarget =
  | { kind: 'tenant' }
  | { kind: 'orgUnit'; path: string }
  | { kind: 'object'; objectId: string; path: string }
  | { kind: 'incident'; path: string; involvement: IncidentInvolvement | null };

/**
 * How the actor is part of one incident. Incident details are confidential (DOMAIN §6): the
 * reporter follows their own report, people assigned to it work on it, whatever roles they hold.
 */
export type IncidentInvolvement = 'reporter' | 'assigned';

const involvementPermissions: Record<IncidentInvolvement, readonly Permission[]> = {
  reporter: ['incident.read', 'incident.contribute'],
  assigned: ['incident.read', 'incident.contribute'],
};

/** Is `target` inside what `grant` covers? A subtree grant covers its unit, every descendant and their objects. */
function covers(grant: Grant, target: AccessTarget): boolean {
  if (grant.scopeType === 'tenant') return true;
  if (target.kind === 'tenant') return false;
  if (grant.scopeType === 'object') return target.kind === 'object' && grant.objectId === target.objectId;
  return grant.scopePath !== null && target.path.startsWith(grant.scopePath);
}

/** The one authorization decision: may someone holding `grants` use `permission` on `target`? */
export function authorize(grants: readonly Grant[], permission: Permission, target: AccessTarget): boolean {
  if (target.kind === 'incident' && target.involvement && involvementPermissions[target.involvement].includes(permission)) return true;
  return grants.some((grant) => roleGrants(grant.role, permission) && covers(grant, target));
}

/**
 * Where the actor may use `permission`: everywhere in the tenant, or a set of subtrees
 * (paths) and single objects. Lists use this to filter rows instead of refusing outright.
 */
export type PermissionReach = { everywhere: true } | { everywhere: false; paths: string[]; objectIds: string[] };

export function reachOf(grants: readonly Grant[], permission: Permission): PermissionReach {
  const relevant = grants.filter((grant) => roleGrants(grant.role, permission));
  if (relevant.some((grant) => grant.scopeType === 'tenant')) return { everywhere: true };
  return {
    everywhere: false,
    paths: relevant.filter((grant) => grant.scopeType === 'org_unit').map((grant) => grant.scopePath).filter((p): p is string => p !== null),
    objectIds: relevant.filter((grant) => grant.scopeType === 'object').map((grant) => grant.objectId).filter((id): id is string => Boolean(id)),
  };
}

export function hasAnywhere(grants: readonly Grant[], permission: Permission): boolean {
  const reach = reachOf(grants, permission);
  return reach.everywhere || reach.paths.length > 0 || reach.objectIds.length > 0;
}
