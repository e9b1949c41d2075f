import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { Level } from '../../../shared/classification/aspects.js';
import type { HostingKind, SystemDependency } from '../../../shared/register.js';
import type { SystemSummary } from '../../../shared/schemas/register.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { informationSetSystems, informationSets, managedObjects, orgUnits, systemIntegrations, systems } from '../../db/schema/index.js';

const target = alias(systems, 'target');

function selectSystems(ctx: TenantContext) {
  return ctx.tx
    .select({
      system: systems,
      objectName: managedObjects.name,
      path: orgUnits.path,
      total: sql<number>`count(*) over ()`.mapWith(Number),
      // A system holds at least the highest level of the information it holds.
      k: sql<number>`(select coalesce(max(s.approved_k), 0) from information_set_systems l join information_sets s on s.id = l.information_set_id where l.system_id = ${systems.id})`.mapWith(Number),
      r: sql<number>`(select coalesce(max(s.approved_r), 0) from information_set_systems l join information_sets s on s.id = l.information_set_id where l.system_id = ${systems.id})`.mapWith(Number),
      t: sql<number>`(select coalesce(max(s.approved_t), 0) from information_set_systems l join information_sets s on s.id = l.information_set_id where l.system_id = ${systems.id})`.mapWith(Number),
      s: sql<number>`(select coalesce(max(s.approved_s), 0) from information_set_systems l join information_sets s on s.id = l.information_set_id where l.system_id = ${systems.id})`.mapWith(Number),
    })
    .from(systems)
    .innerJoin(managedObjects, eq(managedObjects.id, systems.objectId))
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId));
}

export type SystemRow = Awaited<ReturnType<ReturnType<typeof selectSystems>['where']>>[number];

export interface SystemFilter {
  q?: string;
  objectId?: string;
  orgUnitId?: string;
  hosting?: HostingKind;
  limit: number;
  offset: number;
}

export async function listSystems(ctx: TenantContext, filter: SystemFilter, reach: PermissionReach) {
  const conditions: (SQL | undefined)[] = [eq(systems.tenantId, ctx.tenantId), withinReach(orgUnits.path, reach, managedObjects.id)];
  if (filter.q) conditions.push(or(ilike(systems.name, `%${filter.q}%`), ilike(systems.supplier, `%${filter.q}%`), ilike(managedObjects.name, `%${filter.q}%`)));
  if (filter.objectId) conditions.push(eq(systems.objectId, filter.objectId));
  if (filter.orgUnitId) conditions.push(sql`starts_with(${orgUnits.path}, (select path from org_units where id = ${filter.orgUnitId} and tenant_id = ${ctx.tenantId}))`);
  if (filter.hosting) conditions.push(eq(systems.hosting, filter.hosting));
  const rows = await selectSystems(ctx).where(and(...conditions)).orderBy(asc(systems.name)).limit(filter.limit).offset(filter.offset);
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findSystem(ctx: TenantContext, id: string): Promise<SystemRow | null> {
  const [row] = await selectSystems(ctx).where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.id, id)));
  return row ?? null;
}

export async function systemsOfObject(ctx: TenantContext, objectId: string): Promise<SystemRow[]> {
  return selectSystems(ctx).where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.objectId, objectId))).orderBy(asc(systems.name));
}

export async function lockSystem(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx.select().from(systems).where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.id, id))).for('update');
  return row ?? null;
}

async function integrationsOf(ctx: TenantContext, systemIds: string[]) {
  const result = new Map<string, SystemSummary['integrations']>();
  if (systemIds.length === 0) return result;
  const rows = await ctx.tx
    .select({ id: systemIntegrations.id, systemId: systemIntegrations.systemId, targetSystemId: systemIntegrations.targetSystemId, externalName: systemIntegrations.externalName, targetName: target.name, description: systemIntegrations.description })
    .from(systemIntegrations)
    .leftJoin(target, eq(target.id, systemIntegrations.targetSystemId))
    .where(and(eq(systemIntegrations.tenantId, ctx.tenantId), inArray(systemIntegrations.systemId, systemIds)));
  for (const row of rows) {
    const entry = { id: row.id, targetSystemId: row.targetSystemId, targetName: row.targetName ?? row.externalName ?? '', description: row.description };
    result.set(row.systemId, [...(result.get(row.systemId) ?? []), entry]);
  }
  return result;
}

async function setIdsOf(ctx: TenantContext, systemIds: string[]) {
  const result = new Map<string, string[]>();
  if (systemIds.length === 0) return result;
  const rows = await ctx.tx
    .select({ systemId: informationSetSystems.systemId, setId: informationSetSystems.informationSetId })
    .from(informationSetSystems)
    .where(and(eq(informationSetSystems.tenantId, ctx.tenantId), inArray(informationSetSystems.systemId, systemIds)));
  for (const row of rows) result.set(row.systemId, [...(result.get(row.systemId) ?? []), row.setId]);
  return result;
}

export async function describeSystems(ctx: TenantContext, rows: SystemRow[]): Promise<SystemSummary[]> {
  const ids = rows.map((row) => row.system.id);
  const integrations = await integrationsOf(ctx, ids);
  const setIds = await setIdsOf(ctx, ids);
  return rows.map((row) => ({
    id: row.system.id,
    objectId: row.system.objectId,
    objectName: row.objectName,
    name: row.system.name,
    description: row.system.description,
    supplier: row.system.supplier,
    hosting: row.system.hosting as HostingKind,
    dependencies: row.system.dependencies as SystemDependency[],
    derivedProfile: { K: row.k as Level, R: row.r as Level, T: row.t as Level, S: row.s as Level },
    informationSetIds: setIds.get(row.system.id) ?? [],
    integrations: integrations.get(row.system.id) ?? [],
    version: row.system.version,
  }));
}

/** The information sets a system holds: they are the ones to review when it changes. */
export async function setsHeldBy(ctx: TenantContext, systemIds: string[]): Promise<string[]> {
  if (systemIds.length === 0) return [];
  const rows = await ctx.tx
    .selectDistinct({ id: informationSets.id })
    .from(informationSetSystems)
    .innerJoin(informationSets, eq(informationSets.id, informationSetSystems.informationSetId))
    .where(and(eq(informationSetSystems.tenantId, ctx.tenantId), inArray(informationSetSystems.systemId, systemIds)));
  return rows.map((row) => row.id);
}
