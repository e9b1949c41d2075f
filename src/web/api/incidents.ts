import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DeadlineRegime, DeadlineStage } from '../../shared/incident/deadlines';
import type { IncidentStatus } from '../../shared/incident/taxonomy';
import type {
  DeadlineSubmission,
  IncidentCreate,
  IncidentDetail,
  IncidentList,
  IncidentSummary,
  IncidentUpdate,
  incidentTaskCreate,
  incidentTaskUpdate,
  intermediateRequest,
  lessonAction,
  lessonRisk,
} from '../../shared/schemas/incident';
import type { RiskAnalysisSummary } from '../../shared/schemas/risk';
import { api, apiUpload, queryString } from './client';

export type { IncidentDetail, IncidentList, IncidentSummary };

export interface IncidentFilter {
  q?: string;
  status?: IncidentStatus;
  severity?: number;
  significant?: boolean;
  personalData?: boolean;
  orgUnitId?: string;
  mine?: boolean;
  limit?: number;
  offset?: number;
}

/** The register (the incident roles see everything in reach) or, with `mine`, the caller's own reports. */
export const incidentsQuery = (filter: IncidentFilter) =>
  queryOptions({
    queryKey: ['incidents', 'list', filter],
    queryFn: () => api.get<IncidentList>('/api/v1/incidents', { ...filter }),
    placeholderData: keepPreviousData,
  });

export const incidentQuery = (id: string) =>
  queryOptions({ queryKey: ['incidents', 'detail', id], queryFn: () => api.get<IncidentDetail>(`/api/v1/incidents/${id}`) });

const base = (id: string) => `/api/v1/incidents/${id}`;

export const reportIncident = (input: IncidentCreate) => api.post<IncidentDetail>('/api/v1/incidents', input);
export const updateIncident = (id: string, input: IncidentUpdate) => api.patch<IncidentDetail>(base(id), input);
export const moveIncident = (id: string, input: { version: number; status: IncidentStatus; note?: string }) => api.post<unknown>(`${base(id)}/transition`, input);
export const addIncidentNote = (id: string, note: string) => api.post<unknown>(`${base(id)}/notes`, { note });
export const addIncidentTask = (id: string, input: z.input<typeof incidentTaskCreate>) => api.post<unknown>(`${base(id)}/tasks`, input);
export const updateIncidentTask = (id: string, taskId: string, input: z.input<typeof incidentTaskUpdate>) => api.patch<unknown>(`${base(id)}/tasks/${taskId}`, input);

/** The file goes as the raw body; the server sniffs its type and refuses what is too large. */
export const uploadIncidentAttachment = (id: string, file: File) => apiUpload<unknown>(`${base(id)}/attachments${queryString({ fileName: file.name })}`, file);
export const incidentAttachmentUrl = (id: string, attachmentId: string) => `${base(id)}/attachments/${attachmentId}`;

export const submitDeadline = (id: string, input: DeadlineSubmission) => api.post<unknown>(`${base(id)}/deadlines/submit`, input);
export const requestIntermediateReport = (id: string, input: z.input<typeof intermediateRequest>) => api.post<unknown>(`${base(id)}/intermediate-requests`, input);

export const reportDrafts = ['csirt_early_warning', 'csirt_notification', 'csirt_final_report', 'imy_notification'] as const;
export type ReportDraft = (typeof reportDrafts)[number];
export const reportDraftUrl = (id: string, draft: ReportDraft, format: 'pdf' | 'docx') => `${base(id)}/report-drafts/${draft}${queryString({ format })}`;

export const createLessonRisk = (id: string, input: z.input<typeof lessonRisk>) => api.post<{ id: string }>(`${base(id)}/lessons/risk`, input);
export const createLessonAction = (id: string, input: z.input<typeof lessonAction>) => api.post<{ id: string }>(`${base(id)}/lessons/action`, input);

/** Risk analyses of one object, for "Skapa risk" from a lesson learned. */
export const objectAnalysesQuery = (objectId: string) =>
  queryOptions({
    queryKey: ['riskAnalyses', 'list', { objectId, limit: 100 }],
    queryFn: () => api.get<{ total: number; items: RiskAnalysisSummary[] }>('/api/v1/risk-analyses', { objectId, limit: 100 }),
  });

export type DeadlineKey = { regime: DeadlineRegime; stage: DeadlineStage; seq: number };
