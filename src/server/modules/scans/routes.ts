import { idParams } from '../../../shared/schemas/common.js';
import { scanAccepted, scanDetail, scanList, scanListQuery, scanScopeList } from '../../../shared/schemas/vulnerability.js';
import { defineRoute } from '../../http/route.js';
import { acceptScan, describeScan, listScans, listScopes } from './service.js';
import { receiveScanUpload, receivedScanUpload } from './upload.js';

const tags = ['Vulnerabilities'];
// Imports and findings are the tenant's: only tenant-wide roles see them until assets are linked to objects.
const reading = { permission: 'vulnerability.read', target: 'tenant' } as const;

export const scanRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/scans',
    summary: 'Upload a scanner report (multipart/form-data: file, scope, optional format) for import; answers 202 with the scan id',
    tags,
    access: { permission: 'vulnerability.import', target: 'tenant' },
    body: receivedScanUpload,
    receive: receiveScanUpload,
    response: scanAccepted,
    status: 202,
    handler: async (ctx, { body }) => {
      const accepted = await acceptScan(ctx, body);
      const queue = ctx.services.scanImports!.queue;
      // A scan whose job could not be sent stays queued and is sent when the import worker next starts.
      ctx.afterCommit(() => queue.enqueue({ tenantId: ctx.tenantId, scanId: accepted.id }).catch((error: unknown) => ctx.request.log.error({ err: error }, 'scan import job not sent')));
      return accepted;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/scans',
    summary: 'Recent imports, newest first, optionally of one scope',
    tags,
    access: reading,
    query: scanListQuery,
    response: scanList,
    handler: (ctx, { query }) => listScans(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/scans/:id',
    summary: 'One import: status, progress, what the report contained and what it changed in its scope',
    tags,
    access: reading,
    params: idParams,
    response: scanDetail,
    handler: (ctx, { params }) => describeScan(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/scan-scopes',
    summary: 'The scopes imports were made into, with their last import and open findings',
    tags,
    access: reading,
    response: scanScopeList,
    handler: (ctx) => listScopes(ctx),
  }),
];
