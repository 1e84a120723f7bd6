import { QueryClient } from '@tanstack/react-query';
import { shouldRetryQuery, retryDelayFor } from '../queries/query-retry';

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryQuery,
        retryDelay: retryDelayFor,
        refetchOnWindowFocus: false,
      },
      // Writes are never resent blindly: a lost answer does not mean the store did nothing.
      mutations: { retry: false },
    },
  });
}
