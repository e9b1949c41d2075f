import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../notify';

/** Unit names appear in people, role assignments and the person's own grants: refresh them all. */
export function refreshOrgData(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [['org-units'], ['people'], ['role-assignments'], ['me']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** A write to the org tree: refreshes what it touches, says so, then calls `onDone`. */
export function useOrgMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
  successMessage: string,
  onDone: (result: TResult) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      await refreshOrgData(queryClient);
      notifySuccess(successMessage);
      onDone(result);
    },
  });
}
