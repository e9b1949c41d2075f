import type { z } from 'zod';
import type { Aspect } from '../../../shared/classification/aspects.js';
import type { IncidentCause } from '../../../shared/incident/taxonomy.js';
import type { ThreatOrigin } from '../../../shared/risk/threatOrigins.js';
import type { lessonAction, lessonRisk } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { and, eq } from 'drizzle-orm';
import { riskAnalyses } from '../../db/schema/index.js';
import { notFound } from '../../http/domainError.js';
import { createAction } from '../actions/service.js';
import { createRisk } from '../risk/riskService.js';
import { recordIncidentEvent } from './events.js';
import { incidentNumber, lockIncident, type IncidentRow } from './queries.js';
import { unprocessable } from './service.js';

/** What kind of threat the incident's cause was, in the risk method's terms. */
const threatOriginOfCause: Record<IncidentCause, ThreatOrigin> = {
  malicious_human: 'human_deliberate',
  non_malicious_human: 'human_accidental',
  system_failure: 'technology',
  natural_event: 'nature',
  unknown: 'organisational',
};

async function requireIncident(ctx: TenantContext, id: string): Promise<IncidentRow> {
  const incident = await lockIncident(ctx, id);
  if (!incident) throw notFound('incident');
  return incident;
}

/*
 * Lessons land where the incident struck: in an analysis of, or the handlingsplan of, an object
 * it affected. Handling the incident (incident.manage) is the authority for that; the incident
 * roles need no rights over the rest of the risk register or the action plans.
 */
function requireAffected(incident: IncidentRow, objectId: string | null, path: string, what: string) {
  if (!objectId || !incident.objectIds.includes(objectId)) {
    throw unprocessable(path, 'not_affected_by_incident', `${what} must belong to an object the incident affected`);
  }
}

/** A lesson learned becomes a risk in an affected object's analysis, with the incident's cause and aspects. */
export async function lessonToRisk(ctx: TenantContext, incidentId: string, input: z.output<typeof lessonRisk>) {
  const incident = await requireIncident(ctx, incidentId);
  const [analysis] = await ctx.tx.select({ objectId: riskAnalyses.objectId }).from(riskAnalyses).where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.id, input.analysisId)));
  if (!analysis) throw unprocessable('analysisId', 'reference_not_found', 'The risk analysis in analysisId does not exist');
  requireAffected(incident, analysis.objectId, 'analysisId', 'The risk analysis');
  const risk = await createRisk(ctx, input.analysisId, {
    title: input.title,
    cause: input.cause,
    event: input.event,
    consequence: input.consequence,
    threatOrigin: threatOriginOfCause[(incident.cause ?? 'unknown') as IncidentCause],
    aspects: incident.aspects as Aspect[],
    likelihood: input.likelihood,
    impact: input.impact,
  });
  await recordIncidentEvent(ctx, incidentId, { kind: 'lesson_risk', to: risk.id, note: risk.title });
  await recordAudit(ctx, { action: 'incident.lesson_risk', entityType: 'incident', entityId: incidentId, after: { number: incidentNumber(incident), riskId: risk.id } });
  return risk;
}

/** A lesson learned becomes an action in an object's handlingsplan, followed up like any other. */
export async function lessonToAction(ctx: TenantContext, incidentId: string, input: z.output<typeof lessonAction>) {
  const incident = await requireIncident(ctx, incidentId);
  requireAffected(incident, input.objectId, 'objectId', 'The object');
  const action = await createAction(ctx, { objectId: input.objectId, incidentId, source: 'incident' }, { title: input.title, ownerId: input.ownerId, dueDate: input.dueDate });
  await recordIncidentEvent(ctx, incidentId, { kind: 'lesson_action', to: action.id, note: action.title });
  await recordAudit(ctx, { action: 'incident.lesson_action', entityType: 'incident', entityId: incidentId, after: { number: incidentNumber(incident), actionId: action.id } });
  return action;
}
