import type { z } from 'zod';
import type { PermissionReach } from '../../../shared/access.js';
import type { DeadlineListItem, IncidentDeadline, deadlineSubmission, intermediateRequest } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { toIso } from '../../db/time.js';
import { DomainError, notFound } from '../../http/domainError.js';
import { recordIncidentEvent } from '../incidents/events.js';
import { deadlineRowsOf, incidentDeadlinesOf, insertDeadlineRow, lockIncident, openDeadlinesInReach, updateDeadlineRow, type DeadlineRow } from './queries.js';
import { syncDeadlines } from './sync.js';

type Submission = z.output<typeof deadlineSubmission>;
type Request = z.output<typeof intermediateRequest>;

const fieldError = (status: number, code: string, path: string, message: string) => new DomainError(status, code, message, {}, [{ path, message }]);

async function requireIncident(ctx: TenantContext, incidentId: string) {
  const incident = await lockIncident(ctx, incidentId);
  if (!incident) throw notFound('incident');
  return incident;
}

const submissionOf = (row: DeadlineRow | undefined) =>
  row ? { submittedAt: toIso(row.submittedAt), reference: row.reference, lateReason: row.lateReason } : null;

/**
 * Where a submission goes: one of the incident's current deadlines, or a progress report, which
 * NIS2 allows while the final report is still outstanding (it records that the incident is
 * still ongoing, and moves the final report to a month after the end). The due time is the
 * period's end, to tell whether the submission was late.
 */
function placeOf(rows: DeadlineRow[], input: Submission, significant: boolean): { row?: DeadlineRow; dueAt: string | null } {
  const row = rows.find((candidate) => candidate.regime === input.regime && candidate.stage === input.stage && candidate.seq === input.seq);
  if (input.regime === 'nis2' && input.stage === 'progress_report' && input.seq === 0 && significant) {
    const final = rows.find((candidate) => candidate.regime === 'nis2' && candidate.stage === 'final_report');
    // Once a progress report exists it holds the month the final report had before.
    if (final && final.submittedAt === null) return row ? { row, dueAt: toIso(row.dueAt) } : { dueAt: toIso(final.dueAt) };
  } else if (row && (significant || input.regime !== 'nis2' || row.submittedAt !== null)) {
    return { row, dueAt: toIso(row.dueAt) };
  }
  throw fieldError(422, 'no_such_deadline', 'stage', `The incident has no ${input.regime} ${input.stage} deadline to report`);
}

/** Records that a legal report was sent (or corrects the record), then recomputes the clocks that depend on it. */
export async function submitDeadline(ctx: TenantContext, incidentId: string, input: Submission): Promise<{ deadlines: IncidentDeadline[] }> {
  const incident = await requireIncident(ctx, incidentId);
  await syncDeadlines(ctx, incidentId);
  const rows = await deadlineRowsOf(ctx, incidentId);
  const { row, dueAt } = placeOf(rows, input, incident.significant);
  if (Date.parse(input.submittedAt) < Date.parse(incident.awareAt)) {
    throw fieldError(422, 'submitted_before_aware', 'submittedAt', 'A report cannot be submitted before the organisation became aware of the incident');
  }
  const late = dueAt !== null && Date.parse(input.submittedAt) > Date.parse(dueAt);
  // GDPR art. 33(1): a late notification comes with the reasons for the delay; so do we for every regime.
  if (late && !input.lateReason) throw fieldError(422, 'late_reason_required', 'lateReason', 'The report was submitted after it was due: give the reason for the delay');

  const values = {
    submittedAt: input.submittedAt,
    submittedBy: ctx.actor?.personId ?? null,
    reference: input.reference ?? null,
    lateReason: late ? input.lateReason! : null,
  };
  if (row) await updateDeadlineRow(ctx, row.id, values);
  else await insertDeadlineRow(ctx, { incidentId, regime: input.regime, stage: input.stage, seq: 0, startsAt: incident.awareAt, ...values });
  await syncDeadlines(ctx, incidentId);

  const report = `${input.regime}.${input.stage}`;
  await recordIncidentEvent(ctx, incidentId, { kind: 'report_submitted', to: input.seq > 0 ? `${report}.${input.seq}` : report, note: input.reference ?? null });
  await recordAudit(ctx, {
    action: 'incident.report_submitted',
    entityType: 'incident',
    entityId: incidentId,
    before: submissionOf(row),
    after: { regime: input.regime, stage: input.stage, seq: input.seq, ...values },
  });
  return { deadlines: await incidentDeadlinesOf(ctx, incidentId, new Date().toISOString()) };
}

/** The CSIRT asked for an intermediate report (NIS2 art. 23(4)(c)); it gets its own clock, numbered in request order. */
export async function requestIntermediateReport(ctx: TenantContext, incidentId: string, input: Request): Promise<{ deadlines: IncidentDeadline[] }> {
  const incident = await requireIncident(ctx, incidentId);
  if (!incident.significant) throw fieldError(422, 'not_significant', 'requestedAt', 'Only a significant incident is reported to the CSIRT');
  if (Date.parse(input.requestedAt) < Date.parse(incident.awareAt)) {
    throw fieldError(422, 'requested_before_aware', 'requestedAt', 'The request cannot come before the organisation became aware of the incident');
  }
  const rows = await deadlineRowsOf(ctx, incidentId);
  const seq = Math.max(0, ...rows.filter((row) => row.stage === 'intermediate_report').map((row) => row.seq)) + 1;
  await insertDeadlineRow(ctx, { incidentId, regime: 'nis2', stage: 'intermediate_report', seq, startsAt: input.requestedAt, requestedAt: input.requestedAt, dueAt: input.dueAt });
  await syncDeadlines(ctx, incidentId);

  await recordIncidentEvent(ctx, incidentId, { kind: 'intermediate_requested', to: input.dueAt });
  await recordAudit(ctx, { action: 'incident.intermediate_requested', entityType: 'incident', entityId: incidentId, after: { seq, requestedAt: input.requestedAt, dueAt: input.dueAt } });
  return { deadlines: await incidentDeadlinesOf(ctx, incidentId, new Date().toISOString()) };
}

export async function listOpenDeadlines(ctx: TenantContext, reach: PermissionReach): Promise<{ items: DeadlineListItem[] }> {
  return { items: await openDeadlinesInReach(ctx, reach, new Date().toISOString()) };
}
