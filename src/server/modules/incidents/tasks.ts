import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../../../shared/access.js';
import type { incidentTaskCreate, incidentTaskUpdate } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { incidentTasks } from '../../db/schema/index.js';
import { forbidden, notFound, versionConflict } from '../../http/domainError.js';
import { notify } from '../notifications/service.js';
import { recordIncidentEvent } from './events.js';
import { findPersonOfTenant, incidentNumber, lockIncident, type IncidentRow, type IncidentTaskRow } from './queries.js';
import { unprocessable } from './service.js';
import { incidentTarget } from './targets.js';

async function requireIncident(ctx: TenantContext, id: string): Promise<IncidentRow> {
  const incident = await lockIncident(ctx, id);
  if (!incident) throw notFound('incident');
  return incident;
}

async function requireOwner(ctx: TenantContext, ownerId: string | null | undefined) {
  if (ownerId && !(await findPersonOfTenant(ctx, ownerId))) throw unprocessable('ownerId', 'reference_not_found', 'The person in ownerId does not exist');
}

async function tellOwner(ctx: TenantContext, incident: IncidentRow, task: IncidentTaskRow) {
  await notify(ctx, { personIds: [task.ownerId], kind: 'incident_task_assigned', params: { number: incidentNumber(incident), task: task.title }, link: `/incidents/${incident.id}` });
}

const taskAudit = (task: IncidentTaskRow) => ({ id: task.id, incidentId: task.incidentId, ownerId: task.ownerId, dueDate: task.dueDate, doneAt: task.doneAt, version: task.version });

/** A task with an owner and a due date; the owner is told and may then read and work on the incident. */
export async function addIncidentTask(ctx: TenantContext, incidentId: string, input: z.output<typeof incidentTaskCreate>): Promise<void> {
  const incident = await requireIncident(ctx, incidentId);
  await requireOwner(ctx, input.ownerId);
  const [task] = await ctx.tx
    .insert(incidentTasks)
    .values({ tenantId: ctx.tenantId, incidentId, title: input.title, ownerId: input.ownerId ?? null, dueDate: input.dueDate ?? null })
    .returning();
  await recordIncidentEvent(ctx, incidentId, { kind: 'task', to: 'created', note: task!.title });
  await tellOwner(ctx, incident, task!);
  await recordAudit(ctx, { action: 'incident.task_added', entityType: 'incident_task', entityId: task!.id, after: taskAudit(task!) });
}

/**
 * The incident roles change anything about a task; its owner may only mark it done or not
 * done; anyone else who may contribute to the incident is refused.
 */
export async function updateIncidentTask(ctx: TenantContext, incidentId: string, taskId: string, input: z.output<typeof incidentTaskUpdate>): Promise<void> {
  const incident = await requireIncident(ctx, incidentId);
  const [task] = await ctx.tx
    .select()
    .from(incidentTasks)
    .where(and(eq(incidentTasks.tenantId, ctx.tenantId), eq(incidentTasks.incidentId, incidentId), eq(incidentTasks.id, taskId)))
    .for('update');
  if (!task) throw notFound('task');
  const target = await incidentTarget(ctx, incidentId);
  const manages = !ctx.actor || (target !== null && authorize(ctx.actor.grants, 'incident.manage', target));
  const ownsIt = ctx.actor !== null && task.ownerId === ctx.actor.personId;
  const onlyDone = input.title === undefined && input.ownerId === undefined && input.dueDate === undefined;
  if (!manages && !(ownsIt && onlyDone)) throw forbidden(ownsIt ? 'As the task owner you may only mark it done or not done' : 'Only the incident roles and the task owner change a task');
  if (task.version !== input.version) throw versionConflict('task');
  await requireOwner(ctx, input.ownerId);
  const doneAt = input.done === undefined ? undefined : input.done ? (task.doneAt ?? new Date().toISOString()) : null;
  const [updated] = await ctx.tx
    .update(incidentTasks)
    .set({ title: input.title, ownerId: input.ownerId, dueDate: input.dueDate, doneAt, version: sql`${incidentTasks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(incidentTasks.id, taskId), eq(incidentTasks.version, input.version)))
    .returning();
  if (!updated) throw versionConflict('task');
  const change = (task.doneAt === null) !== (updated.doneAt === null) ? (updated.doneAt ? 'done' : 'reopened') : 'changed';
  await recordIncidentEvent(ctx, incidentId, { kind: 'task', to: change, note: updated.title });
  if (updated.ownerId && updated.ownerId !== task.ownerId) await tellOwner(ctx, incident, updated);
  await recordAudit(ctx, { action: 'incident.task_updated', entityType: 'incident_task', entityId: taskId, before: taskAudit(task), after: taskAudit(updated) });
}
