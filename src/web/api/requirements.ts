import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CatalogueFormat, CatalogueImportResult, Requirement, RequirementCreate, RequirementPage, RequirementUpdate } from '../../shared/schemas/requirements';
import type { Aspect } from '../../shared/classification/aspects';
import type { Modality, Nis2Measure } from '../../shared/actions';
import { api, apiUpload, queryString } from './client';

export type { Requirement };

export interface RequirementFilter {
  q?: string;
  aspect?: Aspect;
  level?: number;
  modality?: Modality;
  nis2?: Nis2Measure;
  area?: string;
  includeRetired?: boolean;
  limit?: number;
  offset?: number;
}

export const requirementsQuery = (filter: RequirementFilter) =>
  queryOptions({
    queryKey: ['requirements', 'list', filter],
    queryFn: () => api.get<RequirementPage>('/api/v1/requirements', { ...filter, includeRetired: filter.includeRetired || undefined }),
    placeholderData: keepPreviousData,
  });

export const createRequirement = (input: RequirementCreate) => api.post<Requirement>('/api/v1/requirements', input);
export const updateRequirement = (id: string, input: RequirementUpdate) => api.patch<Requirement>(`/api/v1/requirements/${id}`, input);
export const retireRequirement = (requirement: Requirement, retire: boolean) =>
  api.post<Requirement>(`/api/v1/requirements/${requirement.id}/${retire ? 'retire' : 'unretire'}`, { version: requirement.version });

export const catalogueExportUrl = (format: CatalogueFormat) => `/api/v1/requirements/export${queryString({ format })}`;
export const importCatalogue = (format: CatalogueFormat, file: Blob) => apiUpload<CatalogueImportResult>(`/api/v1/requirements/import${queryString({ format })}`, file);
