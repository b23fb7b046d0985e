// queryOptions factories for a story and its similar stories, with the keys they own.
import { queryOptions } from '@tanstack/react-query';
import { sourceOf } from './client';

export const storyKeys = {
  all: ['story'] as const,
  detail: (slug: string) => ['story', slug] as const,
  similar: (slug: string) => ['story', slug, 'similar'] as const,
};

/**
 * A story the cache holds is never fetched again by the cache (not on mount, reconnect, prefetch or in a loader): the
 * text under the reader changes only when they ask. Newer versions are checked for and offered by useStoryUpdates
 * (src/routes/story), which checks at once on a return to a story kept from an earlier visit.
 */
export const storyQuery = (slug: string) =>
  queryOptions({
    queryKey: storyKeys.detail(slug),
    queryFn: ({ client, signal }) => sourceOf(client).fetchStory(slug, { signal }),
    staleTime: 'static',
  });

export const similarQuery = (slug: string) =>
  queryOptions({
    queryKey: storyKeys.similar(slug),
    queryFn: ({ client, signal }) => sourceOf(client).fetchSimilar(slug, { signal }),
    staleTime: 5 * 60_000,
  });
