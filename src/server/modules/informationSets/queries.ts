import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, ilike, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { Level } from '../../../shared/classification/aspects.js';
import { visibleStatus, type ClassificationStatus, type StoredClassificationStatus } from '../../../shared/classification/workflow.js';
import type { InformationSetSummary } from '../../../shared/schemas/register.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { classifications, informationSetSystems, informationSets, informationTypes, managedObjects, orgUnits, people } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

const owner = alias(people, 'owner');
const delegate = alias(people, 'delegate');

function selectSets(ctx: TenantContext) {
  return ctx.tx
    .select({
      set: informationSets,
      objectName: managedObjects.name,
      orgUnitName: orgUnits.name,
      path: orgUnits.path,
      typeName: informationTypes.name,
      ownerName: owner.name,
      delegateName: delegate.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(informationSets)
    .innerJoin(managedObjects, eq(managedObjects.id, informationSets.objectId))
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId))
    .leftJoin(informationTypes, eq(informationTypes.id, informationSets.informationTypeId))
    .leftJoin(owner, eq(owner.id, informationSets.ownerId))
    .leftJoin(delegate, eq(delegate.id, informationSets.delegateId));
}

export type SetRow = Awaited<ReturnType<ReturnType<typeof selectSets>['where']>>[number];

export interface SetFilter {
  q?: string;
  objectId?: string;
  orgUnitId?: string;
  status?: ClassificationStatus | 'none';
  personalData?: boolean;
  limit: number;
  offset: number;
}

export async function listSets(ctx: TenantContext, filter: SetFilter, reach: PermissionReach, now = new Date()) {
  const conditions: (SQL | undefined)[] = [eq(informationSets.tenantId, ctx.tenantId), withinReach(orgUnits.path, reach, managedObjects.id)];
  if (filter.q) conditions.push(or(ilike(informationSets.name, `%${filter.q}%`), ilike(managedObjects.name, `%${filter.q}%`), ilike(informationSets.description, `%${filter.q}%`)));
  if (filter.objectId) conditions.push(eq(informationSets.objectId, filter.objectId));
  if (filter.orgUnitId) conditions.push(sql`starts_with(${orgUnits.path}, (select path from org_units where id = ${filter.orgUnitId} and tenant_id = ${ctx.tenantId}))`);
  if (filter.personalData !== undefined) conditions.push(eq(informationSets.personalData, filter.personalData));
  const nowIso = now.toISOString();
  if (filter.status === 'approved') conditions.push(and(isNotNull(informationSets.approvedK), sql`${informationSets.approvedValidUntil} >= ${nowIso}::timestamptz`));
  if (filter.status === 'expired') conditions.push(lt(informationSets.approvedValidUntil, nowIso));
  if (filter.status === 'draft' || filter.status === 'in_review') {
    const stored = filter.status === 'draft' ? ['draft'] : ['in_review', 'referred'];
    conditions.push(and(isNull(informationSets.approvedK), sql`exists (select 1 from classifications c where c.information_set_id = ${informationSets.id} and c.status in ${stored})`));
  }
  if (filter.status === 'none') {
    conditions.push(and(isNull(informationSets.approvedK), sql`not exists (select 1 from classifications c where c.information_set_id = ${informationSets.id} and c.status in ('draft', 'in_review', 'referred'))`));
  }
  const rows = await selectSets(ctx)
    .where(and(...conditions))
    .orderBy(asc(managedObjects.name), asc(informationSets.name))
    .limit(filter.limit)
    .offset(filter.offset);
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findSet(ctx: TenantContext, id: string): Promise<SetRow | null> {
  const [row] = await selectSets(ctx).where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.id, id)));
  return row ?? null;
}

export async function setsOfObject(ctx: TenantContext, objectId: string): Promise<SetRow[]> {
  return selectSets(ctx)
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.objectId, objectId)))
    .orderBy(asc(informationSets.name));
}

export async function lockSet(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(informationSets)
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.id, id)))
    .for('update');
  return row ?? null;
}

/** System ids per information set. */
export async function systemIdsOf(ctx: TenantContext, setIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (setIds.length === 0) return result;
  const rows = await ctx.tx
    .select({ setId: informationSetSystems.informationSetId, systemId: informationSetSystems.systemId })
    .from(informationSetSystems)
    .where(and(eq(informationSetSystems.tenantId, ctx.tenantId), inArray(informationSetSystems.informationSetId, setIds)));
  for (const row of rows) result.set(row.setId, [...(result.get(row.setId) ?? []), row.systemId]);
  return result;
}

type Summary = NonNullable<InformationSetSummary['classification']>;

/**
 * For each set: the classification that counts (the latest approved, shown as expired past
 * its validity) and the open one (draft, in review or referred), if any.
 */
export async function classificationSummaries(ctx: TenantContext, setIds: string[], now = new Date()) {
  const result = new Map<string, { current: Summary | null; pending: Summary | null }>();
  if (setIds.length === 0) return result;
  const rows = await ctx.tx
    .select({ id: classifications.id, setId: classifications.informationSetId, k: classifications.k, r: classifications.r, t: classifications.t, s: classifications.s, status: classifications.status, validUntil: classifications.validUntil })
    .from(classifications)
    .innerJoin(informationSets, eq(informationSets.id, classifications.informationSetId))
    .where(
      and(
        eq(classifications.tenantId, ctx.tenantId),
        inArray(classifications.informationSetId, setIds),
        or(eq(classifications.id, sql`${informationSets.approvedClassificationId}`), inArray(classifications.status, ['draft', 'in_review', 'referred'])),
      ),
    );
  for (const row of rows) {
    const entry = result.get(row.setId) ?? { current: null, pending: null };
    const summary: Summary = {
      id: row.id,
      K: row.k as Level,
      R: row.r as Level,
      T: row.t as Level,
      S: row.s as Level,
      status: visibleStatus(row.status as StoredClassificationStatus, row.validUntil, now),
      validUntil: toIso(row.validUntil),
    };
    if (row.status === 'approved') entry.current = summary;
    else entry.pending = summary;
    result.set(row.setId, entry);
  }
  // A set never approved shows its open classification as the one it has.
  for (const entry of result.values()) {
    if (!entry.current && entry.pending) {
      entry.current = entry.pending;
      entry.pending = null;
    }
  }
  return result;
}

export function toSetSummary(
  row: SetRow,
  systemIds: string[],
  summaries: { current: Summary | null; pending: Summary | null } | undefined,
): InformationSetSummary {
  const set = row.set;
  return {
    id: set.id,
    objectId: set.objectId,
    objectName: row.objectName,
    orgUnitName: row.orgUnitName,
    name: set.name,
    description: set.description,
    informationTypeId: set.informationTypeId,
    informationTypeName: row.typeName,
    owner: set.ownerId && row.ownerName ? { id: set.ownerId, name: row.ownerName } : null,
    delegate: set.delegateId && row.delegateName ? { id: set.delegateId, name: row.delegateName } : null,
    legalBases: set.legalBases,
    personalData: set.personalData,
    specialCategories: set.specialCategories,
    systemIds,
    classification: summaries?.current ?? null,
    pendingClassification: summaries?.pending ?? null,
    needsReview: set.reviewReason && set.reviewSince ? { reason: set.reviewReason, since: toIso(set.reviewSince) } : null,
    version: set.version,
  };
}

export async function describeSets(ctx: TenantContext, rows: SetRow[]): Promise<InformationSetSummary[]> {
  const ids = rows.map((row) => row.set.id);
  const [systemIds, summaries] = await Promise.all([systemIdsOf(ctx, ids), classificationSummaries(ctx, ids)]);
  return rows.map((row) => toSetSummary(row, systemIds.get(row.set.id) ?? [], summaries.get(row.set.id)));
}
