import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.js';
import { objectCreate, objectDetail, objectList, objectListQuery, objectProfileUpdate, objectRoleCreate, objectUpdate } from '../../../shared/schemas/register.js';
import { defineRoute } from '../../http/route.js';
import { unitTarget } from '../org/routes.js';
import { objectTarget } from './profileQueries.js';
import { addObjectRole, createObject, describeObject, listObjects, removeObjectRole, setObjectProfile, updateObject } from './service.js';

const tags = ['Register'];
const byId = (ctx: Parameters<typeof objectTarget>[0], { params }: { params: { id: string } }) => objectTarget(ctx, params.id);

export const objectRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/objects',
    summary: 'Förvaltningsobjekt in the caller\'s reach, with profile and coverage state (filters: q, orgUnitId, status, critical, needsReview)',
    tags,
    access: { permission: 'register.read', target: 'reach' },
    query: objectListQuery,
    response: objectList,
    handler: (ctx, { query }) => listObjects(ctx, query, ctx.reach('register.read')),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/objects/:id',
    summary: 'One object with its profile, derived profile, information sets, systems and roles',
    tags,
    access: { permission: 'register.read', target: byId },
    params: idParams,
    response: objectDetail,
    handler: (ctx, { params }) => describeObject(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/objects',
    summary: 'Create a förvaltningsobjekt in an org unit, optionally naming its objektägare',
    tags,
    access: { permission: 'register.manage', target: (ctx, { body }) => unitTarget(ctx, body.orgUnitId) },
    body: objectCreate,
    response: objectDetail,
    status: 201,
    handler: (ctx, { body }) => createObject(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/objects/:id',
    summary: 'Edit an object (409 when the version is stale)',
    tags,
    access: { permission: 'register.manage', target: byId },
    params: idParams,
    body: objectUpdate,
    response: objectDetail,
    handler: (ctx, { params, body }) => updateObject(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/objects/:id/profile',
    summary: 'Raise the object\'s profile above the derived maximum with a reason, or clear the raise (profile null)',
    tags,
    access: { permission: 'register.manage', target: byId },
    params: idParams,
    body: objectProfileUpdate,
    response: objectDetail,
    handler: (ctx, { params, body }) => setObjectProfile(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/objects/:id/roles',
    summary: 'Give a person a role on this object (objektägare, informationsägare, förvaltningsledare, systemförvaltare, riskägare)',
    tags,
    access: { permission: 'register.manage', target: byId },
    params: idParams,
    body: objectRoleCreate,
    response: objectDetail,
    status: 201,
    handler: (ctx, { params, body }) => addObjectRole(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/objects/:id/roles/:assignmentId',
    summary: 'Remove a role held on this object',
    tags,
    access: { permission: 'register.manage', target: byId },
    params: z.strictObject({ id: z.uuid(), assignmentId: z.uuid() }),
    response: objectDetail,
    handler: (ctx, { params }) => removeObjectRole(ctx, params.id, params.assignmentId),
  }),
];
