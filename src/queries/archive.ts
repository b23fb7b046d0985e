// The news archive, a page at a time from a starting day, with the keys it owns.
import { infiniteQueryOptions } from '@tanstack/react-query';
import { sourceOf } from './client';

export const archiveKeys = {
  all: ['archive'] as const,
  /** One infinite list per starting day; `null` is the newest stories. */
  list: (before: string | null) => ['archive', { before }] as const,
};

// Every loaded page stays cached (no maxPages), so returning to a list finds the reader's place intact.
export const archiveQuery = (before: string | null) =>
  infiniteQueryOptions({
    queryKey: archiveKeys.list(before),
    queryFn: ({ client, pageParam, signal }) => sourceOf(client).fetchArchivePage(before, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Refetching would re-request every loaded page in turn; the archive changes slowly.
    staleTime: 10 * 60_000,
  });
