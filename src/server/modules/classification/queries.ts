import { alias } from 'drizzle-orm/pg-core';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { classifications, informationSets, informationTypes, managedObjects, orgUnits, people } from '../../db/schema/index.js';

const creator = alias(people, 'creator');
const approver = alias(people, 'approver');
const loweringApprover = alias(people, 'lowering_approver');

function selectClassifications(ctx: TenantContext) {
  return ctx.tx
    .select({
      row: classifications,
      setName: informationSets.name,
      setOwnerId: informationSets.ownerId,
      setDelegateId: informationSets.delegateId,
      objectId: informationSets.objectId,
      objectName: managedObjects.name,
      path: orgUnits.path,
      type: { k: informationTypes.k, r: informationTypes.r, t: informationTypes.t, s: informationTypes.s },
      creatorName: creator.name,
      approverName: approver.name,
      loweringApproverName: loweringApprover.name,
    })
    .from(classifications)
    .innerJoin(informationSets, eq(informationSets.id, classifications.informationSetId))
    .innerJoin(managedObjects, eq(managedObjects.id, informationSets.objectId))
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId))
    .leftJoin(informationTypes, eq(informationTypes.id, informationSets.informationTypeId))
    .leftJoin(creator, eq(creator.id, classifications.createdBy))
    .leftJoin(approver, eq(approver.id, classifications.approvedBy))
    .leftJoin(loweringApprover, eq(loweringApprover.id, classifications.loweringApprovedBy));
}

export type ClassificationRow = Awaited<ReturnType<ReturnType<typeof selectClassifications>['where']>>[number];

export async function findClassification(ctx: TenantContext, id: string): Promise<ClassificationRow | null> {
  const [row] = await selectClassifications(ctx).where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.id, id)));
  return row ?? null;
}

export async function historyOfSet(ctx: TenantContext, setId: string): Promise<ClassificationRow[]> {
  return selectClassifications(ctx)
    .where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.informationSetId, setId)))
    .orderBy(desc(classifications.createdAt));
}

/** The approved (current) classification of each of the given sets that has one. */
export async function approvedOfSets(ctx: TenantContext, setIds: string[]): Promise<ClassificationRow[]> {
  if (setIds.length === 0) return [];
  return selectClassifications(ctx).where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.status, 'approved'), inArray(classifications.informationSetId, setIds)));
}

/** Open cases in one of the given stored statuses, within the actor's reach. */
export async function listByStatus(ctx: TenantContext, statuses: string[], reach: PermissionReach) {
  const conditions: (SQL | undefined)[] = [eq(classifications.tenantId, ctx.tenantId), inArray(classifications.status, statuses), withinReach(orgUnits.path, reach, managedObjects.id)];
  return selectClassifications(ctx).where(and(...conditions)).orderBy(desc(classifications.createdAt)).limit(500);
}

/** The open classification of a set (draft, in review or referred), if there is one. */
export async function openClassificationOf(ctx: TenantContext, setId: string) {
  const [row] = await ctx.tx
    .select({ id: classifications.id })
    .from(classifications)
    .where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.informationSetId, setId), inArray(classifications.status, ['draft', 'in_review', 'referred'])));
  return row ?? null;
}

export async function lockClassification(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(classifications)
    .where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.id, id)))
    .for('update');
  return row ?? null;
}
