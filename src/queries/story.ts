// queryOptions factories for a story and its similar stories, with the keys they own.
import { queryOptions } from '@tanstack/react-query';
import { sourceOf } from './client';

export const storyKeys = {
  all: ['story'] as const,
  detail: (slug: string) => ['story', slug] as const,
  similar: (slug: string) => ['story', slug, 'similar'] as const,
};

export const storyQuery = (slug: string) =>
  queryOptions({
    queryKey: storyKeys.detail(slug),
    queryFn: ({ client, signal }) => sourceOf(client).fetchStory(slug, { signal }),
    staleTime: 60_000,
  });

export const similarQuery = (slug: string) =>
  queryOptions({
    queryKey: storyKeys.similar(slug),
    queryFn: ({ client, signal }) => sourceOf(client).fetchSimilar(slug, { signal }),
    staleTime: 5 * 60_000,
  });
