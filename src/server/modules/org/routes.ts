import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.js';
import { orgUnit, orgUnitClose, orgUnitCreate, orgUnitUpdate } from '../../../shared/schemas/org.js';
import { defineRoute, type RequestContext } from '../../http/route.js';
import { notFound } from '../../http/domainError.js';
import { findOrgUnit, listOrgUnits, toOrgUnit } from './queries.js';
import { closeOrgUnit, createOrgUnit, reopenOrgUnit, updateOrgUnit } from './service.js';

const tags = ['Organisation'];

/** An org unit's own place in the tree is what its permissions are checked against. */
export async function unitTarget(ctx: RequestContext, id: string) {
  const unit = await findOrgUnit(ctx, id);
  return unit ? ({ kind: 'orgUnit', path: unit.path } as const) : null;
}

export const orgRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/org-units',
    summary: 'List the org units the caller may see (flat; parentId builds the tree)',
    tags,
    access: { permission: 'org.read', target: 'reach' },
    response: z.array(orgUnit),
    handler: async (ctx) => (await listOrgUnits(ctx, ctx.reach('org.read'))).map(toOrgUnit),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/org-units/:id',
    summary: 'One org unit',
    tags,
    access: { permission: 'org.read', target: (ctx, { params }) => unitTarget(ctx, params.id) },
    params: idParams,
    response: orgUnit,
    handler: async (ctx, { params }) => {
      const unit = await findOrgUnit(ctx, params.id);
      if (!unit) throw notFound('org unit');
      return toOrgUnit(unit);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/org-units',
    summary: 'Create an org unit under a parent',
    tags,
    access: { permission: 'org.manage', target: (ctx, { body }) => unitTarget(ctx, body.parentId) },
    body: orgUnitCreate,
    response: orgUnit,
    status: 201,
    handler: (ctx, { body }) => createOrgUnit(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/org-units/:id',
    summary: 'Rename, retype or move an org unit',
    tags,
    access: { permission: 'org.manage', target: (ctx, { params }) => unitTarget(ctx, params.id) },
    params: idParams,
    body: orgUnitUpdate,
    response: orgUnit,
    handler: (ctx, { params, body }) => updateOrgUnit(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/org-units/:id/close',
    summary: 'Close an empty org unit (kept for history)',
    tags,
    access: { permission: 'org.manage', target: (ctx, { params }) => unitTarget(ctx, params.id) },
    params: idParams,
    body: orgUnitClose,
    response: orgUnit,
    handler: (ctx, { params, body }) => closeOrgUnit(ctx, params.id, body.version),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/org-units/:id/reopen',
    summary: 'Reopen a closed org unit',
    tags,
    access: { permission: 'org.manage', target: (ctx, { params }) => unitTarget(ctx, params.id) },
    params: idParams,
    body: orgUnitClose,
    response: orgUnit,
    handler: (ctx, { params, body }) => reopenOrgUnit(ctx, params.id, body.version),
  }),
];
