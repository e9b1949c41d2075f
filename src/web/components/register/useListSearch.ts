import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

/** The register list pages whose filters live in the address (so a filtered list can be shared and reloaded). */
type ListPath = '/objects' | '/systems' | '/information-sets' | '/risks';

export const listPageSize = 50;

/**
 * Filter state of a register list page kept in its search params: `update` replaces some params and
 * goes back to the first page; the free-text search is typed locally and written to `q` after a pause.
 */
export function useListSearch<Search extends { q?: string; page?: number }>(to: ListPath, search: Search) {
  const navigate = useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const page = search.page ?? 1;
  const update = (changes: Partial<Search>) =>
    // Each list route has its own search type; the caller's `Search` is that route's.
    void navigate({ to, search: ((old: Search) => ({ ...old, page: undefined, ...changes })) as never, replace: true });
  const updateText = useDebouncedCallback((q: string) => update({ q: q.trim() || undefined } as Partial<Search>), 300);
  const changeText = (value: string) => {
    setText(value);
    updateText(value);
  };
  return { page, update, text, changeText, paging: { limit: listPageSize, offset: (page - 1) * listPageSize } };
}
