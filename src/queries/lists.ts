// queryOptions factories for the front page, the week's most popular, the hot topics and topic pages.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchFrontPage, fetchHotTopics, fetchPopular, fetchTopic, fetchTopicStories } from '../api/content';
import { listKeys, topicKeys } from './keys';

export const frontPageQuery = () =>
  queryOptions({
    queryKey: listKeys.front,
    queryFn: ({ signal }) => fetchFrontPage({ signal }),
    staleTime: 60_000,
  });

export const popularQuery = () =>
  queryOptions({
    queryKey: listKeys.popular,
    queryFn: ({ signal }) => fetchPopular({ signal }),
    staleTime: 5 * 60_000,
  });

export const hotTopicsQuery = () =>
  queryOptions({
    queryKey: listKeys.hotTopics,
    queryFn: ({ signal }) => fetchHotTopics({ signal }),
    staleTime: 10 * 60_000,
  });

export const topicQuery = (slug: string) =>
  queryOptions({
    queryKey: topicKeys.detail(slug),
    queryFn: ({ signal }) => fetchTopic(slug, { signal }),
    staleTime: 10 * 60_000,
  });

/** A topic's stories, newest first, a page at a time (like the archive). */
export const topicStoriesQuery = (slug: string) =>
  infiniteQueryOptions({
    queryKey: topicKeys.stories(slug),
    queryFn: ({ pageParam, signal }) => fetchTopicStories(slug, { cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 5 * 60_000,
  });
