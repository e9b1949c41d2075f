import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { integrationCreate, systemCreate, systemUpdate } from '../../../shared/schemas/register.js';
import { requireAccess } from '../../access/requireAccess.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { systemIntegrations, systems } from '../../db/schema/index.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { requestReview } from '../informationSets/reviewTriggers.js';
import { requestAnalysisReview } from '../risk/analysisQueries.js';
import { objectTarget } from '../objects/profileQueries.js';
import { lockObject } from '../objects/queries.js';
import type { PermissionReach } from '../../../shared/access.js';
import { describeSystems, findSystem, listSystems, lockSystem, setsHeldBy, type SystemFilter } from './queries.js';

/** A page of systems in the actor's reach, described (the list and its export). */
export async function listSystemSummaries(ctx: TenantContext, filter: SystemFilter, reach: PermissionReach) {
  const { total, rows } = await listSystems(ctx, filter, reach);
  return { total, items: await describeSystems(ctx, rows) };
}

export async function describeSystem(ctx: TenantContext, id: string) {
  const row = await findSystem(ctx, id);
  if (!row) throw notFound('system');
  return (await describeSystems(ctx, [row]))[0];
}

export async function createSystem(ctx: TenantContext, input: z.output<typeof systemCreate>) {
  if (!(await lockObject(ctx, input.objectId))) throw new DomainError(422, 'reference_not_found', 'The object does not exist');
  const [row] = await ctx.tx
    .insert(systems)
    .values({ tenantId: ctx.tenantId, objectId: input.objectId, name: input.name, description: input.description, supplier: input.supplier, hosting: input.hosting, dependencies: input.dependencies })
    .returning({ id: systems.id });
  const created = await describeSystem(ctx, row.id);
  await recordAudit(ctx, { action: 'system.created', entityType: 'system', entityId: row.id, after: created });
  return created;
}

/** A change to how a system runs (supplier, hosting, dependencies) calls for a new review of what it holds. */
export async function updateSystem(ctx: TenantContext, id: string, input: z.output<typeof systemUpdate>) {
  const current = await lockSystem(ctx, id);
  if (!current) throw notFound('system');
  const before = await describeSystem(ctx, id);
  const [updated] = await ctx.tx
    .update(systems)
    .set({ name: input.name, description: input.description, supplier: input.supplier, hosting: input.hosting, dependencies: input.dependencies, version: current.version + 1, updatedAt: new Date().toISOString() })
    .where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.id, id), eq(systems.version, input.version)))
    .returning({ id: systems.id });
  if (!updated) throw versionConflict('system');
  const after = await describeSystem(ctx, id);
  await recordAudit(ctx, { action: 'system.updated', entityType: 'system', entityId: id, before, after });
  const changedHowItRuns =
    before.supplier !== after.supplier || before.hosting !== after.hosting || [...before.dependencies].sort().join() !== [...after.dependencies].sort().join();
  if (changedHowItRuns) await requestReview(ctx, await setsHeldBy(ctx, [id]), 'system_changed');
  return after;
}

export async function addIntegration(ctx: TenantContext, systemId: string, input: z.output<typeof integrationCreate>) {
  const system = await lockSystem(ctx, systemId);
  if (!system) throw notFound('system');
  if (input.targetSystemId) {
    if (input.targetSystemId === systemId) throw new DomainError(422, 'integration_self', 'A system cannot integrate with itself');
    const target = await findSystem(ctx, input.targetSystemId);
    if (!target) throw new DomainError(422, 'reference_not_found', 'The target system does not exist');
    // Naming another object's system reveals it: the caller must be able to read it.
    const targetOfTarget = await objectTarget(ctx, target.system.objectId);
    if (targetOfTarget) requireAccess(ctx, 'register.read', targetOfTarget, new DomainError(422, 'reference_not_found', 'The target system does not exist'));
  }
  const [row] = await ctx.tx
    .insert(systemIntegrations)
    .values({ tenantId: ctx.tenantId, systemId, targetSystemId: input.targetSystemId ?? null, externalName: input.externalName ?? null, description: input.description })
    .returning({ id: systemIntegrations.id });
  const after = await describeSystem(ctx, systemId);
  await recordAudit(ctx, { action: 'system.integration_added', entityType: 'system', entityId: systemId, after: { integrationId: row.id, ...input } });
  await requestReview(ctx, await setsHeldBy(ctx, [systemId]), 'integration_added');
  // A new integration also calls for a new risk analysis of the object (DOMAIN §5).
  const analyses = await requestAnalysisReview(ctx, [after.objectId], 'new_integration');
  if (analyses.length > 0) await recordAudit(ctx, { action: 'risk_analysis.review_requested', entityType: 'system', entityId: systemId, after: { trigger: 'new_integration', analysisIds: analyses } });
  return after;
}

export async function removeIntegration(ctx: TenantContext, systemId: string, integrationId: string) {
  const [removed] = await ctx.tx
    .delete(systemIntegrations)
    .where(and(eq(systemIntegrations.tenantId, ctx.tenantId), eq(systemIntegrations.systemId, systemId), eq(systemIntegrations.id, integrationId)))
    .returning();
  if (!removed) throw notFound('integration');
  await recordAudit(ctx, { action: 'system.integration_removed', entityType: 'system', entityId: systemId, before: removed });
  return describeSystem(ctx, systemId);
}
