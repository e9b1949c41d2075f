import { idParams } from '../../../shared/schemas/common.js';
import { informationSetCreate, informationSetList, informationSetListQuery, informationSetSummary, informationSetUpdate } from '../../../shared/schemas/register.js';
import type { TenantContext } from '../../db/context.js';
import { defineRoute } from '../../http/route.js';
import { objectTarget } from '../objects/profileQueries.js';
import { findSet } from './queries.js';
import { createSet, describeSet, listInformationSets, updateSet } from './service.js';

const tags = ['Register'];

/** An information set is checked against the object it belongs to. */
export async function setTarget(ctx: TenantContext, setId: string) {
  const row = await findSet(ctx, setId);
  return row ? objectTarget(ctx, row.set.objectId) : null;
}

export const informationSetRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/information-sets',
    summary: 'Information sets in the caller\'s reach (filters: q, objectId, orgUnitId, status, personalData)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: informationSetListQuery,
    response: informationSetList,
    handler: (ctx, { query }) => listInformationSets(ctx, query, ctx.reach('register.read')),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/information-sets/:id',
    summary: 'One information set with the classification that counts and any open one',
    tags,
    access: { permission: 'register.read', target: (ctx, { params }) => setTarget(ctx, params.id) },
    params: idParams,
    response: informationSetSummary,
    handler: (ctx, { params }) => describeSet(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/information-sets',
    summary: 'Add an information set to an object (its other sets are flagged for review)',
    tags,
    access: { permission: 'register.manage', target: (ctx, { body }) => objectTarget(ctx, body.objectId) },
    body: informationSetCreate,
    response: informationSetSummary,
    status: 201,
    handler: (ctx, { body }) => createSet(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/information-sets/:id',
    summary: 'Edit an information set (409 when the version is stale)',
    tags,
    access: { permission: 'register.manage', target: (ctx, { params }) => setTarget(ctx, params.id) },
    params: idParams,
    body: informationSetUpdate,
    response: informationSetSummary,
    handler: (ctx, { params, body }) => updateSet(ctx, params.id, body),
  }),
];
