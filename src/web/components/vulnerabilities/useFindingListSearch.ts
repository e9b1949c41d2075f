import { useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { findingSeverities, findingStatuses } from '../../../shared/schemas/vulnerability';
import type { FindingFilter } from '../../api/vulnerabilities';

export const findingPageSize = 50;

/** The findings list's filters in the address, so a view can be linked and reloaded; garbage is ignored. */
export const findingListSearch = z.object({
  scope: z.uuid().optional().catch(undefined),
  asset: z.uuid().optional().catch(undefined),
  severity: z.enum(findingSeverities).optional().catch(undefined),
  status: z.enum(findingStatuses).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type FindingListSearch = z.infer<typeof findingListSearch>;

/** The API filter of a search, with its page turned into limit and offset. */
export function findingFilterOf(search: FindingListSearch): FindingFilter {
  const page = search.page ?? 1;
  return { scope: search.scope, asset: search.asset, severity: search.severity, status: search.status, limit: findingPageSize, offset: (page - 1) * findingPageSize };
}

/** `update` changes some filters and returns to page one. */
export function useFindingListSearch(search: FindingListSearch) {
  const navigate = useNavigate();
  const update = (changes: Partial<FindingListSearch>) =>
    void navigate({ to: '/vulnerabilities/findings', search: ((old: FindingListSearch) => ({ ...old, page: undefined, ...changes })) as never, replace: true });
  return { page: search.page ?? 1, update, setPage: (page: number) => update({ page }) };
}
