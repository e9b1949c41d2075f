import { auditChainReport, auditPage, auditQuery } from '../../shared/schemas/audit.js';
import { defineRoute } from '../http/route.js';
import { listAuditEvents, verifyTenantChain } from './auditLog.js';

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
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-chain',
    summary: "Check the organisation's audit hash chain: intact, or the first edited or removed event",
    tags: ['Audit'],
    access: { permission: 'audit.read', target: 'tenant' },
    response: auditChainReport,
    handler: async (ctx) => {
      const report = await verifyTenantChain(ctx.tx, ctx.tenantId);
      return { events: report.events, checkedAt: new Date().toISOString(), intact: report.firstBreak === null, firstBreak: report.firstBreak };
    },
  }),
];
