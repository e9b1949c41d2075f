import { eq } from 'drizzle-orm';
import type { Grant } from '../../shared/access.js';
import type { RoleCode, ScopeType } from '../../shared/roles.js';
import type { Tx } from '../db/database.js';
import { managedObjects, orgUnits, roleAssignments } from '../db/schema/index.js';

export interface GrantWithUnit extends Grant {
  orgUnitId: string | null;
  orgUnitName: string | null;
  objectId: string | null;
  objectName: string | null;
}

/** The roles a person holds, with each subtree's path (or the object) so access checks need no further query. */
export async function loadGrants(tx: Tx, personId: string): Promise<GrantWithUnit[]> {
  const rows = await tx
    .select({
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      orgUnitId: roleAssignments.orgUnitId,
      orgUnitName: orgUnits.name,
      scopePath: orgUnits.path,
      objectId: roleAssignments.objectId,
      objectName: managedObjects.name,
    })
    .from(roleAssignments)
    .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.orgUnitId))
    .leftJoin(managedObjects, eq(managedObjects.id, roleAssignments.objectId))
    .where(eq(roleAssignments.personId, personId));
  return rows.map((row) => ({
    role: row.role as RoleCode,
    scopeType: row.scopeType as ScopeType,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    scopePath: row.scopePath,
    objectId: row.objectId,
    objectName: row.objectName,
  }));
}
