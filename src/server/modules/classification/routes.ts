import { z } from 'zod';
import { classification, classificationDraft, classificationTransition, classificationUpdate, referralAnswer } from '../../../shared/schemas/classification.js';
import { idParams } from '../../../shared/schemas/common.js';
import type { TenantContext } from '../../db/context.js';
import { defineRoute } from '../../http/route.js';
import { setTarget } from '../informationSets/routes.js';
import { objectTarget } from '../objects/profileQueries.js';
import { findClassification } from './queries.js';
import {
  answerReferral,
  approveClassification,
  approveLowering,
  classificationHistory,
  describeClassification,
  referredClassifications,
  returnToDraft,
  startClassification,
  submitClassification,
  updateClassification,
} from './service.js';

const tags = ['Classification'];

/** A classification is checked against the object its information set belongs to. */
async function classificationTarget(ctx: TenantContext, id: string) {
  const found = await findClassification(ctx, id);
  return found ? objectTarget(ctx, found.objectId) : null;
}
const byId = (ctx: TenantContext, { params }: { params: { id: string } }) => classificationTarget(ctx, params.id);

const transitionRoute = (action: string, summary: string, permission: 'classification.edit' | 'classification.approveLowering', run: (ctx: TenantContext, id: string, version: number) => Promise<z.infer<typeof classification>>) =>
  defineRoute({
    method: 'POST',
    url: `/api/v1/classifications/:id/${action}`,
    summary,
    tags,
    access: { permission, target: byId },
    params: idParams,
    body: classificationTransition,
    response: classification,
    handler: (ctx, { params, body }) => run(ctx, params.id, body.version),
  });

export const classificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/information-sets/:id/classifications',
    summary: 'Every classification of an information set, newest first',
    tags,
    access: { permission: 'register.read', target: (ctx, { params }) => setTarget(ctx, params.id) },
    params: idParams,
    response: z.array(classification),
    handler: (ctx, { params }) => classificationHistory(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/information-sets/:id/classifications',
    summary: 'Start classifying an information set (guided answers; the worst answer decides each aspect)',
    tags,
    access: { permission: 'classification.edit', target: (ctx, { params }) => setTarget(ctx, params.id) },
    params: idParams,
    body: classificationDraft,
    response: classification,
    status: 201,
    handler: (ctx, { params, body }) => startClassification(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/classifications/:id',
    summary: 'One classification with its answers, reasons and what the caller may do next',
    tags,
    access: { permission: 'register.read', target: byId },
    params: idParams,
    response: classification,
    handler: (ctx, { params }) => describeClassification(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/classifications/:id',
    summary: 'Change an open classification (409 when the version is stale)',
    tags,
    access: { permission: 'classification.edit', target: byId },
    params: idParams,
    body: classificationUpdate,
    response: classification,
    handler: (ctx, { params, body }) => updateClassification(ctx, params.id, body),
  }),
  transitionRoute('submit', 'Send a draft for review by the informationsägare (Utkast → Granskas)', 'classification.edit', submitClassification),
  transitionRoute('approve', 'Approve (Fastställd): only the informationsägare or their delegate', 'classification.edit', approveClassification),
  transitionRoute('return', 'Send a classification in review back to draft', 'classification.edit', returnToDraft),
  transitionRoute('approve-lowering', 'Approve levels below the organisation-wide information type (the CISO)', 'classification.approveLowering', approveLowering),
  defineRoute({
    method: 'GET',
    url: '/api/v1/classification-referrals',
    summary: 'Classifications referred to the säkerhetsskyddschef (level 4 or possible national-security information)',
    tags,
    access: { permission: 'classification.referrals', target: 'reach' },
    response: z.array(classification),
    handler: (ctx) => referredClassifications(ctx, ctx.reach('classification.referrals')),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/classifications/:id/referral-answer',
    summary: 'The säkerhetsskyddschef records how a referred case is handled',
    tags,
    access: { permission: 'classification.referrals', target: byId },
    params: idParams,
    body: referralAnswer,
    response: classification,
    handler: (ctx, { params, body }) => answerReferral(ctx, params.id, body),
  }),
];
