import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { incidentEvents } from '../../db/schema/index.js';

/** What the timeline records: automatic entries for every change, and people's notes. */
export type IncidentEventKind =
  | 'reported'
  | 'triage'
  | 'status'
  | 'severity'
  | 'escalation'
  | 'assignee'
  | 'note'
  | 'task'
  | 'attachment'
  | 'report_submitted'
  | 'intermediate_requested'
  | 'lesson_risk'
  | 'lesson_action';

/** Adds one timeline entry, acted by the request's person (none for system work). */
export async function recordIncidentEvent(
  ctx: TenantContext,
  incidentId: string,
  event: { kind: IncidentEventKind; from?: string | null; to?: string | null; note?: string | null; at?: string },
): Promise<void> {
  await ctx.tx.insert(incidentEvents).values({
    tenantId: ctx.tenantId,
    incidentId,
    kind: event.kind,
    actorId: ctx.actor?.personId ?? null,
    fromValue: event.from ?? null,
    toValue: event.to ?? null,
    note: event.note ?? null,
    // The wall clock, not the transaction's start, and never a tie (a coarse clock could give
    // one): the entries of one request keep their order on the timeline.
    at:
      event.at ??
      sql`greatest(clock_timestamp(), (select max(${incidentEvents.at}) + interval '1 microsecond' from ${incidentEvents} where ${incidentEvents.incidentId} = ${incidentId}))`,
  });
}
