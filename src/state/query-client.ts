import { QueryClient } from '@tanstack/react-query';

/**
 * Query client for local data: IndexedDB needs no network, so queries and mutations run
 * offline (`networkMode: 'always'`), and nothing refetches on focus (other tabs' writes arrive
 * through the storage-change subscription instead).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
