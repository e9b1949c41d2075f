import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.js';
import { integrationCreate, systemCreate, systemList, systemListQuery, systemSummary, systemUpdate } from '../../../shared/schemas/register.js';
import type { TenantContext } from '../../db/context.js';
import { defineRoute } from '../../http/route.js';
import { objectTarget } from '../objects/profileQueries.js';
import { findSystem } from './queries.js';
import { addIntegration, createSystem, describeSystem, listSystemSummaries, removeIntegration, updateSystem } from './service.js';

const tags = ['Register'];

/** A system is checked against the object it belongs to. */
async function systemTarget(ctx: TenantContext, id: string) {
  const row = await findSystem(ctx, id);
  return row ? objectTarget(ctx, row.system.objectId) : null;
}

export const systemRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/systems',
    summary: 'IT systems in the caller\'s reach (filters: q, objectId, orgUnitId, hosting)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: systemListQuery,
    response: systemList,
    handler: (ctx, { query }) => listSystemSummaries(ctx, query, ctx.reach('register.read')),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/systems/:id',
    summary: 'One system with its derived profile, information sets and integrations',
    tags,
    access: { permission: 'register.read', target: (ctx, { params }) => systemTarget(ctx, params.id) },
    params: idParams,
    response: systemSummary,
    handler: (ctx, { params }) => describeSystem(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/systems',
    summary: 'Register an IT system under an object',
    tags,
    access: { permission: 'register.manage', target: (ctx, { body }) => objectTarget(ctx, body.objectId) },
    body: systemCreate,
    response: systemSummary,
    status: 201,
    handler: (ctx, { body }) => createSystem(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/systems/:id',
    summary: 'Edit a system; a new supplier, hosting or dependency flags its information for review',
    tags,
    access: { permission: 'register.manage', target: (ctx, { params }) => systemTarget(ctx, params.id) },
    params: idParams,
    body: systemUpdate,
    response: systemSummary,
    handler: (ctx, { params, body }) => updateSystem(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/systems/:id/integrations',
    summary: 'Add an integration (flags the system\'s information for review)',
    tags,
    access: { permission: 'register.manage', target: (ctx, { params }) => systemTarget(ctx, params.id) },
    params: idParams,
    body: integrationCreate,
    response: systemSummary,
    status: 201,
    handler: (ctx, { params, body }) => addIntegration(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/systems/:id/integrations/:integrationId',
    summary: 'Remove an integration',
    tags,
    access: { permission: 'register.manage', target: (ctx, { params }) => systemTarget(ctx, params.id) },
    params: z.strictObject({ id: z.uuid(), integrationId: z.uuid() }),
    response: systemSummary,
    handler: (ctx, { params }) => removeIntegration(ctx, params.id, params.integrationId),
  }),
];
