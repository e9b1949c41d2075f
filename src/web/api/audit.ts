import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AuditEvent } from '../../shared/schemas/audit';
import { api } from './client';

export type { AuditEvent };

export interface AuditFilter {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  /** ISO 8601 with offset. */
  from?: string;
  to?: string;
}

interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

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
