import { z } from 'zod';
import { coverageRow } from '../../../shared/schemas/coverage.js';
import { defineRoute } from '../../http/route.js';
import { coverageByUnit } from './queries.js';

export const coverageRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/coverage',
    summary: 'Classification coverage per org unit, rolled up the tree (valid, expired, incomplete, never) with action-plan fulfilment',
    tags: ['Coverage'],
    access: { permission: 'register.read', target: 'reach' },
    response: z.array(coverageRow),
    handler: (ctx) => coverageByUnit(ctx, ctx.reach('register.read')),
  }),
];
