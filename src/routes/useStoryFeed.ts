// The wiring every paged story list shares (archive, topic pages, search): an infinite query's stories in order, and
// the props StoryFeed needs to load more and to remember where the reader was.
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Summary } from '../api/summary';

/** What StoryFeed reads of an infinite query (TanStack Query's useInfiniteQuery result). */
interface PagedQuery<TItem> {
  data?: { pages: Array<{ items: TItem[] }> } | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/** `memoryName` names the list in the reader's scroll memory (per history entry). */
export function useStoryFeed<TItem extends Summary>(query: PagedQuery<TItem>, memoryName: string) {
  const location = useLocation();
  const stories = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const feed = {
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : null,
    onLoadMore: () => void query.fetchNextPage(),
    memoryKey: `${memoryName}:${location.key}`,
  };
  return { stories, feed };
}
