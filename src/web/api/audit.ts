import { infiniteQueryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditChainReport, AuditEvent, auditPage, auditQuery } from '../../shared/schemas/audit';
import { api } from './client';

export type { AuditEvent };

/** The filters the page sets (times are ISO 8601 with offset); paging is the query's own. */
export type AuditFilter = Omit<z.input<typeof auditQuery>, 'before' | 'limit'>;
type AuditPage = z.infer<typeof auditPage>;

export const auditEventsQuery = (filter: AuditFilter, pageSize = 50) =>
  infiniteQueryOptions({
    queryKey: ['audit-events', filter, pageSize],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/api/v1/audit-events', { ...filter, before: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Entity types the audit log records today. */
export const auditEntityTypes = ['org_unit', 'person', 'role_assignment', 'api_token', 'account', 'session', 'tenant'] as const;

/** Re-checks the whole hash chain on the server each time it is fetched (never cached). */
export const auditChainQuery = {
  queryKey: ['audit-chain'],
  queryFn: () => api.get<AuditChainReport>('/api/v1/audit-chain'),
  staleTime: 0,
  gcTime: 0,
};
