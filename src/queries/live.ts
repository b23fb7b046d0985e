// queryOptions for live coverage: the newest page of a live story's posts (the page's start; polls go through src/api).
import { queryOptions } from '@tanstack/react-query';
import { POSTS_PAGE_SIZE } from '../api/post';
import { sourceOf } from './client';

export const liveKeys = {
  all: ['live'] as const,
  newest: (slug: string) => ['live', slug, 'newest'] as const,
};

/**
 * The newest posts with the ETag and interval to poll from. Never refetched by the cache: once the page holds it,
 * the poll (`?after=`) brings only what changed, also after a return to the story within the cache's lifetime.
 */
export const newestPostsQuery = (slug: string) =>
  queryOptions({
    queryKey: liveKeys.newest(slug),
    queryFn: ({ client, signal }) => sourceOf(client).fetchNewestPosts(slug, POSTS_PAGE_SIZE, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
