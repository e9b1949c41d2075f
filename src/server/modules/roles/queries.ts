import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { RoleCode, ScopeType } from '../../../shared/roles.js';
import type { RoleAssignment } from '../../../shared/schemas/roles.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { managedObjects, orgUnits, people, roleAssignments } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

const personUnit = alias(orgUnits, 'person_unit');
const objectUnit = alias(orgUnits, 'object_unit');

function selectAssignments(ctx: TenantContext) {
  return ctx.tx
    .select({
      id: roleAssignments.id,
      personId: roleAssignments.personId,
      personName: people.name,
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      orgUnitId: roleAssignments.orgUnitId,
      orgUnitName: orgUnits.name,
      scopePath: orgUnits.path,
      objectId: roleAssignments.objectId,
      objectName: managedObjects.name,
      objectPath: objectUnit.path,
      personUnitPath: personUnit.path,
      createdAt: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .innerJoin(personUnit, eq(personUnit.id, people.orgUnitId))
    .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.orgUnitId))
    .leftJoin(managedObjects, eq(managedObjects.id, roleAssignments.objectId))
    .leftJoin(objectUnit, eq(objectUnit.id, managedObjects.orgUnitId));
}

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof selectAssignments>['where']>>[number];

export function toRoleAssignment({ scopePath: _s, personUnitPath: _p, objectPath: _o, ...row }: AssignmentRow): RoleAssignment {
  return { ...row, role: row.role as RoleCode, scopeType: row.scopeType as ScopeType, createdAt: toIso(row.createdAt) };
}

/** Assignments of the people the actor may see (by the unit each person works in). */
export async function listAssignments(
  ctx: TenantContext,
  filter: { personId?: string; role?: RoleCode },
  reach: PermissionReach,
) {
  const conditions: (SQL | undefined)[] = [eq(roleAssignments.tenantId, ctx.tenantId), withinReach(personUnit.path, reach)];
  if (filter.personId) conditions.push(eq(roleAssignments.personId, filter.personId));
  if (filter.role) conditions.push(eq(roleAssignments.role, filter.role));
  const rows = await selectAssignments(ctx).where(and(...conditions)).orderBy(asc(people.name), asc(roleAssignments.role));
  return rows.map(toRoleAssignment);
}

export async function findAssignment(ctx: TenantContext, id: string): Promise<AssignmentRow | null> {
  const [row] = await selectAssignments(ctx).where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.id, id)));
  return row ?? null;
}

export async function insertAssignment(
  ctx: TenantContext,
  values: { personId: string; role: RoleCode; scopeType: ScopeType; orgUnitId: string | null; objectId?: string | null },
): Promise<string> {
  const [row] = await ctx.tx.insert(roleAssignments).values({ ...values, tenantId: ctx.tenantId }).returning({ id: roleAssignments.id });
  return row.id;
}

/** False when the row was already gone (revoked concurrently). */
export async function deleteAssignment(ctx: TenantContext, id: string): Promise<boolean> {
  const removed = await ctx.tx
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.id, id)))
    .returning({ id: roleAssignments.id });
  return removed.length > 0;
}

/**
 * Counts the tenant-wide administrators and locks their assignments until the transaction
 * ends, so two administrators revoking each other at once cannot both see "one more left".
 */
/**
 * The tenant-wide administrators, row-locked until the transaction ends, so two people
 * cannot each remove "the other" administrator at the same moment.
 */
export async function lockTenantAdministrators(ctx: TenantContext): Promise<Array<{ personId: string; active: boolean }>> {
  return ctx.tx
    .select({ personId: roleAssignments.personId, active: sql<boolean>`${people.employmentStatus} <> 'ended'` })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.role, 'administrator'), eq(roleAssignments.scopeType, 'tenant')))
    .orderBy(asc(roleAssignments.id))
    .for('update', { of: roleAssignments });
}

/** Would losing this person (their role revoked, or their employment ended) leave no administrator? */
export async function isLastActiveAdministrator(ctx: TenantContext, personId: string): Promise<boolean> {
  const active = (await lockTenantAdministrators(ctx)).filter((admin) => admin.active);
  return active.length > 0 && active.every((admin) => admin.personId === personId);
}
