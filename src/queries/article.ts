// queryOptions factories for a story and its similar-stories list.
import { queryOptions } from '@tanstack/react-query';
import { fetchArticle, fetchSimilar } from '../api/content';
import { articleKeys } from './keys';

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: ({ signal }) => fetchArticle(slug, { signal }),
    staleTime: 60_000,
  });

export const similarQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKeys.similar(slug),
    queryFn: ({ signal }) => fetchSimilar(slug, { signal }),
    staleTime: 5 * 60_000,
  });
