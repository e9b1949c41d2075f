import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Locale } from '../../shared/locales';
import type { RiskStatus, Treatment } from '../../shared/risk/analysis';
import type { RiskLevel } from '../../shared/risk/matrix';
import type { ThreatOrigin } from '../../shared/risk/threatOrigins';
import type { HeatMap, Risk, RiskTrend, riskSorts } from '../../shared/schemas/risk';
import { api, queryString } from './client';

export type { HeatMap, Risk, RiskTrend };
export type RiskSort = (typeof riskSorts)[number];

/** The register's filters (GET /api/v1/risks, its heat map, trend and export all take them). */
export interface RiskRegisterFilter {
  q?: string;
  level?: RiskLevel;
  residualLevel?: RiskLevel;
  treatment?: Treatment | 'none';
  status?: RiskStatus | 'acceptance_expired';
  ownerId?: string;
  orgUnitId?: string;
  threatOrigin?: ThreatOrigin;
  overdueActions?: boolean;
}

export interface RiskRegisterPage {
  sort?: RiskSort;
  limit?: number;
  offset?: number;
}

/** Only the filters, as query parameters: the heat map and trend refuse unknown ones (sort, paging). */
const filterParams = ({ q, level, residualLevel, treatment, status, ownerId, orgUnitId, threatOrigin, overdueActions }: RiskRegisterFilter) => ({
  q,
  level,
  residualLevel,
  treatment,
  status,
  ownerId,
  orgUnitId,
  threatOrigin,
  // The server reads "true"/"false"; leave it out when off so links stay short.
  overdueActions: overdueActions || undefined,
});

export const riskRegisterQuery = (filter: RiskRegisterFilter, page: RiskRegisterPage = {}) =>
  queryOptions({
    queryKey: ['risks', 'register', filter, page],
    queryFn: () => api.get<{ total: number; items: Risk[] }>('/api/v1/risks', { ...filterParams(filter), ...page }),
    placeholderData: keepPreviousData,
  });

export const riskHeatMapQuery = (filter: RiskRegisterFilter) =>
  queryOptions({
    queryKey: ['risks', 'heatmap', filter],
    queryFn: () => api.get<HeatMap>('/api/v1/risks/heatmap', filterParams(filter)),
    placeholderData: keepPreviousData,
  });

export const riskTrendQuery = (filter: RiskRegisterFilter) =>
  queryOptions({
    queryKey: ['risks', 'trend', filter],
    queryFn: () => api.get<RiskTrend>('/api/v1/risks/trend', filterParams(filter)),
    placeholderData: keepPreviousData,
  });

/** The XLSX of every risk the filters match (no paging), with headings in `lang`. */
export const riskRegisterExportUrl = (filter: RiskRegisterFilter, lang: Locale) => `/api/v1/risks.xlsx${queryString({ ...filterParams(filter), lang })}`;
