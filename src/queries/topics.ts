// queryOptions factories for topics: the hot topics, a topic and its stories page by page, with the keys they own.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { sourceOf } from './client';

export const topicKeys = {
  hot: ['hot-topics'] as const,
  detail: (slug: string) => ['topic', slug] as const,
  stories: (slug: string) => ['topic', slug, 'stories'] as const,
};

export const hotTopicsQuery = () =>
  queryOptions({
    queryKey: topicKeys.hot,
    queryFn: ({ client, signal }) => sourceOf(client).fetchHotTopics({ signal }),
    staleTime: 10 * 60_000,
  });

export const topicQuery = (slug: string) =>
  queryOptions({
    queryKey: topicKeys.detail(slug),
    queryFn: ({ client, signal }) => sourceOf(client).fetchTopic(slug, { signal }),
    staleTime: 10 * 60_000,
  });

/** A topic's stories, newest first, a page at a time (like the archive). */
export const topicStoriesQuery = (slug: string) =>
  infiniteQueryOptions({
    queryKey: topicKeys.stories(slug),
    queryFn: ({ client, pageParam, signal }) => sourceOf(client).fetchTopicStories(slug, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 5 * 60_000,
  });
