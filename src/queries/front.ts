// queryOptions factories for the front page and this week's most popular stories, with the keys they own.
import { queryOptions } from '@tanstack/react-query';
import { sourceOf } from './client';

export const frontKeys = { front: ['front'] as const };
export const popularKeys = { week: ['popular', 'week'] as const };

export const frontPageQuery = () =>
  queryOptions({
    queryKey: frontKeys.front,
    queryFn: ({ client, signal }) => sourceOf(client).fetchFrontPage({ signal }),
    staleTime: 60_000,
  });

export const popularQuery = () =>
  queryOptions({
    queryKey: popularKeys.week,
    queryFn: ({ client, signal }) => sourceOf(client).fetchPopular({ signal }),
    staleTime: 5 * 60_000,
  });
