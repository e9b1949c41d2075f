import { and, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { informationSetCreate, informationSetUpdate } from '../../../shared/schemas/register.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { informationSetSystems, informationSets, informationTypes, systems } from '../../db/schema/index.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { lockObject } from '../objects/queries.js';
import { requirePerson } from '../objects/service.js';
import type { PermissionReach } from '../../../shared/access.js';
import { describeSets, findSet, listSets, lockSet, type SetFilter } from './queries.js';
import { requestReview } from './reviewTriggers.js';

/** A page of information sets in the actor's reach, described (the list and its export). */
export async function listInformationSets(ctx: TenantContext, filter: SetFilter, reach: PermissionReach) {
  const { total, rows } = await listSets(ctx, filter, reach);
  return { total, items: await describeSets(ctx, rows) };
}

export async function describeSet(ctx: TenantContext, id: string) {
  const row = await findSet(ctx, id);
  if (!row) throw notFound('information set');
  return (await describeSets(ctx, [row]))[0];
}

async function checkReferences(ctx: TenantContext, objectId: string, input: { informationTypeId?: string | null; ownerId?: string | null; delegateId?: string | null; systemIds?: string[] }) {
  if (input.informationTypeId) {
    const [type] = await ctx.tx.select({ id: informationTypes.id }).from(informationTypes).where(and(eq(informationTypes.tenantId, ctx.tenantId), eq(informationTypes.id, input.informationTypeId)));
    if (!type) throw new DomainError(422, 'reference_not_found', 'The information type does not exist');
  }
  if (input.ownerId) await requirePerson(ctx, input.ownerId, 'ownerId');
  if (input.delegateId) await requirePerson(ctx, input.delegateId, 'delegateId');
  const systemIds = [...new Set(input.systemIds ?? [])];
  if (systemIds.length > 0) {
    const found = await ctx.tx
      .select({ id: systems.id })
      .from(systems)
      .where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.objectId, objectId), inArray(systems.id, systemIds)));
    if (found.length !== systemIds.length) throw new DomainError(422, 'reference_not_found', 'systemIds must name systems of the same object');
  }
}

async function linkSystems(ctx: TenantContext, setId: string, systemIds: string[]) {
  await ctx.tx.delete(informationSetSystems).where(and(eq(informationSetSystems.tenantId, ctx.tenantId), eq(informationSetSystems.informationSetId, setId)));
  const unique = [...new Set(systemIds)];
  if (unique.length > 0) await ctx.tx.insert(informationSetSystems).values(unique.map((systemId) => ({ tenantId: ctx.tenantId, informationSetId: setId, systemId })));
}

export async function createSet(ctx: TenantContext, input: z.output<typeof informationSetCreate>) {
  const object = await lockObject(ctx, input.objectId);
  if (!object) throw new DomainError(422, 'reference_not_found', 'The object does not exist');
  await checkReferences(ctx, input.objectId, input);
  const [row] = await ctx.tx
    .insert(informationSets)
    .values({
      tenantId: ctx.tenantId,
      objectId: input.objectId,
      name: input.name,
      description: input.description,
      informationTypeId: input.informationTypeId ?? null,
      ownerId: input.ownerId ?? null,
      delegateId: input.delegateId ?? null,
      legalBases: input.legalBases,
      personalData: input.personalData,
      specialCategories: input.specialCategories,
    })
    .returning({ id: informationSets.id });
  await linkSystems(ctx, row.id, input.systemIds);
  const created = await describeSet(ctx, row.id);
  await recordAudit(ctx, { action: 'information_set.created', entityType: 'information_set', entityId: row.id, after: created });
  // New information on an object may change what the rest of it is worth together (aggregation).
  const siblings = await ctx.tx
    .select({ id: informationSets.id })
    .from(informationSets)
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.objectId, input.objectId), ne(informationSets.id, row.id)));
  await requestReview(ctx, siblings.map((set) => set.id), 'new_information_set');
  return created;
}

export async function updateSet(ctx: TenantContext, id: string, input: z.output<typeof informationSetUpdate>) {
  const current = await lockSet(ctx, id);
  if (!current) throw notFound('information set');
  await checkReferences(ctx, current.objectId, input);
  const before = await describeSet(ctx, id);
  const [updated] = await ctx.tx
    .update(informationSets)
    .set({
      name: input.name,
      description: input.description,
      informationTypeId: input.informationTypeId,
      ownerId: input.ownerId,
      delegateId: input.delegateId,
      legalBases: input.legalBases,
      personalData: input.personalData,
      specialCategories: input.specialCategories,
      version: current.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.id, id), eq(informationSets.version, input.version)))
    .returning({ id: informationSets.id });
  if (!updated) throw versionConflict('information set');
  if (input.systemIds) await linkSystems(ctx, id, input.systemIds);
  const after = await describeSet(ctx, id);
  await recordAudit(ctx, { action: 'information_set.updated', entityType: 'information_set', entityId: id, before, after });
  return after;
}
