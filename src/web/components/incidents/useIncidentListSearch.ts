import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { z } from 'zod';
import { incidentStatuses } from '../../../shared/incident/taxonomy';

export const incidentPageSize = 50;

const text = z.preprocess((value) => (value === undefined || value === null ? undefined : String(value)), z.string().optional());

/** The register's filters in the address, so a view can be linked and reloaded; garbage is ignored. */
export const incidentListSearch = z.object({
  q: text,
  status: z.enum(incidentStatuses).optional().catch(undefined),
  severity: z.number().int().min(1).max(4).optional().catch(undefined),
  significant: z.boolean().optional().catch(undefined),
  personal: z.boolean().optional().catch(undefined),
  /** The org unit whose subtree's incidents are listed. */
  unit: z.uuid().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type IncidentListSearch = z.infer<typeof incidentListSearch>;

/** `update` changes some filters and returns to page one; the text search is written to `q` after a short pause. */
export function useIncidentListSearch(search: IncidentListSearch) {
  const navigate = useNavigate();
  const [textValue, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const update = (changes: Partial<IncidentListSearch>) =>
    void navigate({ to: '/incidents', search: ((old: IncidentListSearch) => ({ ...old, page: undefined, ...changes })) as never, replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);
  const changeText = (value: string) => {
    setText(value);
    updateText(value);
  };
  return { page, update, text: textValue, changeText, paging: { limit: incidentPageSize, offset: (page - 1) * incidentPageSize } };
}
