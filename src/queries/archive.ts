// infiniteQueryOptions factories for the cursor-paged lists: the news archive and search results.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchArchivePage, fetchSearchPage } from '../api/content';
import { archiveKeys, searchKeys } from './keys';

// Every loaded page stays cached (no maxPages), so returning to a list finds the reader's place intact.
export const archiveQuery = (before: string | null) =>
  infiniteQueryOptions({
    queryKey: archiveKeys.list(before),
    queryFn: ({ pageParam, signal }) => fetchArchivePage(before, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Refetching would re-request every loaded page in turn; the archive changes slowly.
    staleTime: 10 * 60_000,
  });

export const searchQuery = (query: string) =>
  infiniteQueryOptions({
    queryKey: searchKeys.results(query),
    queryFn: ({ pageParam, signal }) => fetchSearchPage(query, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 5 * 60_000,
  });
