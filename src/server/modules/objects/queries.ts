import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { ObjectState, ObjectSummary } from '../../../shared/schemas/register.js';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { managedObjects, people, roleAssignments } from '../../db/schema/index.js';
import { objectStatsQuery, profilesOf, statsWithinReach, type ObjectStatsRow } from './objectStats.js';

export interface ObjectFilter {
  q?: string;
  orgUnitId?: string;
  status?: ObjectState;
  critical?: boolean;
  needsReview?: boolean;
  limit: number;
  offset: number;
}

/** Objects in the actor's reach, filtered and paged, with the total for the pager. */
export async function listObjectStats(ctx: TenantContext, filter: ObjectFilter, reach: PermissionReach, now = new Date()) {
  const conditions: SQL[] = [statsWithinReach(reach)];
  if (filter.q) conditions.push(sql`(name ilike ${`%${filter.q}%`} or description ilike ${`%${filter.q}%`} or org_unit_name ilike ${`%${filter.q}%`})`);
  if (filter.orgUnitId) conditions.push(sql`starts_with(path, (select path from org_units where id = ${filter.orgUnitId} and tenant_id = ${ctx.tenantId}))`);
  if (filter.status) conditions.push(sql`state = ${filter.status}`);
  if (filter.critical !== undefined) conditions.push(sql`critical = ${filter.critical}`);
  if (filter.needsReview !== undefined) conditions.push(filter.needsReview ? sql`review > 0` : sql`review = 0`);
  const rows = await rawRows<ObjectStatsRow>(
    ctx.tx,
    sql`select *, count(*) over ()::int as total from (${objectStatsQuery(ctx, now)}) stats
        where ${sql.join(conditions, sql` and `)}
        order by lower(name), id limit ${filter.limit} offset ${filter.offset}`,
  );
  return { total: rows[0]?.total ?? (filter.offset > 0 ? await countObjects(ctx, conditions, now) : 0), rows };
}

async function countObjects(ctx: TenantContext, conditions: SQL[], now: Date): Promise<number> {
  const [row] = await rawRows<{ n: number }>(ctx.tx, sql`select count(*)::int as n from (${objectStatsQuery(ctx, now)}) stats where ${sql.join(conditions, sql` and `)}`);
  return row.n;
}

export async function findObjectStats(ctx: TenantContext, id: string, now = new Date()): Promise<ObjectStatsRow | null> {
  const [row] = await rawRows<ObjectStatsRow>(ctx.tx, sql`select * from (${objectStatsQuery(ctx, now)}) stats where id = ${id}`);
  return row ?? null;
}

/** The objektägare of each object, for lists. */
export async function ownersOf(ctx: TenantContext, objectIds: string[]): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const owners = new Map<string, Array<{ id: string; name: string }>>();
  if (objectIds.length === 0) return owners;
  const rows = await ctx.tx
    .select({ objectId: roleAssignments.objectId, id: people.id, name: people.name })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.role, 'object_owner'), inArray(roleAssignments.objectId, objectIds)))
    .orderBy(asc(people.name));
  for (const row of rows) owners.set(row.objectId!, [...(owners.get(row.objectId!) ?? []), { id: row.id, name: row.name }]);
  return owners;
}

/** Every role held on the object itself (owners, managers, administrators). */
export async function rolesOnObject(ctx: TenantContext, objectId: string) {
  return ctx.tx
    .select({ assignmentId: roleAssignments.id, role: roleAssignments.role, personId: people.id, personName: people.name })
    .from(roleAssignments)
    .innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), eq(roleAssignments.objectId, objectId)))
    .orderBy(asc(roleAssignments.role), asc(people.name));
}

export function toObjectSummary(row: ObjectStatsRow, owners: Array<{ id: string; name: string }>): ObjectSummary {
  const profiles = profilesOf(row);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    critical: row.critical,
    state: row.state,
    profile: profiles.profile,
    derivedProfile: profiles.derived,
    raiseReason: profiles.raiseReason,
    informationSetCount: row.sets,
    approvedSetCount: row.approved,
    systemCount: row.system_count,
    owners,
    needsReview: row.review > 0,
    version: row.version,
  };
}

export async function insertObject(ctx: TenantContext, values: Omit<typeof managedObjects.$inferInsert, 'tenantId'>) {
  const [row] = await ctx.tx.insert(managedObjects).values({ ...values, tenantId: ctx.tenantId }).returning();
  return row;
}

/** Locks the object row for the rest of the transaction; null when it does not exist. */
export async function lockObject(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(managedObjects)
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), eq(managedObjects.id, id)))
    .for('update');
  return row ?? null;
}

/** Null when the version is stale (someone else saved first). */
export async function updateObjectVersioned(ctx: TenantContext, id: string, version: number, values: Partial<typeof managedObjects.$inferInsert>) {
  const [row] = await ctx.tx
    .update(managedObjects)
    .set({ ...values, version: sql`${managedObjects.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), eq(managedObjects.id, id), eq(managedObjects.version, version)))
    .returning();
  return row ?? null;
}
