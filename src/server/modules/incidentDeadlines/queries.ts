import { and, asc, eq, isNull, ne, not, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { PermissionReach } from '../../../shared/access.js';
import { deadlineRegimes, deadlineStages, deadlineState, stockholmZone, type Deadline, type DeadlineRegime, type DeadlineStage } from '../../../shared/incident/deadlines.js';
import type { DeadlineListItem, IncidentDeadline } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { withinReach } from '../../db/reachFilter.js';
import { incidentDeadlines as deadlineRows, incidents, orgUnits } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';

export type DeadlineRow = typeof deadlineRows.$inferSelect;

/** What people say on the phone: `2026-0042`. */
export const incidentNumber = (year: number, serial: number) => `${year}-${String(serial).padStart(4, '0')}`;

/** An instant as Stockholm wall-clock text, e.g. `2026-04-05 11:00`, for messages and report drafts. */
export const stockholmText = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(stockholmZone).toFormat('yyyy-MM-dd HH:mm');

/** The pure clock a stored row stands for. */
export function clockOf(row: DeadlineRow): Deadline {
  const dueAt = toIso(row.dueAt);
  const submittedAt = toIso(row.submittedAt);
  return {
    regime: row.regime as DeadlineRegime,
    stage: row.stage as DeadlineStage,
    startsAt: toIso(row.startsAt),
    dueAt,
    submittedAt,
    provisional: row.provisional,
    waived: row.waived,
    late: submittedAt !== null && dueAt !== null && Date.parse(submittedAt) > Date.parse(dueAt),
  };
}

export function toIncidentDeadline(row: DeadlineRow, now: string): IncidentDeadline {
  const clock = clockOf(row);
  return {
    regime: clock.regime,
    stage: clock.stage,
    seq: row.seq,
    startsAt: clock.startsAt,
    dueAt: clock.dueAt,
    submittedAt: clock.submittedAt,
    provisional: row.provisional,
    waived: row.waived,
    reference: row.reference,
    lateReason: row.lateReason,
    requestedAt: toIso(row.requestedAt),
    state: deadlineState(clock, now).status,
  };
}

/** NIS2 before GDPR, each in flow order, intermediate reports by request. */
function flowOrder(a: DeadlineRow, b: DeadlineRow): number {
  const regime = deadlineRegimes.indexOf(a.regime as DeadlineRegime) - deadlineRegimes.indexOf(b.regime as DeadlineRegime);
  const stage = deadlineStages.indexOf(a.stage as DeadlineStage) - deadlineStages.indexOf(b.stage as DeadlineStage);
  return regime || stage || a.seq - b.seq;
}

export async function deadlineRowsOf(ctx: TenantContext, incidentId: string): Promise<DeadlineRow[]> {
  const rows = await ctx.tx
    .select()
    .from(deadlineRows)
    .where(and(eq(deadlineRows.tenantId, ctx.tenantId), eq(deadlineRows.incidentId, incidentId)));
  return rows.sort(flowOrder);
}

/** The incident's legal deadlines as the API shows them, with their state at `now`. */
export async function incidentDeadlinesOf(ctx: TenantContext, incidentId: string, now: string): Promise<IncidentDeadline[]> {
  return (await deadlineRowsOf(ctx, incidentId)).map((row) => toIncidentDeadline(row, now));
}

/** The incident's facts the deadline rules look at, row-locked so two submissions do not interleave. */
export async function lockIncident(ctx: TenantContext, incidentId: string) {
  const [row] = await ctx.tx
    .select({ id: incidents.id, awareAt: incidents.awareAt, significant: incidents.significant, status: incidents.status })
    .from(incidents)
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, incidentId)))
    .for('update');
  return row ? { ...row, awareAt: toIso(row.awareAt) } : null;
}

export async function updateDeadlineRow(ctx: TenantContext, id: string, values: Partial<typeof deadlineRows.$inferInsert>): Promise<void> {
  await ctx.tx
    .update(deadlineRows)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(and(eq(deadlineRows.tenantId, ctx.tenantId), eq(deadlineRows.id, id)));
}

export async function insertDeadlineRow(ctx: TenantContext, values: Omit<typeof deadlineRows.$inferInsert, 'tenantId'>): Promise<void> {
  await ctx.tx.insert(deadlineRows).values({ ...values, tenantId: ctx.tenantId });
}

/** Open: not yet submitted, not waived, of an incident that was not rejected as "not an incident". */
const openCondition = (tenantId: string) =>
  and(eq(deadlineRows.tenantId, tenantId), isNull(deadlineRows.submittedAt), not(deadlineRows.waived), ne(incidents.status, 'rejected'));

/** Every open deadline of the incidents in reach, soonest first; those without a due time last. */
export async function openDeadlinesInReach(ctx: TenantContext, reach: PermissionReach, now: string): Promise<DeadlineListItem[]> {
  const rows = await ctx.tx
    .select({ deadline: deadlineRows, year: incidents.year, serial: incidents.serial, title: incidents.title })
    .from(deadlineRows)
    .innerJoin(incidents, eq(incidents.id, deadlineRows.incidentId))
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .where(and(openCondition(ctx.tenantId), withinReach(orgUnits.path, reach)))
    .orderBy(sql`${deadlineRows.dueAt} asc nulls last`, asc(incidents.year), asc(incidents.serial), asc(deadlineRows.regime), asc(deadlineRows.stage), asc(deadlineRows.seq));
  return rows.map(({ deadline, year, serial, title }) => ({
    ...toIncidentDeadline(deadline, now),
    incidentId: deadline.incidentId,
    number: incidentNumber(year, serial),
    title,
    fractionElapsed: deadlineState(clockOf(deadline), now).fractionElapsed,
  }));
}

/** Open deadlines with a due time, locked for this run, for the alert job. */
export async function openTimedDeadlines(ctx: TenantContext) {
  return ctx.tx
    .select({
      deadline: deadlineRows,
      year: incidents.year,
      serial: incidents.serial,
      assigneeId: incidents.assigneeId,
      path: orgUnits.path,
    })
    .from(deadlineRows)
    .innerJoin(incidents, eq(incidents.id, deadlineRows.incidentId))
    .innerJoin(orgUnits, eq(orgUnits.id, incidents.orgUnitId))
    .where(and(openCondition(ctx.tenantId), sql`${deadlineRows.dueAt} is not null`, sql`${deadlineRows.alertedPercent} < 100`))
    .for('update', { of: deadlineRows, skipLocked: true });
}
