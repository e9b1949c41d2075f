import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ActionStatus } from '../../shared/actions';
import type { Locale } from '../../shared/locales';
import type { Action, ActionPage, ActionPlan, ActionUpdate, ManualActionCreate } from '../../shared/schemas/actions';
import { api, queryString } from './client';

export type { Action, ActionPage, ActionPlan };

export const actionPlanQuery = (objectId: string) =>
  queryOptions({ queryKey: ['actionPlans', objectId], queryFn: () => api.get<ActionPlan>(`/api/v1/objects/${objectId}/action-plan`) });

export const actionPlanExportUrl = (objectId: string, lang: Locale) => `/api/v1/objects/${objectId}/action-plan.xlsx${queryString({ lang })}`;

export const updateAction = (id: string, input: ActionUpdate) => api.patch<Action>(`/api/v1/actions/${id}`, input);
/** An unmet requirement becomes a draft risk in the object's open analysis (answers the new risk's id). */
export const draftRiskFromAction = (id: string) => api.post<{ id: string }>(`/api/v1/actions/${id}/draft-risk`, {});
export const createManualAction = (objectId: string, input: ManualActionCreate) => api.post<Action>(`/api/v1/objects/${objectId}/actions`, input);

export interface ActionFilter {
  objectId?: string;
  orgUnitId?: string;
  status?: ActionStatus;
  overdue?: boolean;
  ownerId?: string;
  limit?: number;
  offset?: number;
}

/** Applicable actions across the objects the person may see, e.g. everything overdue in a förvaltning. */
export const actionsQuery = (filter: ActionFilter) =>
  queryOptions({
    queryKey: ['actionPlans', 'list', filter],
    queryFn: () => api.get<ActionPage>('/api/v1/actions', { ...filter, overdue: filter.overdue || undefined }),
    placeholderData: keepPreviousData,
  });
