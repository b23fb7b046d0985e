// Search results, a page at a time, with the keys they own.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchSearchPage } from '../api/content';

export const searchKeys = {
  results: (query: string) => ['search', query] as const,
};

export const searchQuery = (query: string) =>
  infiniteQueryOptions({
    queryKey: searchKeys.results(query),
    queryFn: ({ pageParam, signal }) => fetchSearchPage(query, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 5 * 60_000,
  });
