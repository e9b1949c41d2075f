import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { AnalysisStatus } from '../../../shared/risk/analysis';

export const analysisPageSize = 50;

export interface AnalysisListSearch {
  q?: string;
  unit?: string;
  status?: AnalysisStatus;
  overdue?: boolean;
  objectId?: string;
  page?: number;
}

/**
 * The risk-analysis list's filters kept in the address (shareable, reloadable): `update` changes
 * some and returns to page one; the text search is written to `q` after a short pause.
 */
export function useAnalysisListSearch(search: AnalysisListSearch) {
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const update = (changes: Partial<AnalysisListSearch>) =>
    void navigate({ to: '/risk-analyses', search: ((old: AnalysisListSearch) => ({ ...old, page: undefined, ...changes })) as never, replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined }), 300);
  const changeText = (value: string) => {
    setText(value);
    updateText(value);
  };
  return { page, update, text, changeText, paging: { limit: analysisPageSize, offset: (page - 1) * analysisPageSize } };
}
