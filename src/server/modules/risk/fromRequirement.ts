import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Aspect } from '../../../shared/classification/aspects.js';
import type { Profile } from '../../../shared/classification/profile.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { aspectFailureEvents, canDraftRisk, draftRiskMinLevel } from '../../../shared/risk/fromRequirement.js';
import type { TenantContext } from '../../db/context.js';
import { riskAnalyses, risks } from '../../db/schema/index.js';
import { DomainError, notFound } from '../../http/domainError.js';
import { findActionView, toAction } from '../actions/queries.js';
import { loadObjectProfiles } from '../objects/profileQueries.js';
import { createRiskAnalysis } from './analysisService.js';
import { loadRiskConfig } from './config.js';
import { createRisk } from './riskService.js';

/** The object's analysis still being worked on, else a new planned one for the drafts. */
async function openAnalysisOf(ctx: TenantContext, objectId: string): Promise<string> {
  const [open] = await ctx.tx
    .select({ id: riskAnalyses.id })
    .from(riskAnalyses)
    .where(and(eq(riskAnalyses.tenantId, ctx.tenantId), eq(riskAnalyses.objectId, objectId), inArray(riskAnalyses.status, ['planned', 'in_progress', 'done'])))
    .orderBy(desc(riskAnalyses.createdAt))
    .limit(1);
  if (open) return open.id;
  const created = await createRiskAnalysis(ctx, { objectId, purpose: 'Risker från handlingsplanens ej uppfyllda krav' });
  return created.id;
}

/**
 * Turns an unmet requirement into a draft risk in the object's open analysis: the unmet
 * requirement is the cause, the failure of its most sensitive aspect the event.
 */
export async function draftRiskFromAction(ctx: TenantContext, actionId: string) {
  const row = await findActionView(ctx, actionId);
  if (!row?.objectId) throw notFound('action');
  const action = toAction(row, todayInStockholm());
  const profiles = await loadObjectProfiles(ctx, action.objectId!);
  const profile = profiles!.profile as Profile;
  if (!canDraftRisk(action, profile)) {
    throw new DomainError(422, 'not_a_risk_candidate', `Only a requirement assessed "not met" on an aspect classified at level ${draftRiskMinLevel} or more becomes a risk`);
  }
  const [existing] = await ctx.tx
    .select({ id: risks.id })
    .from(risks)
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.sourceActionId, actionId), ne(risks.status, 'closed')));
  if (existing) throw new DomainError(409, 'risk_already_drafted', `This requirement already has a risk (${existing.id})`);
  const worst = [...action.aspects].sort((a: Aspect, b: Aspect) => profile[b] - profile[a])[0]!;
  const { matrix } = await loadRiskConfig(ctx);
  const analysisId = await openAnalysisOf(ctx, action.objectId!);
  return createRisk(
    ctx,
    analysisId,
    {
      title: `Ej uppfyllt: ${action.requirementCode} ${action.requirementTitleSv ?? action.title}`,
      cause: `kravet ${action.requirementCode} (${action.requirementTitleSv ?? action.title}) inte är uppfyllt`,
      event: aspectFailureEvents[worst].sv,
      consequence: `skada för verksamheten och enskilda motsvarande klassningsnivå ${profile[worst]} för ${worst}`,
      threatOrigin: 'organisational',
      aspects: action.aspects.filter((aspect) => profile[aspect] >= draftRiskMinLevel),
      // A first guess for the analysis to revise: medium likelihood, impact from the classification level.
      likelihood: Math.min(2, matrix.likelihood.length),
      impact: Math.max(1, Math.min(profile[worst], matrix.impact.length)),
    },
    actionId,
  );
}
