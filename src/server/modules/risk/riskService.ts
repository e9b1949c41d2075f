import type { z } from 'zod';
import { authorize } from '../../../shared/access.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import type { RiskStatus, Treatment } from '../../../shared/risk/analysis.js';
import { findThreat } from '../../../shared/risk/threatCatalogue.js';
import type { riskActionCreate, riskCreate, RiskDetail, riskUpdate } from '../../../shared/schemas/risk.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { riskActionRows, toAction } from '../actions/queries.js';
import { createAction } from '../actions/service.js';
import { acceptancesOf, mayAccept, withdrawOpenAcceptances } from './acceptanceService.js';
import { findAnalysis } from './analysisQueries.js';
import { loadRiskConfig } from './config.js';
import { actionCountsOf, findRisk, insertRisk, lockRisk, recordLevels, toRisk, updateRiskVersioned, type RiskChanges } from './riskQueries.js';
import { scoreValues } from './scoring.js';
import { riskTarget } from './targets.js';

export async function describeRisk(ctx: TenantContext, id: string): Promise<RiskDetail> {
  const today = todayInStockholm();
  const row = await findRisk(ctx, id);
  if (!row) throw notFound('risk');
  const counts = await actionCountsOf(ctx, [id], today);
  const risk = toRisk(row, counts.get(id), today);
  const target = await riskTarget(ctx, id);
  const grants = ctx.actor?.grants ?? [];
  const acceptances = await acceptancesOf(ctx, id, today);
  return {
    ...risk,
    actions: (await riskActionRows(ctx, [id])).map((action) => toAction(action, today)),
    acceptances,
    capabilities: {
      manage: Boolean(target && authorize(grants, 'risk.manage', target)),
      accept: Boolean(target && risk.status !== 'closed' && (await mayAccept(ctx, risk, target, acceptances))),
    },
  };
}

/** Drafted risks start open; a decided treatment other than acceptance puts them in treatment. */
function statusFor(treatment: Treatment | null, current: RiskStatus = 'open'): RiskStatus {
  if (current === 'accepted' || current === 'closed') return current;
  return treatment && treatment !== 'accept' ? 'in_treatment' : 'open';
}

function threatOf(code: string | null | undefined) {
  if (!code) return null;
  const threat = findThreat(code);
  if (!threat) throw new DomainError(422, 'reference_not_found', `The threat ${code} is not in the catalogue`, {}, [{ path: 'threatCode', message: 'unknown threat' }]);
  return threat;
}

const titleFrom = (event: string) => (event.length > 120 ? `${event.slice(0, 117)}…` : event.charAt(0).toUpperCase() + event.slice(1));

export async function createRisk(ctx: TenantContext, analysisId: string, input: z.output<typeof riskCreate>, sourceActionId: string | null = null) {
  if (!(await findAnalysis(ctx, analysisId, todayInStockholm()))) throw notFound('risk analysis');
  const threat = threatOf(input.threatCode);
  const { matrix } = await loadRiskConfig(ctx);
  const values = {
    likelihood: input.likelihood,
    impact: input.impact,
    treatment: input.treatment ?? null,
    treatmentRationale: input.treatmentRationale?.trim() || null,
    residualLikelihood: input.residualLikelihood ?? null,
    residualImpact: input.residualImpact ?? null,
  };
  const scores = scoreValues(matrix, values);
  const status = statusFor(values.treatment);
  const id = await insertRisk(ctx, {
    analysisId,
    threatCode: threat?.code ?? null,
    title: input.title ?? threat?.sv.title ?? titleFrom(input.event),
    cause: input.cause,
    event: input.event,
    consequence: input.consequence,
    threatOrigin: input.threatOrigin,
    aspects: [...new Set(input.aspects ?? threat?.aspects ?? [])],
    ...values,
    ...scores,
    status,
    sourceActionId,
  });
  await recordLevels(ctx, [{ riskId: id, level: scores.level, residualLevel: scores.residualLevel, status }]);
  const created = await describeRisk(ctx, id);
  await recordAudit(ctx, { action: 'risk.created', entityType: 'risk', entityId: id, after: auditView(created) });
  return created;
}

/**
 * Edits, re-scores and moves the status. A change of the level that was accepted withdraws
 * the acceptance: the decision was about another risk.
 */
export async function updateRisk(ctx: TenantContext, id: string, input: z.output<typeof riskUpdate>) {
  const current = await lockRisk(ctx, id);
  if (!current) throw notFound('risk');
  const before = await describeRisk(ctx, id);
  if (current.version !== input.version) throw versionConflict('risk');
  const threat = input.threatCode !== undefined ? threatOf(input.threatCode) : undefined;
  const { matrix } = await loadRiskConfig(ctx);
  const values = {
    likelihood: input.likelihood ?? current.likelihood,
    impact: input.impact ?? current.impact,
    treatment: input.treatment === undefined ? (current.treatment as Treatment | null) : input.treatment,
    treatmentRationale: input.treatmentRationale === undefined ? current.treatmentRationale : input.treatmentRationale?.trim() || null,
    residualLikelihood: input.residualLikelihood === undefined ? current.residualLikelihood : input.residualLikelihood,
    residualImpact: input.residualImpact === undefined ? current.residualImpact : input.residualImpact,
  };
  const scores = scoreValues(matrix, values);
  const acceptedLevelChanged = (scores.residualLevel ?? scores.level) !== (current.residualLevel ?? current.level);
  const wasAccepted = current.status === 'accepted';
  let status: RiskStatus = wasAccepted && acceptedLevelChanged ? 'open' : (current.status as RiskStatus);
  status = input.status ?? statusFor(values.treatment, status);
  if (acceptedLevelChanged || (wasAccepted && status !== 'accepted' && status !== 'closed')) await withdrawOpenAcceptances(ctx, id);
  const changes: RiskChanges = {
    ...(threat !== undefined ? { threatCode: threat?.code ?? null } : {}),
    ...pick(input, ['title', 'cause', 'event', 'consequence', 'threatOrigin']),
    ...(input.aspects ? { aspects: [...new Set(input.aspects)] } : {}),
    ...values,
    ...scores,
    status,
    acceptedUntil: status === 'accepted' ? current.acceptedUntil : null,
  };
  if (!(await updateRiskVersioned(ctx, id, input.version, changes))) throw versionConflict('risk');
  if (scores.level !== current.level || scores.residualLevel !== current.residualLevel || status !== current.status) {
    await recordLevels(ctx, [{ riskId: id, level: scores.level, residualLevel: scores.residualLevel, status }]);
  }
  const after = await describeRisk(ctx, id);
  await recordAudit(ctx, { action: 'risk.updated', entityType: 'risk', entityId: id, before: auditView(before), after: auditView(after) });
  return after;
}

function pick<T extends object, K extends keyof T>(input: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => input[key] !== undefined).map((key) => [key, input[key]])) as Partial<Pick<T, K>>;
}

/** A reduction action in the shared action model, on the analysed object (or none for a process or unit). */
export async function addRiskAction(ctx: TenantContext, riskId: string, input: z.output<typeof riskActionCreate>) {
  const risk = await lockRisk(ctx, riskId);
  if (!risk) throw notFound('risk');
  if (risk.status === 'closed') throw new DomainError(409, 'risk_closed', 'A closed risk gets no new actions');
  const row = await findRisk(ctx, riskId);
  return createAction(ctx, { objectId: row!.objectId, riskId, source: 'risk' }, input);
}

/** What the audit log keeps of a risk: its content and decisions, not the caller's capabilities. */
export function auditView(risk: RiskDetail) {
  const { capabilities, actions, acceptances, actionCount, overdueActions, ...rest } = risk;
  return rest;
}
