import { queryOptions } from '@tanstack/react-query';
import type { RoleCode } from '../../shared/roles';
import type { RoleAssignment, RoleAssignmentCreate } from '../../shared/schemas/roles';
import { api } from './client';

export type { RoleAssignment };

export interface RoleAssignmentFilter {
  personId?: string;
  role?: RoleCode;
}

export const roleAssignmentsQuery = (filter: RoleAssignmentFilter) =>
  queryOptions({
    queryKey: ['role-assignments', filter],
    queryFn: () => api.get<RoleAssignment[]>('/api/v1/role-assignments', { ...filter }),
  });

export const assignRole = (input: RoleAssignmentCreate) => api.post<RoleAssignment>('/api/v1/role-assignments', input);
export const revokeRole = (id: string) => api.delete(`/api/v1/role-assignments/${id}`);
