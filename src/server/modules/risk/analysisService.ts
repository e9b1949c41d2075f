import type { z } from 'zod';
import type { PermissionReach } from '../../../shared/access.js';
import { authorize } from '../../../shared/access.js';
import { validUntil } from '../../../shared/classification/workflow.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { analysisStatusLabels, analysisTransitions, type AnalysisStatus, type AnalysisSubject } from '../../../shared/risk/analysis.js';
import type { riskAnalysisCreate, riskAnalysisListQuery, riskAnalysisReview, riskAnalysisUpdate, RiskAnalysisDetail } from '../../../shared/schemas/risk.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { lockObject } from '../objects/queries.js';
import { requirePerson } from '../objects/service.js';
import { findOrgUnit } from '../org/queries.js';
import { findSystem } from '../systems/queries.js';
import { findAnalysis, insertAnalysis, listAnalyses, peopleNamed, toAnalysisSummary, updateAnalysisVersioned, type AnalysisChanges } from './analysisQueries.js';
import { loadRiskConfig } from './config.js';
import { actionCountsOf, risksOfAnalysis, toRisk } from './riskQueries.js';
import { analysisTarget } from './targets.js';

/** A date `months` calendar months after `date` (YYYY-MM-DD); 31 Jan + 1 month is the end of February. */
export function addMonths(date: string, months: number): string {
  return validUntil(new Date(`${date}T00:00:00Z`), months).toISOString().slice(0, 10);
}

export async function describeAnalysis(ctx: TenantContext, id: string): Promise<RiskAnalysisDetail> {
  const today = todayInStockholm();
  const row = await findAnalysis(ctx, id, today);
  if (!row) throw notFound('risk analysis');
  const riskRows = await risksOfAnalysis(ctx, id);
  const counts = await actionCountsOf(ctx, riskRows.map((risk) => risk.id), today);
  const target = await analysisTarget(ctx, id);
  return {
    ...toAnalysisSummary(row),
    participants: await peopleNamed(ctx, row.participantIds),
    risks: riskRows.map((risk) => toRisk(risk, counts.get(risk.id), today)),
    capabilities: { manage: Boolean(target && authorize(ctx.actor?.grants ?? [], 'risk.manage', target)) },
  };
}

export async function listRiskAnalyses(ctx: TenantContext, query: z.output<typeof riskAnalysisListQuery>, reach: PermissionReach) {
  let orgUnitPath: string | undefined;
  if (query.orgUnitId) {
    const unit = await findOrgUnit(ctx, query.orgUnitId);
    if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit in orgUnitId does not exist');
    orgUnitPath = unit.path;
  }
  const { total, rows } = await listAnalyses(ctx, { ...query, orgUnitPath }, reach, todayInStockholm());
  return { total, items: rows.map(toAnalysisSummary) };
}

interface Subject {
  subjectKind: AnalysisSubject;
  orgUnitId: string;
  objectId: string | null;
  systemId: string | null;
  processName: string | null;
  defaultTitle: string;
}

const missing = (field: string, what: string) => new DomainError(422, 'validation_failed', `${field} is required for ${what}`, {}, [{ path: field, message: `required for ${what}` }]);

/** What the analysis is of, and whose org unit it belongs to; unknown references read as 422. */
export async function resolveSubject(ctx: TenantContext, input: z.output<typeof riskAnalysisCreate>): Promise<Subject> {
  const kind: AnalysisSubject = input.subjectKind ?? (input.systemId ? 'system' : input.objectId ? 'object' : input.processName ? 'process' : 'org_unit');
  let objectId = input.objectId ?? null;
  let systemId: string | null = null;
  let systemName = '';
  if (kind === 'system') {
    if (!input.systemId) throw missing('systemId', 'an analysis of a system');
    const system = (await findSystem(ctx, input.systemId))?.system;
    if (!system) throw new DomainError(422, 'reference_not_found', 'The system in systemId does not exist');
    if (objectId && objectId !== system.objectId) throw new DomainError(422, 'validation_failed', 'The system does not belong to that object', {}, [{ path: 'systemId', message: 'not a system of objectId' }]);
    objectId = system.objectId;
    systemId = system.id;
    systemName = system.name;
  }
  if (kind === 'object' && !objectId) throw missing('objectId', 'an analysis of a managed object');
  const object = objectId ? await lockObject(ctx, objectId) : null;
  if (objectId && !object) throw new DomainError(422, 'reference_not_found', 'The object in objectId does not exist');
  if (kind === 'process' && !input.processName) throw missing('processName', 'an analysis of a process');
  const orgUnitId = object?.orgUnitId ?? input.orgUnitId;
  if (!orgUnitId) throw missing('orgUnitId', `an analysis of ${kind === 'process' ? 'a process' : 'an org unit'}`);
  const unit = await findOrgUnit(ctx, orgUnitId);
  if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit in orgUnitId does not exist');
  const defaultTitle = kind === 'system' ? systemName : kind === 'process' ? input.processName! : kind === 'object' ? object!.name : unit.name;
  return { subjectKind: kind, orgUnitId, objectId, systemId, processName: input.processName ?? null, defaultTitle };
}

async function requirePeople(ctx: TenantContext, input: { riskOwnerId?: string | null; leadId?: string | null; participantIds?: string[] }) {
  if (input.riskOwnerId) await requirePerson(ctx, input.riskOwnerId, 'riskOwnerId');
  if (input.leadId) await requirePerson(ctx, input.leadId, 'leadId');
  for (const personId of input.participantIds ?? []) await requirePerson(ctx, personId, 'participantIds');
}

export async function createRiskAnalysis(ctx: TenantContext, input: z.output<typeof riskAnalysisCreate>, subject?: Subject) {
  const resolved = subject ?? (await resolveSubject(ctx, input));
  await requirePeople(ctx, input);
  const { defaultTitle, ...where } = resolved;
  const id = await insertAnalysis(ctx, {
    ...where,
    title: input.title ?? defaultTitle,
    purpose: input.purpose,
    riskOwnerId: input.riskOwnerId ?? null,
    leadId: input.leadId ?? null,
    participantIds: [...new Set(input.participantIds ?? [])],
    analysisDate: input.analysisDate ?? null,
  });
  const created = await describeAnalysis(ctx, id);
  await recordAudit(ctx, { action: 'risk_analysis.created', entityType: 'risk_analysis', entityId: id, after: auditView(created) });
  return created;
}

/** Changes and the status flow: one step at a time; approval needs a riskägare and sets the next due date. */
export async function updateRiskAnalysis(ctx: TenantContext, id: string, input: z.output<typeof riskAnalysisUpdate>) {
  const before = await describeAnalysis(ctx, id);
  await requirePeople(ctx, input);
  const { version, status, participantIds, ...fields } = input;
  const changes: AnalysisChanges = { ...fields };
  if (participantIds) changes.participantIds = [...new Set(participantIds)];
  if (status && status !== before.status) {
    if (!analysisTransitions[before.status].includes(status)) {
      throw new DomainError(
        422,
        'invalid_status_transition',
        `A risk analysis goes from ${analysisStatusLabels[before.status].en} only to ${analysisTransitions[before.status].map((next) => analysisStatusLabels[next].en).join(' or ')}`,
      );
    }
    Object.assign(changes, await statusChanges(ctx, status, input.riskOwnerId === undefined ? before.riskOwner?.id ?? null : input.riskOwnerId));
  }
  if (before.processName === null && fields.processName !== undefined) throw new DomainError(422, 'validation_failed', 'Only an analysis of a process has a process name', {}, [{ path: 'processName', message: 'not a process analysis' }]);
  if (!(await updateAnalysisVersioned(ctx, id, version, changes))) throw versionConflict('risk analysis');
  const after = await describeAnalysis(ctx, id);
  await recordAudit(ctx, { action: status && status !== before.status ? `risk_analysis.${status}` : 'risk_analysis.updated', entityType: 'risk_analysis', entityId: id, before: auditView(before), after: auditView(after) });
  return after;
}

async function statusChanges(ctx: TenantContext, status: AnalysisStatus, riskOwnerId: string | null): Promise<AnalysisChanges> {
  if (status !== 'approved') return { status };
  if (!riskOwnerId) throw new DomainError(422, 'risk_owner_required', 'An analysis needs a riskägare before it is approved', {}, [{ path: 'riskOwnerId', message: 'required to approve' }]);
  const today = todayInStockholm();
  const { analysisIntervalMonths } = await loadRiskConfig(ctx);
  return {
    status,
    approvedAt: new Date().toISOString(),
    approvedBy: ctx.actor?.personId ?? null,
    nextDueDate: addMonths(today, analysisIntervalMonths),
    reviewTrigger: null,
    reviewRequestedAt: null,
  };
}

/** Something happened (integration, procurement, major incident) that calls for a new analysis now. */
export async function requestReview(ctx: TenantContext, id: string, input: z.output<typeof riskAnalysisReview>) {
  const before = await describeAnalysis(ctx, id);
  if (!(await updateAnalysisVersioned(ctx, id, input.version, { reviewTrigger: input.trigger, reviewRequestedAt: new Date().toISOString() }))) {
    throw versionConflict('risk analysis');
  }
  const after = await describeAnalysis(ctx, id);
  await recordAudit(ctx, { action: 'risk_analysis.review_requested', entityType: 'risk_analysis', entityId: id, before: auditView(before), after: auditView(after) });
  return after;
}

function auditView(analysis: RiskAnalysisDetail) {
  const { risks, capabilities, overdue, riskCount, highestLevel, ...rest } = analysis;
  return { ...rest, participants: analysis.participants.map((person) => person.name) };
}
