import { and, eq } from 'drizzle-orm';
import { formatProfile, type Profile } from '../../../shared/classification/profile.js';
import { countActionPlan, fulfilmentPercent, todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { planChanges, requirementApplies, type PlannedAction } from '../../../shared/requirements/applicability.js';
import type { z } from 'zod';
import type { ActionPlan, actionUpdate, manualActionCreate } from '../../../shared/schemas/actions.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { managedObjects } from '../../db/schema/index.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { loadObjectProfiles } from '../objects/profileQueries.js';
import { findPerson } from '../people/queries.js';
import { listActiveRequirementScopes } from '../requirements/queries.js';
import {
  actionPlanRows,
  deleteActions,
  findActionView,
  insertActions,
  loadAllObjectProfiles,
  lockPlannedActions,
  setActionsApplicable,
  toAction,
  updateActionVersioned,
  type ActionChanges,
} from './queries.js';

export interface RegenerationCounts {
  added: number;
  reactivated: number;
  markedNotApplicable: number;
  removed: number;
  kept: number;
}

const changedAnything = (counts: RegenerationCounts) => counts.added + counts.reactivated + counts.markedNotApplicable + counts.removed > 0;

/** Applies `planChanges` to every given object's plan with a handful of batched statements. */
async function regeneratePlans(ctx: TenantContext, profiles: Map<string, Profile>, objectIds: string[] | 'all'): Promise<RegenerationCounts> {
  const scopes = await listActiveRequirementScopes(ctx);
  const existingByObject = new Map<string, PlannedAction[]>();
  for (const action of await lockPlannedActions(ctx, objectIds)) {
    const list = existingByObject.get(action.objectId) ?? [];
    list.push(action);
    existingByObject.set(action.objectId, list);
  }
  const totals: RegenerationCounts = { added: 0, reactivated: 0, markedNotApplicable: 0, removed: 0, kept: 0 };
  const additions: Parameters<typeof insertActions>[1] = [];
  const reactivate: string[] = [];
  const setAside: string[] = [];
  const remove: string[] = [];
  for (const [objectId, profile] of profiles) {
    const applicable = scopes.filter((scope) => requirementApplies(scope, profile));
    const changes = planChanges(existingByObject.get(objectId) ?? [], applicable.map((scope) => scope.id));
    const byId = new Map(applicable.map((scope) => [scope.id, scope]));
    for (const requirementId of changes.add) {
      const scope = byId.get(requirementId)!;
      additions.push({ objectId, source: 'requirement', requirementId, title: `${scope.code} ${scope.titleSv}` });
    }
    reactivate.push(...changes.reactivate);
    setAside.push(...changes.markNotApplicable);
    remove.push(...changes.remove);
    totals.kept += changes.keep.length;
  }
  totals.added = (await insertActions(ctx, additions)).length;
  await setActionsApplicable(ctx, reactivate, true);
  await setActionsApplicable(ctx, setAside, false);
  await deleteActions(ctx, remove);
  return { ...totals, reactivated: reactivate.length, markedNotApplicable: setAside.length, removed: remove.length };
}

/**
 * Brings an object's handlingsplan in line with its current profile: adds the requirements that
 * now apply, and for those that no longer do, keeps answered actions (marked not applicable)
 * and deletes untouched ones. Call it whenever the object's profile may have changed.
 */
export async function regenerateActionPlan(ctx: TenantContext, objectId: string): Promise<RegenerationCounts> {
  const profiles = await loadObjectProfiles(ctx, objectId);
  if (!profiles) throw notFound('object');
  const counts = await regeneratePlans(ctx, new Map([[objectId, profiles.profile]]), [objectId]);
  if (changedAnything(counts)) {
    await recordAudit(ctx, {
      action: 'action_plan.regenerated',
      entityType: 'object',
      entityId: objectId,
      after: { profile: formatProfile(profiles.profile), ...counts },
    });
  }
  return counts;
}

/** After the catalogue changes, every object's plan follows (one audit event for the lot). */
export async function regenerateAllActionPlans(ctx: TenantContext, because: string): Promise<RegenerationCounts> {
  const profiles = await loadAllObjectProfiles(ctx);
  const counts = await regeneratePlans(ctx, profiles, 'all');
  if (changedAnything(counts)) {
    await recordAudit(ctx, {
      action: 'action_plans.regenerated',
      entityType: 'requirement_catalogue',
      entityId: null,
      after: { because, objects: profiles.size, ...counts },
    });
  }
  return counts;
}

async function objectName(ctx: TenantContext, objectId: string): Promise<string> {
  const [row] = await ctx.tx
    .select({ name: managedObjects.name })
    .from(managedObjects)
    .where(and(eq(managedObjects.tenantId, ctx.tenantId), eq(managedObjects.id, objectId)));
  if (!row) throw notFound('object');
  return row.name;
}

export async function getActionPlan(ctx: TenantContext, objectId: string, today = todayInStockholm()): Promise<ActionPlan> {
  const name = await objectName(ctx, objectId);
  const profiles = (await loadObjectProfiles(ctx, objectId))!;
  const rows = (await actionPlanRows(ctx, objectId)).map((row) => toAction(row, today));
  const counts = countActionPlan(rows, today);
  return { objectId, objectName: name, profile: profiles.profile, summary: { ...counts, fulfilmentPercent: fulfilmentPercent(counts) }, actions: rows };
}

async function requireOwner(ctx: TenantContext, ownerId: string | null | undefined) {
  if (!ownerId) return;
  if (!(await findPerson(ctx, ownerId))) throw new DomainError(422, 'reference_not_found', 'The person in ownerId does not exist');
}

/** Only the fields that were sent, in the table's terms. */
function changesOf(input: Omit<z.output<typeof actionUpdate>, 'version'>): ActionChanges {
  const changes: ActionChanges = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.assessment !== undefined) changes.assessment = input.assessment;
  if (input.implementation !== undefined) changes.implementation = input.implementation;
  if (input.ownerId !== undefined) changes.ownerId = input.ownerId;
  if (input.dueDate !== undefined) changes.dueDate = input.dueDate;
  if (input.status !== undefined) changes.status = input.status;
  return changes;
}

/** Self-assessment and follow-up of one action; a stale version answers 409. */
export async function updateAction(ctx: TenantContext, id: string, input: z.output<typeof actionUpdate>) {
  const today = todayInStockholm();
  const current = await findActionView(ctx, id);
  if (!current) throw notFound('action');
  if (input.title !== undefined && current.source === 'requirement') {
    throw new DomainError(422, 'title_from_requirement', 'An action for a requirement takes its title from the requirement');
  }
  await requireOwner(ctx, input.ownerId);
  const { version, ...rest } = input;
  if (!(await updateActionVersioned(ctx, id, version, changesOf(rest)))) throw versionConflict('action');
  const before = toAction(current, today);
  const after = toAction((await findActionView(ctx, id))!, today);
  await recordAudit(ctx, { action: 'action.updated', entityType: 'action', entityId: id, before, after });
  return after;
}

export async function createManualAction(ctx: TenantContext, objectId: string, input: z.output<typeof manualActionCreate>) {
  await objectName(ctx, objectId);
  return createAction(ctx, { objectId, source: 'manual' }, input);
}

/**
 * Adds one action to the shared model: by hand to an object's plan, or as a risk's
 * reduction (on the analysed object, or on none for a process or org unit).
 */
export async function createAction(
  ctx: TenantContext,
  belongsTo: { objectId: string | null; riskId?: string; incidentId?: string; source: 'manual' | 'risk' | 'incident' },
  input: z.output<typeof manualActionCreate>,
) {
  await requireOwner(ctx, input.ownerId);
  const [row] = await insertActions(ctx, [{ ...belongsTo, ...input, title: input.title }]);
  const created = toAction((await findActionView(ctx, row!.id))!, todayInStockholm());
  await recordAudit(ctx, { action: 'action.created', entityType: 'action', entityId: row!.id, after: created });
  return created;
}
