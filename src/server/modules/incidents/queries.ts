import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Level } from '../../../shared/classification/aspects.js';
import type { Profile } from '../../../shared/classification/profile.js';
import { roleCodes } from '../../../shared/roles.js';
import { roleGrants } from '../../../shared/permissions.js';
import type { TenantContext } from '../../db/context.js';
import { incidents, incidentTasks, informationSets, managedObjects, orgUnits, people, roleAssignments, systems } from '../../db/schema/index.js';
import { derivedLevels, effectiveProfiles } from '../objects/profileQueries.js';

export type IncidentRow = typeof incidents.$inferSelect;
export type IncidentInsert = Omit<typeof incidents.$inferInsert, 'tenantId'>;
export type IncidentChanges = Partial<Omit<IncidentRow, 'id' | 'tenantId' | 'year' | 'serial' | 'version' | 'createdAt' | 'updatedAt'>>;
export type IncidentTaskRow = typeof incidentTasks.$inferSelect;

/** What people say on the phone: `2026-0042`. */
export const incidentNumber = (row: { year: number; serial: number }) => `${row.year}-${String(row.serial).padStart(4, '0')}`;

/**
 * The next serial of the tenant's year. The transaction-scoped advisory lock makes concurrent
 * reports queue here until the first commits, so two never take the same number.
 */
export async function nextSerial(ctx: TenantContext, year: number): Promise<number> {
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`incident_serial:${ctx.tenantId}:${year}`}, 0))`);
  const [row] = await ctx.tx
    .select({ last: sql<number | null>`max(${incidents.serial})` })
    .from(incidents)
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.year, year)));
  return Number(row?.last ?? 0) + 1;
}

export async function insertIncident(ctx: TenantContext, values: IncidentInsert): Promise<IncidentRow> {
  const [row] = await ctx.tx
    .insert(incidents)
    .values({ ...values, tenantId: ctx.tenantId })
    .returning();
  return row!;
}

/** Reads the incident and row-locks it until the transaction ends, so two edits queue. */
export async function lockIncident(ctx: TenantContext, id: string): Promise<IncidentRow | null> {
  const [row] = await ctx.tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, id)))
    .for('update');
  return row ?? null;
}

/** Applies the changes when the version still matches; null when someone else got there first. */
export async function updateIncidentVersioned(ctx: TenantContext, id: string, version: number, changes: IncidentChanges): Promise<IncidentRow | null> {
  const [row] = await ctx.tx
    .update(incidents)
    .set({ ...changes, version: sql`${incidents.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, id), eq(incidents.version, version)))
    .returning();
  return row ?? null;
}

export async function findUnit(ctx: TenantContext, id: string): Promise<{ id: string; path: string } | null> {
  const [row] = await ctx.tx
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), eq(orgUnits.id, id)));
  return row ?? null;
}

export async function rootUnitId(ctx: TenantContext): Promise<string> {
  const [row] = await ctx.tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, ctx.tenantId), isNull(orgUnits.parentId)));
  return row!.id;
}

export async function findPersonOfTenant(ctx: TenantContext, id: string): Promise<{ id: string; name: string; orgUnitId: string } | null> {
  const [row] = await ctx.tx
    .select({ id: people.id, name: people.name, orgUnitId: people.orgUnitId })
    .from(people)
    .where(and(eq(people.tenantId, ctx.tenantId), eq(people.id, id)));
  return row ?? null;
}

/** The ids among `ids` that are not objects (or systems) of the tenant. */
export async function unknownIds(ctx: TenantContext, table: 'objects' | 'systems', ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const column = table === 'objects' ? managedObjects : systems;
  const rows = await ctx.tx
    .select({ id: column.id })
    .from(column)
    .where(and(eq(column.tenantId, ctx.tenantId), inArray(column.id, [...ids])));
  const found = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

const managingRoles = roleCodes.filter((role) => roleGrants(role, 'incident.manage'));

/** Who handles incidents in this unit: holders of an incident.manage role for the whole tenant or a subtree over it. */
export async function incidentHandlersOver(ctx: TenantContext, unitPath: string): Promise<string[]> {
  const rows = await ctx.tx
    .selectDistinct({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .leftJoin(orgUnits, eq(orgUnits.id, roleAssignments.orgUnitId))
    .where(
      and(
        eq(roleAssignments.tenantId, ctx.tenantId),
        inArray(roleAssignments.role, managingRoles),
        or(eq(roleAssignments.scopeType, 'tenant'), and(eq(roleAssignments.scopeType, 'org_unit'), sql`starts_with(${unitPath}, ${orgUnits.path})`)),
      ),
    );
  return rows.map((row) => row.personId);
}

export interface AffectedObject {
  id: string;
  name: string;
  critical: boolean;
  /** Null while nothing about it is classified. */
  profile: Profile | null;
}

/** The affected objects with the profile that counts for each (derived maximum, raised where stated), in the given order. */
export async function affectedObjects(ctx: TenantContext, ids: readonly string[]): Promise<AffectedObject[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.tx
    .select({
      id: managedObjects.id,
      name: managedObjects.name,
      critical: managedObjects.critical,
      k: managedObjects.raisedK,
      r: managedObjects.raisedR,
      t: managedObjects.raisedT,
      s: managedObjects.raisedS,
      reason: managedObjects.raiseReason,
      approvedSets: sql<number>`count(${informationSets.approvedK})`,
      ...derivedLevels,
    })
    .from(managedObjects)
    .leftJoin(informationSets, and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.objectId, managedObjects.id)))
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), inArray(managedObjects.id, [...ids])))
    .groupBy(managedObjects.id);
  const level = (value: unknown) => Number(value ?? 0) as Level;
  const byId = new Map(
    rows.map((row) => {
      const derived: Profile = { K: level(row.K), R: level(row.R), T: level(row.T), S: level(row.S) };
      const classified = Number(row.approvedSets) > 0 || row.k !== null;
      const profile = classified ? effectiveProfiles(derived, { K: row.k, R: row.r, T: row.t, S: row.s }, row.reason).profile : null;
      return [row.id, { id: row.id, name: row.name, critical: row.critical, profile }];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((object): object is AffectedObject => Boolean(object));
}

export async function systemNames(ctx: TenantContext, ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  const rows = await ctx.tx
    .select({ id: systems.id, name: systems.name })
    .from(systems)
    .where(and(eq(systems.tenantId, ctx.tenantId), inArray(systems.id, [...ids])));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((system): system is { id: string; name: string } => Boolean(system));
}
