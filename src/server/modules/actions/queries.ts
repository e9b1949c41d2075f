import { and, asc, desc, eq, inArray, isNotNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import { closedActionStatuses, type ActionSource, type ActionStatus, type Assessment, type Modality, type Nis2Measure } from '../../../shared/actions.js';
import type { Aspect, Level } from '../../../shared/classification/aspects.js';
import type { Profile } from '../../../shared/classification/profile.js';
import { isOverdue } from '../../../shared/requirements/actionPlan.js';
import type { PlannedAction } from '../../../shared/requirements/applicability.js';
import type { Action } from '../../../shared/schemas/actions.js';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { withinReach } from '../../db/reachFilter.js';
import { actions, informationSets, managedObjects, orgUnits, people, requirements } from '../../db/schema/index.js';
import { derivedLevels, effectiveProfiles } from '../objects/profileQueries.js';

export type ActionRow = typeof actions.$inferSelect;

const actionColumns = {
  id: actions.id,
  objectId: actions.objectId,
  riskId: actions.riskId,
  source: actions.source,
  title: actions.title,
  requirementId: actions.requirementId,
  requirementCode: requirements.code,
  requirementTitleSv: requirements.titleSv,
  requirementTitleEn: requirements.titleEn,
  modality: requirements.modality,
  aspects: requirements.aspects,
  minLevel: requirements.minLevel,
  nis2: requirements.nis2,
  assessment: actions.assessment,
  implementation: actions.implementation,
  ownerId: actions.ownerId,
  ownerName: people.name,
  dueDate: actions.dueDate,
  status: actions.status,
  applicable: actions.applicable,
  version: actions.version,
};

type ActionSelection = { [K in keyof typeof actionColumns]: (typeof actionColumns)[K]['_']['data'] | null };

export function toAction(row: ActionSelection, today: string): Action {
  const status = row.status as ActionStatus;
  return {
    id: row.id!,
    objectId: row.objectId,
    riskId: row.riskId,
    source: row.source as ActionSource,
    title: row.title!,
    requirementId: row.requirementId,
    requirementCode: row.requirementCode,
    requirementTitleSv: row.requirementTitleSv,
    requirementTitleEn: row.requirementTitleEn,
    modality: row.modality as Modality | null,
    aspects: (row.aspects ?? []) as Aspect[],
    minLevel: row.minLevel,
    nis2: (row.nis2 ?? []) as Nis2Measure[],
    assessment: row.assessment as Assessment | null,
    implementation: row.implementation ?? '',
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueDate: row.dueDate,
    status,
    applicable: row.applicable!,
    overdue: Boolean(row.applicable) && isOverdue({ dueDate: row.dueDate, status }, today),
    version: row.version!,
  };
}

/** An object's whole plan: applicable rows first, requirements by code, then manual actions. */
export async function actionPlanRows(ctx: TenantContext, objectId: string) {
  return ctx.tx
    .select(actionColumns)
    .from(actions)
    .leftJoin(requirements, eq(requirements.id, actions.requirementId))
    .leftJoin(people, eq(people.id, actions.ownerId))
    .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.objectId, objectId)))
    .orderBy(desc(actions.applicable), sql`${requirements.code} asc nulls last`, asc(actions.createdAt), asc(actions.id));
}

export async function findActionView(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select(actionColumns)
    .from(actions)
    .leftJoin(requirements, eq(requirements.id, actions.requirementId))
    .leftJoin(people, eq(people.id, actions.ownerId))
    .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.id, id)));
  return row ?? null;
}

/** What an action belongs to: its object, and for a risk treatment the risk. */
export async function findActionOwnerRefs(ctx: TenantContext, id: string): Promise<{ objectId: string | null; riskId: string | null } | null> {
  const [row] = await ctx.tx
    .select({ objectId: actions.objectId, riskId: actions.riskId })
    .from(actions)
    .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.id, id)));
  return row ?? null;
}

/** The treatment actions of the given risks, oldest first. */
export async function riskActionRows(ctx: TenantContext, riskIds: string[]) {
  if (riskIds.length === 0) return [];
  return ctx.tx
    .select(actionColumns)
    .from(actions)
    .leftJoin(requirements, eq(requirements.id, actions.requirementId))
    .leftJoin(people, eq(people.id, actions.ownerId))
    .where(and(eq(actions.tenantId, ctx.tenantId), inArray(actions.riskId, riskIds)))
    .orderBy(asc(actions.createdAt), asc(actions.id));
}

/** The requirement-driven state of the given objects' plans, row-locked for regeneration. */
export async function lockPlannedActions(ctx: TenantContext, objectIds: string[] | 'all'): Promise<Array<PlannedAction & { objectId: string }>> {
  const rows = await ctx.tx
    .select({
      id: actions.id,
      objectId: actions.objectId,
      requirementId: actions.requirementId,
      applicable: actions.applicable,
      assessment: actions.assessment,
      implementation: actions.implementation,
      ownerId: actions.ownerId,
      dueDate: actions.dueDate,
      status: actions.status,
    })
    .from(actions)
    .where(and(eq(actions.tenantId, ctx.tenantId), objectIds === 'all' ? isNotNull(actions.objectId) : inArray(actions.objectId, objectIds)))
    .for('update');
  return rows.map((row) => ({ ...row, objectId: row.objectId!, assessment: row.assessment as Assessment | null, status: row.status as ActionStatus }));
}

export interface NewAction {
  objectId: string | null;
  riskId?: string | null;
  /** The incident whose lessons learned it came from (source 'incident'). */
  incidentId?: string | null;
  source: ActionSource;
  requirementId?: string | null;
  title: string;
  assessment?: Assessment | null;
  implementation?: string;
  ownerId?: string | null;
  dueDate?: string | null;
  status?: ActionStatus;
}

/** Inserts in batches; a requirement already planned for an object (a concurrent regeneration) is skipped. */
export async function insertActions(ctx: TenantContext, values: NewAction[]): Promise<ActionRow[]> {
  const inserted: ActionRow[] = [];
  for (let start = 0; start < values.length; start += 500) {
    const batch = values.slice(start, start + 500).map((value) => ({ ...value, tenantId: ctx.tenantId }));
    inserted.push(...(await ctx.tx.insert(actions).values(batch).onConflictDoNothing().returning()));
  }
  return inserted;
}

export async function setActionsApplicable(ctx: TenantContext, ids: string[], applicable: boolean): Promise<void> {
  for (let start = 0; start < ids.length; start += 1000) {
    await ctx.tx
      .update(actions)
      .set({ applicable, version: sql`${actions.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(actions.tenantId, ctx.tenantId), inArray(actions.id, ids.slice(start, start + 1000))));
  }
}

export async function deleteActions(ctx: TenantContext, ids: string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 1000) {
    await ctx.tx.delete(actions).where(and(eq(actions.tenantId, ctx.tenantId), inArray(actions.id, ids.slice(start, start + 1000))));
  }
}

export type ActionChanges = Partial<Pick<ActionRow, 'title' | 'assessment' | 'implementation' | 'ownerId' | 'dueDate' | 'status'>>;

/** Updates if the version still matches; false means someone else changed it first. */
export async function updateActionVersioned(ctx: TenantContext, id: string, version: number, changes: ActionChanges): Promise<boolean> {
  const rows = await ctx.tx
    .update(actions)
    .set({ ...changes, version: sql`${actions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.id, id), eq(actions.version, version)))
    .returning({ id: actions.id });
  return rows.length === 1;
}

export interface ActionAnswer {
  id: string;
  version: number;
  assessment: string | null;
  implementation: string;
  ownerId: string | null;
  dueDate: string | null;
  status: string;
}

/**
 * Self-assessments for many actions of one object in one statement (the demo's whole plans).
 * Each row changes only if its version still matches; returns how many did.
 */
export async function answerActionsVersioned(ctx: TenantContext, objectId: string, answers: ActionAnswer[]): Promise<number> {
  if (answers.length === 0) return 0;
  const values = answers.map((answer) => sql`(${answer.id}::uuid, ${answer.version}::int, ${answer.assessment}, ${answer.implementation}, ${answer.ownerId}::uuid, ${answer.dueDate}::date, ${answer.status})`);
  const updated = await rawRows<{ id: string }>(
    ctx.tx,
    sql`update actions set assessment = v.assessment, implementation = v.implementation, owner_id = v.owner_id, due_date = v.due_date, status = v.status,
          version = actions.version + 1, updated_at = now()
        from (values ${sql.join(values, sql`, `)}) as v(id, version, assessment, implementation, owner_id, due_date, status)
        where actions.tenant_id = ${ctx.tenantId} and actions.object_id = ${objectId} and actions.id = v.id and actions.version = v.version
        returning actions.id`,
  );
  return updated.length;
}

/** SQL: the action is past its due date and neither done nor cancelled (today in Swedish time). */
export const overdueCondition = (today: string) =>
  and(sql`${actions.dueDate} < ${today}`, notInArray(actions.status, [...closedActionStatuses]), eq(actions.applicable, true))!;

export interface ActionListFilter {
  objectId?: string;
  orgUnitPath?: string;
  status?: ActionStatus;
  overdue: boolean;
  ownerId?: string;
  limit: number;
  offset: number;
}

/** Applicable actions across the objects in reach, soonest due first. */
export async function searchActions(ctx: TenantContext, filter: ActionListFilter, reach: PermissionReach, today: string) {
  const conditions: (SQL | undefined)[] = [
    eq(actions.tenantId, ctx.tenantId),
    eq(actions.applicable, true),
    withinReach(orgUnits.path, reach, actions.objectId),
  ];
  if (filter.objectId) conditions.push(eq(actions.objectId, filter.objectId));
  if (filter.orgUnitPath) conditions.push(sql`starts_with(${orgUnits.path}, ${filter.orgUnitPath})`);
  if (filter.status) conditions.push(eq(actions.status, filter.status));
  if (filter.ownerId) conditions.push(eq(actions.ownerId, filter.ownerId));
  if (filter.overdue) conditions.push(overdueCondition(today));
  const where = and(...conditions);
  const rows = await ctx.tx
    .select({ ...actionColumns, objectName: managedObjects.name, orgUnitId: managedObjects.orgUnitId, orgUnitName: orgUnits.name })
    .from(actions)
    .innerJoin(managedObjects, eq(managedObjects.id, actions.objectId))
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId))
    .leftJoin(requirements, eq(requirements.id, actions.requirementId))
    .leftJoin(people, eq(people.id, actions.ownerId))
    .where(where)
    .orderBy(sql`${actions.dueDate} asc nulls last`, asc(managedObjects.name), sql`${requirements.code} asc nulls last`, asc(actions.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [{ total }] = await ctx.tx
    .select({ total: sql<number>`count(*)::int` })
    .from(actions)
    .innerJoin(managedObjects, eq(managedObjects.id, actions.objectId))
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId))
    .where(where);
  return {
    items: rows.map(({ objectName, orgUnitId, orgUnitName, ...row }) => ({ ...toAction(row, today), objectName, orgUnitId, orgUnitName })),
    total,
  };
}

export interface ObjectFulfilment {
  objectId: string;
  orgUnitId: string;
  /** Applicable requirement actions. */
  applicable: number;
  met: number;
  partlyMet: number;
  notMet: number;
  notApplicable: number;
  unassessed: number;
  /** Applicable actions of any source past their due date. */
  overdue: number;
}

/**
 * Per object in reach that has a plan: how its applicable requirements are assessed and how many
 * actions are overdue. One aggregate over the actions, for the coverage dashboard to roll up.
 */
export async function actionPlanFulfilmentByObject(ctx: TenantContext, reach: PermissionReach, today: string): Promise<ObjectFulfilment[]> {
  const fromRequirement = sql`${actions.source} = 'requirement'`;
  const counted = (assessment: string | null) =>
    sql<number>`(count(*) filter (where ${fromRequirement} and ${assessment === null ? sql`${actions.assessment} is null` : sql`${actions.assessment} = ${assessment}`}))::int`;
  return ctx.tx
    .select({
      objectId: sql<string>`${actions.objectId}`,
      orgUnitId: managedObjects.orgUnitId,
      applicable: sql<number>`(count(*) filter (where ${fromRequirement}))::int`,
      met: counted('met'),
      partlyMet: counted('partly_met'),
      notMet: counted('not_met'),
      notApplicable: counted('not_applicable'),
      unassessed: counted(null),
      overdue: sql<number>`(count(*) filter (where ${overdueCondition(today)}))::int`,
    })
    .from(actions)
    .innerJoin(managedObjects, eq(managedObjects.id, actions.objectId))
    .innerJoin(orgUnits, eq(orgUnits.id, managedObjects.orgUnitId))
    .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.applicable, true), withinReach(orgUnits.path, reach, actions.objectId)))
    .groupBy(actions.objectId, managedObjects.orgUnitId);
}

/** Every object's effective profile in one aggregate (for regenerating all plans after a catalogue change). */
export async function loadAllObjectProfiles(ctx: TenantContext): Promise<Map<string, Profile>> {
  const rows = await ctx.tx
    .select({
      id: managedObjects.id,
      k: managedObjects.raisedK,
      r: managedObjects.raisedR,
      t: managedObjects.raisedT,
      s: managedObjects.raisedS,
      reason: managedObjects.raiseReason,
      ...derivedLevels,
    })
    .from(managedObjects)
    .leftJoin(informationSets, and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.objectId, managedObjects.id)))
    .where(eq(managedObjects.tenantId, ctx.tenantId))
    .groupBy(managedObjects.id);
  const level = (value: unknown) => Number(value ?? 0) as Level;
  return new Map(
    rows.map((row) => {
      const derived: Profile = { K: level(row.K), R: level(row.R), T: level(row.T), S: level(row.S) };
      return [row.id, effectiveProfiles(derived, { K: row.k, R: row.r, T: row.t, S: row.s }, row.reason).profile];
    }),
  );
}
