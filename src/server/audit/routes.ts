import { auditPage, auditQuery } from '../../shared/schemas/audit.js';
import { defineRoute } from '../http/route.js';
import { listAuditEvents } from './auditLog.js';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-events',
    summary: 'The audit trail, newest first, filtered by person, entity and time',
    tags: ['Audit'],
    access: { permission: 'audit.read', target: 'tenant' },
    query: auditQuery,
    response: auditPage,
    handler: (ctx, { query }) => listAuditEvents(ctx, query),
  }),
];
