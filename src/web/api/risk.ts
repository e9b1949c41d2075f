import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AnalysisStatus } from '../../shared/risk/analysis';
import type { Threat } from '../../shared/risk/threatCatalogue';
import type { Action } from '../../shared/schemas/actions';
import type {
  RiskAccept,
  RiskActionCreate,
  RiskAnalysisCreate,
  RiskAnalysisDetail,
  RiskAnalysisSummary,
  RiskAnalysisUpdate,
  RiskCreate,
  RiskDetail,
  RiskSettings,
  RiskUpdate,
} from '../../shared/schemas/risk';
import type { AnalysisTrigger } from '../../shared/risk/analysis';
import { api } from './client';

export type { RiskAnalysisDetail, RiskAnalysisSummary, RiskDetail, RiskSettings, Threat };

/** The tenant's matrix, acceptance rules and intervals; every risk page reads it for labels and colours. */
export const riskSettingsQuery = queryOptions({
  queryKey: ['riskSettings'],
  queryFn: () => api.get<RiskSettings>('/api/v1/risk-settings'),
  staleTime: 5 * 60_000,
});

/** The built-in threat catalogue in both languages; it never changes while the app runs. */
export const threatsQuery = queryOptions({
  queryKey: ['threats'],
  queryFn: () => api.get<{ items: Threat[] }>('/api/v1/threats'),
  staleTime: Infinity,
});

export interface RiskAnalysisFilter {
  q?: string;
  status?: AnalysisStatus;
  orgUnitId?: string;
  objectId?: string;
  riskOwnerId?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

export const riskAnalysesQuery = (filter: RiskAnalysisFilter) =>
  queryOptions({
    queryKey: ['riskAnalyses', 'list', filter],
    queryFn: () => api.get<{ total: number; items: RiskAnalysisSummary[] }>('/api/v1/risk-analyses', { ...filter, overdue: filter.overdue || undefined }),
    placeholderData: keepPreviousData,
  });

export const riskAnalysisQuery = (id: string) =>
  queryOptions({ queryKey: ['riskAnalyses', 'detail', id], queryFn: () => api.get<RiskAnalysisDetail>(`/api/v1/risk-analyses/${id}`) });

export const createRiskAnalysis = (input: RiskAnalysisCreate) => api.post<RiskAnalysisDetail>('/api/v1/risk-analyses', input);
export const updateRiskAnalysis = (id: string, input: RiskAnalysisUpdate) => api.patch<RiskAnalysisDetail>(`/api/v1/risk-analyses/${id}`, input);
export const requestReview = (id: string, input: { version: number; trigger: AnalysisTrigger }) =>
  api.post<RiskAnalysisDetail>(`/api/v1/risk-analyses/${id}/review`, input);

export const createRisk = (analysisId: string, input: RiskCreate) => api.post<RiskDetail>(`/api/v1/risk-analyses/${analysisId}/risks`, input);

export const riskQuery = (id: string) => queryOptions({ queryKey: ['risks', 'detail', id], queryFn: () => api.get<RiskDetail>(`/api/v1/risks/${id}`) });

export const updateRisk = (id: string, input: RiskUpdate) => api.patch<RiskDetail>(`/api/v1/risks/${id}`, input);
export const acceptRisk = (id: string, input: RiskAccept) => api.post<RiskDetail>(`/api/v1/risks/${id}/accept`, input);
export const createRiskAction = (id: string, input: RiskActionCreate) => api.post<Action>(`/api/v1/risks/${id}/actions`, input);
