import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { deadlineRegimes, deadlineStages, deadlineState, type Deadline, type DeadlineRegime, type DeadlineStage } from '../../../shared/incident/deadlines.js';
import type { IncidentDeadline, IncidentEvent, IncidentTask } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { actions, incidentDeadlines, incidentEvents, incidents, incidentTasks, orgUnits, people, risks } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

const reporters = alias(people, 'reporters');
const assignees = alias(people, 'assignees');

/** The incident with the names its summary shows: unit, reporter and assignee. */
export async function findIncidentView(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select({
      incident: incidents,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      reporterName: reporters.name,
      assigneeName: assignees.name,
    })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .leftJoin(reporters, eq(reporters.id, incidents.reporterId))
    .leftJoin(assignees, eq(assignees.id, incidents.assigneeId))
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, id)));
  return row ?? null;
}
export type IncidentView = NonNullable<Awaited<ReturnType<typeof findIncidentView>>>;

export async function timelineOf(ctx: TenantContext, incidentId: string): Promise<IncidentEvent[]> {
  const rows = await ctx.tx
    .select({ event: incidentEvents, actorName: people.name })
    .from(incidentEvents)
    .leftJoin(people, eq(people.id, incidentEvents.actorId))
    .where(and(eq(incidentEvents.tenantId, ctx.tenantId), eq(incidentEvents.incidentId, incidentId)))
    .orderBy(asc(incidentEvents.at), asc(incidentEvents.id));
  return rows.map(({ event, actorName }) => ({
    id: event.id,
    at: toIso(event.at),
    kind: event.kind,
    actor: event.actorId && actorName !== null ? { id: event.actorId, name: actorName } : null,
    from: event.fromValue,
    to: event.toValue,
    note: event.note,
  }));
}

export async function tasksOf(ctx: TenantContext, incidentId: string): Promise<IncidentTask[]> {
  const rows = await ctx.tx
    .select({ task: incidentTasks, ownerName: people.name })
    .from(incidentTasks)
    .leftJoin(people, eq(people.id, incidentTasks.ownerId))
    .where(and(eq(incidentTasks.tenantId, ctx.tenantId), eq(incidentTasks.incidentId, incidentId)))
    .orderBy(asc(incidentTasks.createdAt), asc(incidentTasks.id));
  return rows.map(({ task, ownerName }) => ({
    id: task.id,
    title: task.title,
    owner: task.ownerId && ownerName !== null ? { id: task.ownerId, name: ownerName } : null,
    dueDate: task.dueDate,
    doneAt: toIso(task.doneAt),
    version: task.version,
  }));
}


const order = <T extends string>(list: readonly T[], value: string) => list.indexOf(value as T);

/** The materialised legal clocks with their state now: NIS2 in flow order, then GDPR. */
export async function deadlinesOf(ctx: TenantContext, incidentId: string, now = new Date().toISOString()): Promise<IncidentDeadline[]> {
  const rows = await ctx.tx
    .select()
    .from(incidentDeadlines)
    .where(and(eq(incidentDeadlines.tenantId, ctx.tenantId), eq(incidentDeadlines.incidentId, incidentId)));
  rows.sort(
    (a, b) =>
      order(deadlineRegimes, a.regime) - order(deadlineRegimes, b.regime) || order(deadlineStages, a.stage) - order(deadlineStages, b.stage) || a.seq - b.seq,
  );
  return rows.map((row) => {
    const dueAt = toIso(row.dueAt);
    const submittedAt = toIso(row.submittedAt);
    const deadline: Deadline = {
      regime: row.regime as DeadlineRegime,
      stage: row.stage as DeadlineStage,
      startsAt: toIso(row.startsAt),
      dueAt,
      submittedAt,
      provisional: row.provisional,
      waived: row.waived,
      late: submittedAt !== null && dueAt !== null && Date.parse(submittedAt) > Date.parse(dueAt),
    };
    return {
      regime: deadline.regime,
      stage: deadline.stage,
      seq: row.seq,
      startsAt: deadline.startsAt,
      dueAt: deadline.dueAt,
      submittedAt: deadline.submittedAt,
      provisional: deadline.provisional,
      waived: deadline.waived,
      reference: row.reference,
      lateReason: row.lateReason,
      requestedAt: toIso(row.requestedAt),
      state: deadlineState(deadline, now).status,
    };
  });
}

/** Risks (recorded on the timeline) and actions (carrying the incident's id) made from the lessons learned. */
export async function lessonsOf(ctx: TenantContext, incidentId: string) {
  const riskEvents = await ctx.tx
    .select({ riskId: incidentEvents.toValue })
    .from(incidentEvents)
    .where(and(eq(incidentEvents.tenantId, ctx.tenantId), eq(incidentEvents.incidentId, incidentId), eq(incidentEvents.kind, 'lesson_risk')))
    .orderBy(asc(incidentEvents.at));
  const riskIds = riskEvents.map((event) => event.riskId).filter((id): id is string => Boolean(id));
  const riskRows = riskIds.length
    ? await ctx.tx.select({ id: risks.id, title: risks.title }).from(risks).where(and(eq(risks.tenantId, ctx.tenantId), inArray(risks.id, riskIds)))
    : [];
  const byId = new Map(riskRows.map((row) => [row.id, row]));
  const actionRows = await ctx.tx
    .select({ id: actions.id, title: actions.title, objectId: actions.objectId })
    .from(actions)
    .where(and(eq(actions.tenantId, ctx.tenantId), eq(actions.incidentId, incidentId)))
    .orderBy(asc(actions.createdAt));
  return { risks: riskIds.map((id) => byId.get(id)).filter((risk): risk is { id: string; title: string } => Boolean(risk)), actions: actionRows };
}
