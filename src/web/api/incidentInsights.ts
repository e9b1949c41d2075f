import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DeadlineListItem, IncidentSettings, incidentSettingsUpdate, publicIncidentReport, StatsRows, StatsSeries, StatsTimes } from '../../shared/schemas/incident';
import { api, queryString } from './client';

/** Every open legal deadline of the incidents in the caller's reach. */
export const incidentDeadlinesQuery = queryOptions({
  queryKey: ['incidentDeadlines'],
  queryFn: () => api.get<{ items: DeadlineListItem[] }>('/api/v1/incident-deadlines'),
});

export type StatsGrouping = 'type' | 'category' | 'cause' | 'orgUnit' | 'severity';
export type StatsPeriod = 'month' | 'quarter';
/** ISO instants: `from` inclusive, `to` exclusive. */
export interface StatsRange {
  from: string;
  to: string;
}

// The figures of the previous choice stay on screen while the next ones load, so the charts do not jump.
export const incidentStatsQuery = (groupBy: StatsGrouping, range: StatsRange) =>
  queryOptions({
    queryKey: ['incidentStats', 'rows', groupBy, range],
    queryFn: () => api.get<StatsRows>('/api/v1/incidents/stats', { groupBy, ...range }),
    placeholderData: keepPreviousData,
  });

export const incidentStatsSeriesQuery = (groupBy: StatsGrouping, period: StatsPeriod, range: StatsRange) =>
  queryOptions({
    queryKey: ['incidentStats', 'series', groupBy, period, range],
    queryFn: () => api.get<StatsSeries>('/api/v1/incidents/stats/series', { groupBy, period, ...range }),
    placeholderData: keepPreviousData,
  });

export const incidentStatsTimesQuery = (range: StatsRange) =>
  queryOptions({
    queryKey: ['incidentStats', 'times', range],
    queryFn: () => api.get<StatsTimes>('/api/v1/incidents/stats/times', { ...range }),
    placeholderData: keepPreviousData,
  });

/** The statistics of the period as a workbook (in the signed-in person's language). */
export const incidentStatsXlsxUrl = (range: StatsRange) => `/api/v1/incidents/stats.xlsx${queryString({ ...range })}`;

// The version is shared with the tenant's other settings, which do not re-read this one after a save: read it afresh on each visit.
export const incidentSettingsQuery = queryOptions({
  queryKey: ['incidentSettings'],
  queryFn: () => api.get<IncidentSettings>('/api/v1/incident-settings'),
  staleTime: 0,
});

export const updateIncidentSettings = (input: z.input<typeof incidentSettingsUpdate>) => api.patch<IncidentSettings>('/api/v1/incident-settings', input);

/** What the public report page may know before anyone reports: whose link it is. */
export interface PublicReportTarget {
  organisation: string;
}

const publicReportPath = (token: string) => `/api/v1/public/incident-reports/${encodeURIComponent(token)}`;

export const publicReportTargetQuery = (token: string) =>
  queryOptions({
    queryKey: ['publicReport', token],
    queryFn: () => api.get<PublicReportTarget>(publicReportPath(token)),
    staleTime: Infinity,
  });

export type PublicIncidentReport = z.input<typeof publicIncidentReport>;

/** Sends a report through the public link; answers with the incident's number ("2026-0042"). */
export const sendPublicReport = (token: string, report: PublicIncidentReport) => api.post<{ number: string }>(publicReportPath(token), report);
