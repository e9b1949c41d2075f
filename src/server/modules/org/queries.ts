import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { OrgUnit } from '../../../shared/schemas/org.js';
import type { OrgUnitType } from '../../../shared/orgUnitTypes.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { orgUnits, people } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

export function toOrgUnit(row: OrgUnitRow): OrgUnit {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    type: row.type as OrgUnitType,
    closedAt: toIso(row.closedAt),
    version: row.version,
  };
}

export async function listOrgUnits(ctx: TenantContext, reach: PermissionReach): Promise<OrgUnitRow[]> {
  return ctx.tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), withinReach(orgUnits.path, reach)))
    .orderBy(asc(orgUnits.path));
}

export async function findOrgUnit(ctx: TenantContext, id: string): Promise<OrgUnitRow | null> {
  const [row] = await ctx.tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), eq(orgUnits.id, id)));
  return row ?? null;
}

/**
 * Reads a unit and row-locks it until the transaction ends: `update` for the unit being
 * moved, `share` for a parent being built on, so a move and a new child (or two opposite
 * moves) cannot interleave on stale paths.
 */
export async function lockOrgUnit(ctx: TenantContext, id: string, strength: 'update' | 'share'): Promise<OrgUnitRow | null> {
  const [row] = await ctx.tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), eq(orgUnits.id, id)))
    .for(strength);
  return row ?? null;
}

/** The top of the tenant's org tree (the organisation itself). */
export async function findRootOrgUnit(ctx: TenantContext): Promise<OrgUnitRow | null> {
  const [row] = await ctx.tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), isNull(orgUnits.parentId)));
  return row ?? null;
}

export async function insertOrgUnit(
  ctx: TenantContext,
  values: { id: string; name: string; type: OrgUnitType; parentId: string | null; path: string },
): Promise<OrgUnitRow> {
  const [row] = await ctx.tx.insert(orgUnits).values({ ...values, tenantId: ctx.tenantId }).returning();
  return row;
}

/** Updates if the version still matches; null means someone else changed it first. */
export async function updateOrgUnitVersioned(
  ctx: TenantContext,
  id: string,
  version: number,
  changes: Partial<Pick<OrgUnitRow, 'name' | 'type' | 'parentId' | 'path' | 'closedAt'>>,
): Promise<OrgUnitRow | null> {
  const [row] = await ctx.tx
    .update(orgUnits)
    .set({ ...changes, version: sql`${orgUnits.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), eq(orgUnits.id, id), eq(orgUnits.version, version)))
    .returning();
  return row ?? null;
}

/** Rewrites the paths of every descendant after a move. */
export async function repathDescendants(ctx: TenantContext, oldPath: string, newPath: string): Promise<void> {
  await ctx.tx
    .update(orgUnits)
    .set({ path: sql`${newPath} || substr(${orgUnits.path}, ${oldPath.length + 1})` })
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), sql`starts_with(${orgUnits.path}, ${oldPath})`, sql`${orgUnits.path} <> ${oldPath}`));
}

export async function countOpenChildren(ctx: TenantContext, id: string): Promise<number> {
  const [row] = await ctx.tx
    .select({ count: sql<number>`count(*)::int` })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), eq(orgUnits.parentId, id), isNull(orgUnits.closedAt)));
  return row.count;
}

export async function countCurrentPeople(ctx: TenantContext, orgUnitId: string): Promise<number> {
  const [row] = await ctx.tx
    .select({ count: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.tenantId, ctx.tenantId), eq(people.orgUnitId, orgUnitId), sql`${people.employmentStatus} <> 'ended'`));
  return row.count;
}
