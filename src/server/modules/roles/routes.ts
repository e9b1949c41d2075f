import { z } from 'zod';
import { idParams } from '../../../shared/schemas/common.js';
import { roleAssignment, roleAssignmentCreate, roleAssignmentQuery } from '../../../shared/schemas/roles.js';
import { defineRoute } from '../../http/route.js';
import { unitTarget } from '../org/routes.js';
import { findAssignment, listAssignments } from './queries.js';
import { assignRole, revokeRole } from './service.js';

const tags = ['Roles'];

export const roleRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/role-assignments',
    summary: 'Role assignments of the people the caller may see',
    tags,
    access: { permission: 'roles.read', target: 'reach' },
    query: roleAssignmentQuery,
    response: z.array(roleAssignment),
    handler: (ctx, { query }) => listAssignments(ctx, query, ctx.reach('roles.read')),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/role-assignments',
    summary: 'Give a person a role for the whole organisation or an org-unit subtree',
    tags,
    // Assigning needs roles.manage over the scope being granted.
    access: {
      permission: 'roles.manage',
      target: async (ctx, { body }) => (body.scopeType === 'org_unit' && body.orgUnitId ? unitTarget(ctx, body.orgUnitId) : { kind: 'tenant' }),
    },
    body: roleAssignmentCreate,
    response: roleAssignment,
    status: 201,
    handler: (ctx, { body }) => assignRole(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/role-assignments/:id',
    summary: 'Revoke a role assignment',
    tags,
    access: {
      permission: 'roles.manage',
      target: async (ctx, { params }) => {
        const row = await findAssignment(ctx, params.id);
        if (!row) return null;
        if (row.objectId && row.objectPath) return { kind: 'object', objectId: row.objectId, path: row.objectPath };
        return row.scopePath ? { kind: 'orgUnit', path: row.scopePath } : { kind: 'tenant' };
      },
    },
    params: idParams,
    handler: (ctx, { params }) => revokeRole(ctx, params.id),
  }),
];
