import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { RoleCode, ScopeType } from '../../../shared/roles.js';
import type { RoleAssignment } from '../../../shared/schemas/roles.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { orgUnits, people, roleAssignments } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

const personUnit = alias(orgUnits, 'person_unit');

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
      personUnitPath: personUnit.path,
      createdAt: roleAssignments.createdAt,
    })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .innerJoin(personUnit, eq(personUnit.id, people.orgUnitId))
    .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.orgUnitId));
}

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof selectAssignments>['where']>>[number];

export function toRoleAssignment({ scopePath: _s, personUnitPath: _p, ...row }: AssignmentRow): RoleAssignment {
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
  values: { personId: string; role: RoleCode; scopeType: ScopeType; orgUnitId: string | null },
): Promise<string> {
  const [row] = await ctx.tx.insert(roleAssignments).values({ ...values, tenantId: ctx.tenantId }).returning({ id: roleAssignments.id });
  return row.id;
}

export async function deleteAssignment(ctx: TenantContext, id: string): Promise<void> {
  await ctx.tx.delete(roleAssignments).where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.id, id)));
}

export async function countTenantAdministrators(ctx: TenantContext): Promise<number> {
  const [row] = await ctx.tx
    .select({ count: sql<number>`count(*)::int` })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.role, 'administrator'), eq(roleAssignments.scopeType, 'tenant')));
  return row.count;
}
