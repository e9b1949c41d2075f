import { and, eq, or, sql } from 'drizzle-orm';
import type { AccessTarget, IncidentInvolvement } from '../../../shared/access.js';
import type { TenantContext } from '../../db/context.js';
import { incidents, incidentTasks, orgUnits } from '../../db/schema/index.js';

/**
 * What incident permissions are checked against: the incident's org unit, plus how the actor
 * is part of it (reporter, or assigned: the assignee or a task owner), which lets them read
 * and contribute to that one incident whatever roles they hold. Null: no such incident (404).
 */
export async function incidentTarget(ctx: TenantContext, incidentId: string): Promise<AccessTarget | null> {
  const personId = ctx.actor?.personId ?? null;
  const [row] = await ctx.tx
    .select({
      path: orgUnits.path,
      reporterId: incidents.reporterId,
      assigneeId: incidents.assigneeId,
      ownsTask: personId
        ? sql<boolean>`exists (select 1 from ${incidentTasks} where ${incidentTasks.incidentId} = ${incidents.id} and ${incidentTasks.ownerId} = ${personId})`
        : sql<boolean>`false`,
    })
    .from(incidents)
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, incidentId)));
  if (!row) return null;
  return { kind: 'incident', path: row.path, involvement: involvementOf(personId, row) };
}

function involvementOf(personId: string | null, row: { reporterId: string | null; assigneeId: string | null; ownsTask: boolean }): IncidentInvolvement | null {
  if (!personId) return null;
  if (row.assigneeId === personId || row.ownsTask) return 'assigned';
  return row.reporterId === personId ? 'reporter' : null;
}

/** Rows the actor is part of: reported, assigned, or owning one of its tasks (lists add these to their reach). */
export function involvedCondition(personId: string) {
  return or(
    eq(incidents.reporterId, personId),
    eq(incidents.assigneeId, personId),
    sql`exists (select 1 from ${incidentTasks} where ${incidentTasks.incidentId} = ${incidents.id} and ${incidentTasks.ownerId} = ${personId})`,
  )!;
}
