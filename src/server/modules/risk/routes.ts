import { z } from 'zod';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { threatCatalogue } from '../../../shared/risk/threatCatalogue.js';
import { action } from '../../../shared/schemas/actions.js';
import { idParams } from '../../../shared/schemas/common.js';
import {
  heatMap,
  riskAccept,
  riskActionCreate,
  riskAnalysisCreate,
  riskAnalysisDetail,
  riskAnalysisList,
  riskAnalysisListQuery,
  riskAnalysisReview,
  riskAnalysisUpdate,
  riskCreate,
  riskDetail,
  riskFilterQuery,
  riskList,
  riskListQuery,
  riskTrend,
  riskUpdate,
} from '../../../shared/schemas/risk.js';
import { DomainError } from '../../http/domainError.js';
import { defineRoute } from '../../http/route.js';
import { actionTarget } from '../actions/targets.js';
import { acceptRisk } from './acceptanceService.js';
import { draftRiskFromAction } from './fromRequirement.js';
import { createRiskAnalysis, describeAnalysis, listRiskAnalyses, requestReview, resolveSubject, updateRiskAnalysis } from './analysisService.js';
import { riskHeatMap, riskRegister, riskLevelTrend } from './registerService.js';
import { addRiskAction, createRisk, describeRisk, updateRisk } from './riskService.js';
import { analysisTarget, riskTarget, subjectTarget } from './targets.js';

const tags = ['Risk analysis'];

function absentAsNull(error: unknown): null {
  if (error instanceof DomainError && error.code === 'reference_not_found') return null;
  throw error;
}
const threatText = z.object({ title: z.string(), cause: z.string(), event: z.string(), consequence: z.string() });
const threatList = z.object({
  items: z.array(z.object({ code: z.string(), origin: z.string(), aspects: z.array(z.string()), sv: threatText, en: threatText })),
});

export const riskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/threats',
    summary: 'The threat catalogue risks can be picked from, in Swedish and English',
    tags,
    access: { permission: 'risk.read', target: 'reach' },
    response: threatList,
    handler: async () => ({ items: threatCatalogue.map((threat) => ({ ...threat, aspects: [...threat.aspects] })) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risk-analyses',
    summary: 'Risk analyses in reach, overdue first, with filters',
    tags,
    access: { permission: 'risk.read', target: 'reach' },
    query: riskAnalysisListQuery,
    response: riskAnalysisList,
    handler: (ctx, { query }) => listRiskAnalyses(ctx, query, ctx.reach('risk.read')),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/risk-analyses',
    summary: 'Start a risk analysis of an object, system, process or org unit (`{objectId, purpose}` is enough)',
    tags,
    // An object or unit of another tenant is as absent as a missing one: 404, before any other check.
    access: { permission: 'risk.manage', target: (ctx, { body }) => resolveSubject(ctx, body).then((subject) => subjectTarget(ctx, subject), absentAsNull) },
    body: riskAnalysisCreate,
    response: riskAnalysisDetail,
    status: 201,
    handler: (ctx, { body }) => createRiskAnalysis(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risk-analyses/:id',
    summary: 'One risk analysis with its risks',
    tags,
    access: { permission: 'risk.read', target: (ctx, { params }) => analysisTarget(ctx, params.id) },
    params: idParams,
    response: riskAnalysisDetail,
    handler: (ctx, { params }) => describeAnalysis(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/risk-analyses/:id',
    summary: 'Edit an analysis or move its status one step (planerad, pågår, klar, fastställd); 409 when stale',
    tags,
    access: { permission: 'risk.manage', target: (ctx, { params }) => analysisTarget(ctx, params.id) },
    params: idParams,
    body: riskAnalysisUpdate,
    response: riskAnalysisDetail,
    handler: (ctx, { params, body }) => updateRiskAnalysis(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/risk-analyses/:id/review',
    summary: 'Ask for a new analysis now because of a trigger (new integration, procurement, major incident)',
    tags,
    access: { permission: 'risk.manage', target: (ctx, { params }) => analysisTarget(ctx, params.id) },
    params: idParams,
    body: riskAnalysisReview,
    response: riskAnalysisDetail,
    handler: (ctx, { params, body }) => requestReview(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/risk-analyses/:id/risks',
    summary: 'Add a risk: cause, event, consequence, threat origin, likelihood and impact; answers with its score and level',
    tags,
    access: { permission: 'risk.manage', target: (ctx, { params }) => analysisTarget(ctx, params.id) },
    params: idParams,
    body: riskCreate,
    response: riskDetail,
    status: 201,
    handler: (ctx, { params, body }) => createRisk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks',
    summary: 'The risk register: risks in reach with filters, sorted and paged (closed risks only on request)',
    tags,
    access: { permission: 'risk.read', target: 'reach' },
    query: riskListQuery,
    response: riskList,
    handler: (ctx, { query }) => riskRegister(ctx, query, ctx.reach('risk.read')),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks/heatmap',
    summary: 'Inherent and residual heat map of the filtered register',
    tags,
    access: { permission: 'risk.read', target: 'reach' },
    query: riskFilterQuery,
    response: heatMap,
    handler: (ctx, { query }) => riskHeatMap(ctx, query, ctx.reach('risk.read')),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks/trend',
    summary: 'Risk levels over the last twelve months (month-end counts of risks not closed)',
    tags,
    access: { permission: 'risk.read', target: 'reach' },
    query: riskFilterQuery,
    response: riskTrend,
    handler: (ctx, { query }) => riskLevelTrend(ctx, query, ctx.reach('risk.read'), todayInStockholm()),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks/:id',
    summary: 'One risk with its treatment actions and acceptances',
    tags,
    access: { permission: 'risk.read', target: (ctx, { params }) => riskTarget(ctx, params.id) },
    params: idParams,
    response: riskDetail,
    handler: (ctx, { params }) => describeRisk(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/risks/:id',
    summary: 'Edit, re-score and treat a risk; a treatment needs a rationale; 409 when stale',
    tags,
    access: { permission: 'risk.manage', target: (ctx, { params }) => riskTarget(ctx, params.id) },
    params: idParams,
    body: riskUpdate,
    response: riskDetail,
    handler: (ctx, { params, body }) => updateRisk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/risks/:id/accept',
    summary: 'Accept the risk at its current level; 403 names the role needed when above your authority',
    tags,
    access: { permission: 'risk.accept', target: (ctx, { params }) => riskTarget(ctx, params.id) },
    params: idParams,
    body: riskAccept,
    response: riskDetail,
    handler: async (ctx, { params, body }) => {
      await acceptRisk(ctx, params.id, body);
      return describeRisk(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/actions/:id/draft-risk',
    summary: 'Turn a requirement assessed "ej uppfyllt" (aspect at level 2 or more) into a draft risk in the object\'s open analysis',
    tags,
    access: { permission: 'risk.manage', target: (ctx, { params }) => actionTarget(ctx, params.id) },
    params: idParams,
    response: riskDetail,
    status: 201,
    handler: (ctx, { params }) => draftRiskFromAction(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/risks/:id/actions',
    summary: "Add a reduction action to the risk (the shared action model; follow it up with PATCH /api/v1/actions/{id})",
    tags,
    access: { permission: 'risk.manage', target: (ctx, { params }) => riskTarget(ctx, params.id) },
    params: idParams,
    body: riskActionCreate,
    response: action,
    status: 201,
    handler: (ctx, { params, body }) => addRiskAction(ctx, params.id, body),
  }),
];
