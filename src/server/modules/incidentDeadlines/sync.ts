import { and, asc, eq, inArray } from 'drizzle-orm';
import { incidentDeadlines, type Deadline, type ReportRecord } from '../../../shared/incident/deadlines.js';
import type { TenantContext } from '../../db/context.js';
import { incidentDeadlines as deadlineRows, incidents } from '../../db/schema/index.js';
import { notFound } from '../../http/domainError.js';
import { toIso } from '../../db/time.js';

type DeadlineRow = typeof deadlineRows.$inferSelect;

const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));
const keyOf = (row: { regime: string; stage: string; seq: number }) => `${row.regime}/${row.stage}/${row.seq}`;

/** What the pure clocks need to know about reports made so far, read back from the rows. */
function reportsOf(rows: readonly DeadlineRow[]): ReportRecord[] {
  const reports: ReportRecord[] = [];
  for (const row of rows) {
    const base = { regime: row.regime as ReportRecord['regime'], stage: row.stage as ReportRecord['stage'], submittedAt: row.submittedAt ? toIso(row.submittedAt) : null };
    // Intermediate requests count even before they are answered: their row holds the CSIRT's dates.
    if (row.stage === 'intermediate_report') reports.push({ ...base, requestedAt: row.requestedAt ? toIso(row.requestedAt) : null, requestedDueAt: row.dueAt ? toIso(row.dueAt) : null });
    else if (base.submittedAt) reports.push(base);
  }
  return reports;
}

/**
 * Brings the incident's materialised legal clocks (incident_deadlines) in line with its facts.
 * Call after every change to awareAt, significant, personalData, gdprWaivedReason, resolvedAt,
 * and after a report is recorded. Submissions (time, reference, late reason, who) are never
 * touched; a row whose due time moves may alert again; rows that no longer apply are removed
 * unless something was already submitted for them (that stays on record).
 */
export async function syncDeadlines(ctx: TenantContext, incidentId: string): Promise<void> {
  const [incident] = await ctx.tx
    .select({
      awareAt: incidents.awareAt,
      significant: incidents.significant,
      personalData: incidents.personalData,
      resolvedAt: incidents.resolvedAt,
      gdprWaivedReason: incidents.gdprWaivedReason,
    })
    .from(incidents)
    .where(and(eq(incidents.tenantId, ctx.tenantId), eq(incidents.id, incidentId)));
  if (!incident) throw notFound('incident');

  // Intermediate rows in seq order = the order the requests were recorded; the clocks keep that order.
  const rows = await ctx.tx
    .select()
    .from(deadlineRows)
    .where(and(eq(deadlineRows.tenantId, ctx.tenantId), eq(deadlineRows.incidentId, incidentId)))
    .orderBy(asc(deadlineRows.seq));
  const intermediateSeqs = rows.filter((row) => row.stage === 'intermediate_report').map((row) => row.seq);

  const computed = incidentDeadlines({
    awareAt: toIso(incident.awareAt),
    significant: incident.significant,
    personalData: incident.personalData,
    resolvedAt: incident.resolvedAt ? toIso(incident.resolvedAt) : null,
    gdprNotificationWaivedReason: incident.gdprWaivedReason,
    reports: reportsOf(rows),
  });

  const existing = new Map(rows.map((row) => [keyOf(row), row]));
  const kept = new Set<string>();
  let intermediateIndex = 0;
  for (const deadline of computed) {
    const seq = deadline.stage === 'intermediate_report' ? intermediateSeqs[intermediateIndex++] : 0;
    const key = keyOf({ ...deadline, seq });
    kept.add(key);
    await upsert(ctx, incidentId, deadline, seq, existing.get(key));
  }

  const stale = rows.filter((row) => !kept.has(keyOf(row)) && row.submittedAt === null).map((row) => row.id);
  if (stale.length > 0) await ctx.tx.delete(deadlineRows).where(and(eq(deadlineRows.tenantId, ctx.tenantId), inArray(deadlineRows.id, stale)));
}

async function upsert(ctx: TenantContext, incidentId: string, deadline: Deadline, seq: number, row: DeadlineRow | undefined): Promise<void> {
  const clock = { startsAt: deadline.startsAt, dueAt: deadline.dueAt, provisional: deadline.provisional, waived: deadline.waived };
  if (!row) {
    await ctx.tx.insert(deadlineRows).values({ tenantId: ctx.tenantId, incidentId, regime: deadline.regime, stage: deadline.stage, seq, ...clock });
    return;
  }
  const dueMoved = !sameInstant(row.dueAt, deadline.dueAt);
  const unchanged = !dueMoved && sameInstant(row.startsAt, deadline.startsAt) && row.provisional === deadline.provisional && row.waived === deadline.waived;
  if (unchanged) return;
  await ctx.tx
    .update(deadlineRows)
    // A new due time is a new period: its 50 % and 90 % alerts are due again.
    .set({ ...clock, ...(dueMoved ? { alertedPercent: 0 } : {}), updatedAt: new Date().toISOString() })
    .where(and(eq(deadlineRows.tenantId, ctx.tenantId), eq(deadlineRows.id, row.id)));
}
