import { queryOptions } from '@tanstack/react-query';
import type { Classification, ClassificationDraft } from '../../shared/schemas/classification';
import type { InformationSetSummary, InformationType, ObjectDetail } from '../../shared/schemas/register';
import { api } from './client';

export type { Classification, InformationSetSummary, InformationType, ObjectDetail };

/** The fields a guided draft sends; PATCH adds the version it was based on. */
export type ClassificationInput = Pick<ClassificationDraft, 'answers' | 'reasons' | 'handlingLabel' | 'mayInvolveNationalSecurity'>;

export const informationSetQuery = (setId: string) =>
  queryOptions({ queryKey: ['informationSets', setId], queryFn: () => api.get<InformationSetSummary>(`/api/v1/information-sets/${setId}`) });

/** Every classification of a set, newest first: the open one to resume, or the last approved one to start from. */
export const classificationHistoryQuery = (setId: string) =>
  queryOptions({
    queryKey: ['informationSets', setId, 'classifications'],
    queryFn: () => api.get<Classification[]>(`/api/v1/information-sets/${setId}/classifications`),
  });

export const informationTypesQuery = queryOptions({
  queryKey: ['informationTypes'],
  queryFn: () => api.get<InformationType[]>('/api/v1/information-types'),
  staleTime: 60_000,
});

export const objectDetailQuery = (objectId: string) =>
  queryOptions({ queryKey: ['objects', objectId], queryFn: () => api.get<ObjectDetail>(`/api/v1/objects/${objectId}`) });

export const referralsQuery = queryOptions({
  queryKey: ['classificationReferrals'],
  queryFn: () => api.get<Classification[]>('/api/v1/classification-referrals'),
});

export const startClassification = (setId: string, input: ClassificationInput) =>
  api.post<Classification>(`/api/v1/information-sets/${setId}/classifications`, input);
export const updateClassification = (id: string, input: ClassificationInput & { version: number }) => api.patch<Classification>(`/api/v1/classifications/${id}`, input);

export type ClassificationTransition = 'submit' | 'approve' | 'return' | 'approve-lowering';
export const transitionClassification = (id: string, transition: ClassificationTransition, version: number) =>
  api.post<Classification>(`/api/v1/classifications/${id}/${transition}`, { version });

export const answerReferral = (id: string, version: number, note: string) => api.post<Classification>(`/api/v1/classifications/${id}/referral-answer`, { version, note });
