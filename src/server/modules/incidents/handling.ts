import type { z } from 'zod';
import { canMove, findRsitType, rsitClassOfType, type IncidentStatus } from '../../../shared/incident/taxonomy.js';
import type { incidentNote, incidentTransition, incidentUpdate } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import { requireAccess } from '../../access/requireAccess.js';
import type { TenantContext } from '../../db/context.js';
import { toIso } from '../../db/time.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { syncDeadlines } from '../incidentDeadlines/sync.js';
import { notify } from '../notifications/service.js';
import { requestAnalysisReview } from '../risk/analysisQueries.js';
import { recordIncidentEvent } from './events.js';
import { findPersonOfTenant, findUnit, incidentNumber, lockIncident, unknownIds, updateIncidentVersioned, type IncidentChanges, type IncidentRow } from './queries.js';
import { incidentAuditView, unprocessable } from './service.js';

type Update = z.output<typeof incidentUpdate>;

/** The incident, locked, at the version the caller saw; 404 or 409 otherwise. */
async function lockAtVersion(ctx: TenantContext, id: string, version: number): Promise<IncidentRow> {
  const row = await lockIncident(ctx, id);
  if (!row) throw notFound('incident');
  if (row.version !== version) throw versionConflict('incident');
  return row;
}

/** Type and class travel together: a type alone brings its class, a class alone drops a type of another class. */
function rsitChanges(current: IncidentRow, input: Update): Pick<IncidentChanges, 'rsitClass' | 'rsitType'> {
  let rsitClass = input.rsitClass === undefined ? current.rsitClass : input.rsitClass;
  let rsitType = input.rsitType === undefined ? current.rsitType : input.rsitType;
  if (input.rsitType && input.rsitClass === undefined) rsitClass = rsitClassOfType[input.rsitType];
  if (input.rsitClass !== undefined && input.rsitType === undefined && rsitType && (!rsitClass || !findRsitType(rsitClass, rsitType))) rsitType = null;
  if (rsitType && (!rsitClass || !findRsitType(rsitClass, rsitType))) {
    throw unprocessable('rsitType', 'rsit_type_mismatch', `rsitType ${rsitType} does not belong to the RSIT class ${rsitClass ?? '(none)'}`);
  }
  return { rsitClass, rsitType };
}

/** The legal clocks start when the organisation became aware; nothing of the event can come after that… */
function requireTimesInOrder(row: Pick<IncidentRow, 'occurredAt' | 'detectedAt' | 'awareAt'>) {
  const occurred = row.occurredAt ? Date.parse(toIso(row.occurredAt)) : null;
  if (occurred === null) return;
  for (const field of ['awareAt', 'detectedAt'] as const) {
    const value = row[field];
    if (value && Date.parse(toIso(value)) < occurred) {
      throw new DomainError(400, 'validation_failed', `${field} must not be before occurredAt`, {}, [{ path: field, message: 'must not be before occurredAt' }]);
    }
  }
}

const clockFields = ['awareAt', 'significant', 'personalData', 'gdprWaivedReason', 'resolvedAt'] as const;
const triageFields = ['rsitClass', 'rsitType', 'categories', 'cause', 'aspects', 'objectIds', 'systemIds', 'orgUnitId', 'personalData', 'peopleAffected', 'recordsAffected', 'significant', 'significantCriteria', 'significantExplanation', 'crimeSuspected', 'policeReportRef', 'gdprWaivedReason', 'rootCause', 'lessonsLearned', 'title', 'description', 'occurredAt', 'detectedAt', 'awareAt'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(toIso(a)) === Date.parse(toIso(b)));

/** Triage and handling by the incident roles; only the fields sent change. */
export async function updateIncident(ctx: TenantContext, id: string, input: Update): Promise<void> {
  const current = await lockAtVersion(ctx, id, input.version);
  const { version, ...fields } = input;
  const changes: IncidentChanges = { ...fields, ...rsitChanges(current, input) };
  if (input.orgUnitId !== undefined && input.orgUnitId !== current.orgUnitId) {
    const unit = await findUnit(ctx, input.orgUnitId);
    if (!unit) throw unprocessable('orgUnitId', 'reference_not_found', 'The org unit in orgUnitId does not exist');
    // Handing an incident to another förvaltning takes the right to handle incidents there too.
    requireAccess(ctx, 'incident.manage', { kind: 'orgUnit', path: unit.path });
  }
  const assignee = input.assigneeId ? await findPersonOfTenant(ctx, input.assigneeId) : null;
  if (input.assigneeId && !assignee) throw unprocessable('assigneeId', 'reference_not_found', 'The person in assigneeId does not exist');
  for (const [field, table] of [['objectIds', 'objects'], ['systemIds', 'systems']] as const) {
    const ids = input[field];
    if (!ids) continue;
    changes[field] = [...new Set(ids)];
    const missing = await unknownIds(ctx, table, changes[field]!);
    if (missing.length > 0) throw unprocessable(field, 'reference_not_found', `${field} names ${table} that do not exist: ${missing.join(', ')}`);
  }
  for (const field of ['categories', 'aspects', 'significantCriteria'] as const) if (input[field]) changes[field] = [...new Set(input[field])];
  for (const field of ['significantExplanation', 'policeReportRef', 'gdprWaivedReason', 'rootCause', 'lessonsLearned'] as const) {
    if (typeof input[field] === 'string') changes[field] = input[field]!.trim() || null;
  }
  requireTimesInOrder({ ...current, ...changes } as IncidentRow);
  const updated = await updateIncidentVersioned(ctx, id, version, changes);
  if (!updated) throw versionConflict('incident');
  await recordChanges(ctx, current, updated);
  if (clockFields.some((field) => (field === 'awareAt' ? !sameInstant(current.awareAt, updated.awareAt) : !same(current[field], updated[field])))) await syncDeadlines(ctx, id);
  await recordAudit(ctx, { action: 'incident.updated', entityType: 'incident', entityId: id, before: incidentAuditView(current), after: incidentAuditView(updated, current) });
}

/** Timeline entries, the new assignee's notification, and the risk-analysis trigger of a major incident. */
async function recordChanges(ctx: TenantContext, before: IncidentRow, after: IncidentRow) {
  const text = (value: number | null) => (value === null ? null : String(value));
  if (before.severity !== after.severity) await recordIncidentEvent(ctx, after.id, { kind: 'severity', from: text(before.severity), to: text(after.severity) });
  if (before.escalationLevel !== after.escalationLevel) {
    await recordIncidentEvent(ctx, after.id, { kind: 'escalation', from: text(before.escalationLevel), to: text(after.escalationLevel) });
  }
  if (before.assigneeId !== after.assigneeId) {
    const name = async (personId: string | null) => (personId ? ((await findPersonOfTenant(ctx, personId))?.name ?? null) : null);
    await recordIncidentEvent(ctx, after.id, { kind: 'assignee', from: await name(before.assigneeId), to: await name(after.assigneeId) });
    await notify(ctx, { personIds: [after.assigneeId], kind: 'incident_assigned', params: { number: incidentNumber(after), title: after.title }, link: `/incidents/${after.id}` });
  }
  const triaged = triageFields.filter((field) => (['awareAt', 'occurredAt', 'detectedAt'].includes(field) ? !sameInstant(before[field] as string | null, after[field] as string | null) : !same(before[field], after[field])));
  if (triaged.length > 0) await recordIncidentEvent(ctx, after.id, { kind: 'triage', to: triaged.join(',') });
  await triggerReviewWhenMajor(ctx, before, after);
}

/** A major incident (severity 4 or crisis management) calls for a new risk analysis of the affected objects (issue 4). */
async function triggerReviewWhenMajor(ctx: TenantContext, before: Pick<IncidentRow, 'severity' | 'escalationLevel'>, after: IncidentRow) {
  const becameMajor = (after.severity === 4 && before.severity !== 4) || (after.escalationLevel === 4 && before.escalationLevel !== 4);
  if (becameMajor) await requestAnalysisReview(ctx, after.objectIds, 'major_incident');
}

/** One step along the flow of DOMAIN §6, stamping the times the statistics count from. */
export async function transitionIncident(ctx: TenantContext, id: string, input: z.output<typeof incidentTransition>): Promise<void> {
  const current = await lockAtVersion(ctx, id, input.version);
  const from = current.status as IncidentStatus;
  const to = input.status;
  if (!canMove(from, to)) {
    throw new DomainError(422, 'status_flow', `An incident cannot move from ${from} to ${to}`, {}, [{ path: 'status', message: `not allowed from ${from}` }]);
  }
  if (to === 'root_cause_found' && !current.rootCause?.trim()) {
    throw unprocessable('rootCause', 'root_cause_required', 'Record the root cause before marking the incident as investigated');
  }
  const now = new Date().toISOString();
  const changes: IncidentChanges = { status: to };
  if (to === 'triaged') changes.triagedAt = now;
  if (to === 'resolved') changes.resolvedAt = now;
  if (to === 'closed') changes.closedAt = now;
  if (to === 'escalated') changes.escalationLevel = 4;
  const updated = await updateIncidentVersioned(ctx, id, input.version, changes);
  if (!updated) throw versionConflict('incident');
  await recordIncidentEvent(ctx, id, { kind: 'status', from, to, note: input.note?.trim() || null });
  if (current.escalationLevel !== updated.escalationLevel) {
    await recordIncidentEvent(ctx, id, { kind: 'escalation', from: String(current.escalationLevel), to: String(updated.escalationLevel) });
  }
  await triggerReviewWhenMajor(ctx, current, updated);
  // The final report may count from the end of the incident.
  if (to === 'resolved') await syncDeadlines(ctx, id);
  await recordAudit(ctx, { action: 'incident.status_changed', entityType: 'incident', entityId: id, before: incidentAuditView(current), after: incidentAuditView(updated, current) });
}

export async function addIncidentNote(ctx: TenantContext, id: string, input: z.output<typeof incidentNote>): Promise<void> {
  const current = await lockIncident(ctx, id);
  if (!current) throw notFound('incident');
  await recordIncidentEvent(ctx, id, { kind: 'note', note: input.note });
  // The note itself may be confidential: the audit trail keeps that one was written, and by whom.
  await recordAudit(ctx, { action: 'incident.note_added', entityType: 'incident', entityId: id, after: { number: incidentNumber(current), length: input.note.length } });
}
