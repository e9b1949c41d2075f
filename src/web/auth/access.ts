import type { Me } from '../../shared/schemas/auth';
import { roleGrants, type Permission } from '../../shared/permissions';

/** Does the person hold `permission` anywhere? Decides which pages the navigation offers. */
export function hasPermission(me: Me, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

/** Does a tenant-wide role give the person `permission`? For pages whose API answers only to those. */
export function hasTenantWidePermission(me: Me, permission: Permission): boolean {
  return me.grants.some((grant) => grant.scopeType === 'tenant' && roleGrants(grant.role, permission));
}

/**
 * May the person use `permission` on org unit `unitId`? A tenant grant covers everything; a
 * unit grant covers that unit and every unit below it. Mirrors the server's rule so the UI
 * offers only the actions that will be allowed (the server still decides).
 */
export function hasPermissionAt(
  me: Me,
  permission: Permission,
  unitId: string | null | undefined,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  return me.grants.some((grant) => {
    if (!roleGrants(grant.role, permission)) return false;
    if (grant.scopeType === 'tenant') return true;
    if (!grant.orgUnitId || !unitId) return false;
    const seen = new Set<string>();
    for (let id: string | null | undefined = unitId; id && !seen.has(id); id = parentOf(id)) {
      if (id === grant.orgUnitId) return true;
      seen.add(id);
    }
    return false;
  });
}
