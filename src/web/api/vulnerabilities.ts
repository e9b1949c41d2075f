import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Problem } from '../../shared/schemas/common';
import type {
  FindingDetail,
  findingList,
  FindingSeverity,
  FindingStatus,
  ScanDetail,
  ScanFormat,
  scanList,
  scanScopeList,
} from '../../shared/schemas/vulnerability';
import { api, ApiError, currentCsrfToken } from './client';

export type ScanList = z.infer<typeof scanList>;
export type ScanScope = z.infer<typeof scanScopeList>['items'][number];
export type FindingList = z.infer<typeof findingList>;
export type FindingSummary = FindingList['items'][number];
export type { FindingDetail, ScanDetail };

/** Every list and detail of the module starts with this key, so one invalidation refreshes them all. */
const root = 'vulnerabilities';

export const scanScopesQuery = queryOptions({
  queryKey: [root, 'scopes'],
  queryFn: () => api.get<z.infer<typeof scanScopeList>>('/api/v1/scan-scopes'),
});

export interface ScanFilter {
  scope?: string;
  limit?: number;
  offset?: number;
}

/** A queued or running import changes by the second: lists holding one ask again. */
const stillWorking = (scan: ScanDetail) => scan.status === 'queued' || scan.status === 'running';
const pollMs = 1000;

export const scansQuery = (filter: ScanFilter) =>
  queryOptions({
    queryKey: [root, 'scans', filter],
    queryFn: () => api.get<ScanList>('/api/v1/scans', { ...filter }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(stillWorking) ? pollMs * 3 : false),
  });

/** One import; polled while it is queued or running, so its progress moves on screen. */
export const scanQuery = (id: string) =>
  queryOptions({
    queryKey: [root, 'scan', id],
    queryFn: () => api.get<ScanDetail>(`/api/v1/scans/${id}`),
    refetchInterval: (query) => (query.state.data && stillWorking(query.state.data) ? pollMs : false),
  });

export interface FindingFilter {
  scope?: string;
  asset?: string;
  severity?: FindingSeverity;
  status?: FindingStatus;
  limit?: number;
  offset?: number;
}

export const findingsQuery = (filter: FindingFilter) =>
  queryOptions({
    queryKey: [root, 'findings', filter],
    queryFn: () => api.get<FindingList>('/api/v1/findings', { ...filter }),
    placeholderData: keepPreviousData,
  });

export const findingQuery = (id: string) =>
  queryOptions({ queryKey: [root, 'finding', id], queryFn: () => api.get<FindingDetail>(`/api/v1/findings/${id}`) });

export const vulnerabilityQueryKey = [root];

export interface ScanUploadInput {
  file: File;
  scope: string;
  /** Left out: the server detects the format from the content. */
  format?: ScanFormat;
}

function problemOf(request: XMLHttpRequest): Problem | null {
  if (!(request.getResponseHeader('content-type') ?? '').includes('json')) return null;
  try {
    const body = JSON.parse(request.responseText) as Partial<Problem>;
    return typeof body.code === 'string' ? ({ type: 'about:blank', title: '', status: request.status, ...body } as Problem) : null;
  } catch {
    return null;
  }
}

/**
 * Sends a scanner report as multipart (scope and format before the file, so the server has them
 * when the file starts streaming). XMLHttpRequest rather than fetch because only it reports how
 * much of a large upload has gone: `onProgress` gets the share sent, 0–1.
 */
export function uploadScan(input: ScanUploadInput, onProgress: (share: number) => void): Promise<{ id: string }> {
  const form = new FormData();
  form.append('scope', input.scope);
  if (input.format) form.append('format', input.format);
  form.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/scans');
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, null, null));
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve(JSON.parse(request.responseText) as { id: string });
      else reject(new ApiError(request.status, problemOf(request), null));
    };
    request.send(form);
  });
}
