import { queryOptions } from '@tanstack/react-query';
import type { OrgUnit, OrgUnitCreate, OrgUnitUpdate } from '../../shared/schemas/org';
import { api } from './client';

export type { OrgUnit };

export const orgUnitsQuery = queryOptions({
  queryKey: ['org-units'],
  queryFn: () => api.get<OrgUnit[]>('/api/v1/org-units'),
});

export const createOrgUnit = (input: OrgUnitCreate) => api.post<OrgUnit>('/api/v1/org-units', input);
export const updateOrgUnit = (id: string, input: OrgUnitUpdate) => api.patch<OrgUnit>(`/api/v1/org-units/${id}`, input);
export const closeOrgUnit = (id: string, version: number) => api.post<OrgUnit>(`/api/v1/org-units/${id}/close`, { version });
export const reopenOrgUnit = (id: string, version: number) => api.post<OrgUnit>(`/api/v1/org-units/${id}/reopen`, { version });
