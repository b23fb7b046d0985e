// Search results, a page at a time, with the keys they own.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { sourceOf } from './client';

export const searchKeys = {
  results: (query: string) => ['search', query] as const,
};

export const searchQuery = (query: string) =>
  infiniteQueryOptions({
    queryKey: searchKeys.results(query),
    queryFn: ({ client, pageParam, signal }) => sourceOf(client).fetchSearchPage(query, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 5 * 60_000,
  });
