import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { EmploymentStatus } from '../../shared/orgUnitTypes';
import type { Person, PersonCreate, PersonUpdate } from '../../shared/schemas/people';
import { api } from './client';

export type { Person };

export interface PeopleFilter {
  q?: string;
  orgUnitId?: string;
  subtree?: boolean;
  status?: EmploymentStatus;
  limit?: number;
  offset?: number;
}

export interface PeoplePage {
  items: Person[];
  total: number;
}

export const peopleQuery = (filter: PeopleFilter) =>
  queryOptions({
    queryKey: ['people', 'list', filter],
    queryFn: () =>
      api.get<PeoplePage>('/api/v1/people', {
        ...filter,
        subtree: filter.orgUnitId ? (filter.subtree ?? true) : undefined,
      }),
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) =>
  queryOptions({ queryKey: ['people', 'one', id], queryFn: () => api.get<Person>(`/api/v1/people/${id}`) });

export const createPerson = (input: PersonCreate) => api.post<Person>('/api/v1/people', input);
export const updatePerson = (id: string, input: PersonUpdate) => api.patch<Person>(`/api/v1/people/${id}`, input);
