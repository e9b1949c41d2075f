import { queryOptions } from '@tanstack/react-query';
import type { MySurvey, ProposedRecipients, SurveyAnswer, SurveyCreate, SurveyResults, SurveySummary, SurveyUnitResult } from '../../shared/schemas/surveys';
import { api, apiRequest } from './client';

export type { MySurvey, ProposedRecipients, SurveyAnswer, SurveyCreate, SurveyResults, SurveySummary, SurveyUnitResult };

export const surveysQuery = queryOptions({ queryKey: ['surveys', 'list'], queryFn: () => api.get<SurveySummary[]>('/api/v1/surveys') });

export const proposedRecipientsQuery = queryOptions({
  queryKey: ['surveys', 'proposed-recipients'],
  queryFn: () => api.get<ProposedRecipients>('/api/v1/surveys/proposed-recipients'),
});

export const surveyResultsQuery = (id: string) =>
  queryOptions({ queryKey: ['surveys', 'results', id], queryFn: () => api.get<SurveyResults>(`/api/v1/surveys/${id}/results`) });

export const createSurvey = (input: SurveyCreate) => api.post<SurveySummary>('/api/v1/surveys', input);
export const closeSurvey = (id: string) => api.post<SurveySummary>(`/api/v1/surveys/${id}/close`);

export const mySurveysQuery = queryOptions({ queryKey: ['me', 'surveys'], queryFn: () => api.get<MySurvey[]>('/api/v1/me/surveys') });

export const answerSurvey = (recipientId: string, answer: SurveyAnswer) =>
  apiRequest<MySurvey>('PUT', `/api/v1/me/surveys/${recipientId}/answer`, answer);
