import { z } from 'zod';
import { locales } from '../../../shared/locales.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { action, actionListQuery, actionPage, actionPlan, actionUpdate, manualActionCreate } from '../../../shared/schemas/actions.js';
import { idParams } from '../../../shared/schemas/common.js';
import { DomainError } from '../../http/domainError.js';
import { defineRoute } from '../../http/route.js';
import { objectTarget } from '../objects/profileQueries.js';
import { findOrgUnit } from '../org/queries.js';
import { actionPlanWorkbook } from './actionPlanExport.js';
import { searchActions } from './queries.js';
import { actionTarget } from './targets.js';
import { createManualAction, getActionPlan, updateAction } from './service.js';

const tags = ['Action plans'];


export const actionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/objects/:id/action-plan',
    summary: "An object's handlingsplan: the requirements its profile calls for, self-assessed, with a summary",
    tags,
    access: { permission: 'register.read', target: (ctx, { params }) => objectTarget(ctx, params.id) },
    params: idParams,
    response: actionPlan,
    handler: (ctx, { params }) => getActionPlan(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/objects/:id/action-plan.xlsx',
    summary: "An object's handlingsplan as an XLSX workbook",
    tags,
    access: { permission: 'register.read', target: (ctx, { params }) => objectTarget(ctx, params.id) },
    params: idParams,
    query: z.strictObject({ lang: z.enum(locales).default('sv') }),
    download: true,
    handler: async (ctx, { params, query }) => actionPlanWorkbook(await getActionPlan(ctx, params.id), query.lang),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/objects/:id/actions',
    summary: "Add an action by hand to an object's plan",
    tags,
    access: { permission: 'actions.manage', target: (ctx, { params }) => objectTarget(ctx, params.id) },
    params: idParams,
    body: manualActionCreate,
    response: action,
    status: 201,
    handler: (ctx, { params, body }) => createManualAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/actions/:id',
    summary: 'Self-assess and follow up an action: assessment, how, owner, due date, status',
    tags,
    access: { permission: 'actions.manage', target: (ctx, { params }) => actionTarget(ctx, params.id) },
    params: idParams,
    body: actionUpdate,
    response: action,
    handler: (ctx, { params, body }) => updateAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/actions',
    summary: 'Applicable actions across the objects the caller may see (e.g. everything overdue in a unit)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: actionListQuery,
    response: actionPage,
    handler: async (ctx, { query }) => {
      let orgUnitPath: string | undefined;
      if (query.orgUnitId) {
        const unit = await findOrgUnit(ctx, query.orgUnitId);
        if (!unit) throw new DomainError(422, 'reference_not_found', 'The org unit does not exist');
        orgUnitPath = unit.path;
      }
      return searchActions(ctx, { ...query, orgUnitPath }, ctx.reach('register.read'), todayInStockholm());
    },
  }),
];
