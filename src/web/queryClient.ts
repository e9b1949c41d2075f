import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';

/** Client errors (4xx) will not get better by asking again; server and network errors might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** `onUnauthenticated` runs when any request answers 401 because the session is gone. */
export function createAppQueryClient(onUnauthenticated: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'unauthenticated') onUnauthenticated();
  };
  return new QueryClient({
    // The session check itself (['me']) is answered by the route guard, which keeps the return path.
    // Only that exact key: ['me', 'tokens'] and the like are ordinary queries.
    queryCache: new QueryCache({
      onError: (error, query) => !(query.queryKey.length === 1 && query.queryKey[0] === 'me') && handle(error),
    }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
