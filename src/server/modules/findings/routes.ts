import { idParams } from '../../../shared/schemas/common.js';
import { findingDetail, findingList, findingListQuery } from '../../../shared/schemas/vulnerability.js';
import { defineRoute } from '../../http/route.js';
import { describeFinding, listFindings } from './service.js';

const tags = ['Vulnerabilities'];
// Findings are the tenant's: only tenant-wide roles see them until assets are linked to objects.
const reading = { permission: 'vulnerability.read', target: 'tenant' } as const;

export const findingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/findings',
    summary: 'Findings, most severe and most recently seen first; filter by scope, asset, severity and status (several allowed)',
    tags,
    access: reading,
    query: findingListQuery,
    response: findingList,
    handler: (ctx, { query }) => listFindings(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/findings/:id',
    summary: 'One finding with its history: first and last seen, and every status change with the import or person behind it',
    tags,
    access: reading,
    params: idParams,
    response: findingDetail,
    handler: (ctx, { params }) => describeFinding(ctx, params.id),
  }),
];
