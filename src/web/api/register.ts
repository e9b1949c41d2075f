import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Classification } from '../../shared/schemas/classification';
import type {
  informationSetCreate,
  informationSetUpdate,
  informationTypeCreate,
  informationTypeUpdate,
  integrationCreate,
  InformationSetSummary,
  InformationType,
  ObjectCreate,
  ObjectDetail,
  objectProfileUpdate,
  objectRoleCreate,
  ObjectSummary,
  objectUpdate,
  SystemSummary,
  systemCreate,
  systemUpdate,
} from '../../shared/schemas/register';
import { api, apiRequest, queryString, type QueryParams } from './client';

export type { InformationSetSummary, InformationType, ObjectDetail, ObjectSummary, SystemSummary };

export interface ListPage<T> {
  total: number;
  items: T[];
}

export interface ObjectFilter extends QueryParams {
  q?: string;
  orgUnitId?: string;
  status?: ObjectSummary['state'];
  critical?: boolean;
  needsReview?: boolean;
  limit?: number;
  offset?: number;
}

export interface SystemFilter extends QueryParams {
  q?: string;
  objectId?: string;
  orgUnitId?: string;
  hosting?: SystemSummary['hosting'];
  limit?: number;
  offset?: number;
}

export interface InformationSetFilter extends QueryParams {
  q?: string;
  objectId?: string;
  orgUnitId?: string;
  status?: 'draft' | 'in_review' | 'approved' | 'expired' | 'none';
  personalData?: boolean;
  limit?: number;
  offset?: number;
}

/** The filters of a list, without paging: the export gives every row that matches. */
const withoutPaging = ({ limit: _limit, offset: _offset, ...filter }: QueryParams) => filter;

export const objectsQuery = (filter: ObjectFilter) =>
  queryOptions({
    queryKey: ['objects', 'list', filter],
    queryFn: () => api.get<ListPage<ObjectSummary>>('/api/v1/objects', filter),
    placeholderData: keepPreviousData,
  });
export const objectQuery = (id: string) => queryOptions({ queryKey: ['objects', 'one', id], queryFn: () => api.get<ObjectDetail>(`/api/v1/objects/${id}`) });
export const objectsExportUrl = (filter: ObjectFilter) => `/api/v1/objects/export.xlsx${queryString(withoutPaging(filter))}`;
export const objectReportUrl = (id: string) => `/api/v1/objects/${id}/report.pdf`;

export const createObject = (input: ObjectCreate) => api.post<ObjectDetail>('/api/v1/objects', input);
export const updateObject = (id: string, input: z.input<typeof objectUpdate>) => api.patch<ObjectDetail>(`/api/v1/objects/${id}`, input);
export const setObjectProfile = (id: string, input: z.input<typeof objectProfileUpdate>) => apiRequest<ObjectDetail>('PUT', `/api/v1/objects/${id}/profile`, input);
export const addObjectRole = (id: string, input: z.input<typeof objectRoleCreate>) => api.post<ObjectDetail>(`/api/v1/objects/${id}/roles`, input);
export const removeObjectRole = (id: string, assignmentId: string) => api.delete<ObjectDetail>(`/api/v1/objects/${id}/roles/${assignmentId}`);

export const systemsQuery = (filter: SystemFilter) =>
  queryOptions({
    queryKey: ['systems', 'list', filter],
    queryFn: () => api.get<ListPage<SystemSummary>>('/api/v1/systems', filter),
    placeholderData: keepPreviousData,
  });
export const systemsExportUrl = (filter: SystemFilter) => `/api/v1/systems/export.xlsx${queryString(withoutPaging(filter))}`;
export const createSystem = (input: z.input<typeof systemCreate>) => api.post<SystemSummary>('/api/v1/systems', input);
export const updateSystem = (id: string, input: z.input<typeof systemUpdate>) => api.patch<SystemSummary>(`/api/v1/systems/${id}`, input);
export const addIntegration = (id: string, input: z.input<typeof integrationCreate>) => api.post<SystemSummary>(`/api/v1/systems/${id}/integrations`, input);
export const removeIntegration = (id: string, integrationId: string) => api.delete<SystemSummary>(`/api/v1/systems/${id}/integrations/${integrationId}`);

export const informationSetsQuery = (filter: InformationSetFilter) =>
  queryOptions({
    queryKey: ['informationSets', 'list', filter],
    queryFn: () => api.get<ListPage<InformationSetSummary>>('/api/v1/information-sets', filter),
    placeholderData: keepPreviousData,
  });
export const informationSetQuery = (id: string) =>
  queryOptions({ queryKey: ['informationSets', 'one', id], queryFn: () => api.get<InformationSetSummary>(`/api/v1/information-sets/${id}`) });
export const classificationHistoryQuery = (setId: string) =>
  queryOptions({ queryKey: ['informationSets', 'classifications', setId], queryFn: () => api.get<Classification[]>(`/api/v1/information-sets/${setId}/classifications`) });
export const informationSetsExportUrl = (filter: InformationSetFilter) => `/api/v1/information-sets/export.xlsx${queryString(withoutPaging(filter))}`;
export const createInformationSet = (input: z.input<typeof informationSetCreate>) => api.post<InformationSetSummary>('/api/v1/information-sets', input);
export const updateInformationSet = (id: string, input: z.input<typeof informationSetUpdate>) => api.patch<InformationSetSummary>(`/api/v1/information-sets/${id}`, input);

export const informationTypesQuery = queryOptions({ queryKey: ['informationTypes'], queryFn: () => api.get<InformationType[]>('/api/v1/information-types') });
export const createInformationType = (input: z.input<typeof informationTypeCreate>) => api.post<InformationType>('/api/v1/information-types', input);
export const updateInformationType = (id: string, input: z.input<typeof informationTypeUpdate>) => api.patch<InformationType>(`/api/v1/information-types/${id}`, input);

/**
 * After any change to the register: lists, details, derived profiles and action plans can all
 * move together (a new set flags the others for review, a raise regenerates the plan).
 */
export async function refreshRegister(queryClient: QueryClient): Promise<void> {
  await Promise.all(
    ['objects', 'systems', 'informationSets', 'informationTypes', 'actionPlans', 'coverage'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
  );
}
