// Hover or focus on a story link starts fetching that story through articleQuery, so opening it shows no loading state.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { articleQuery } from '../queries/article';

export function usePrefetchStory(): (slug: string) => void {
  const queryClient = useQueryClient();
  // queryClient.query is the current prefetchQuery: a fresh cached story is not fetched again; failures are ignored.
  return useCallback((slug: string) => void queryClient.query(articleQuery(slug)).catch(() => undefined), [queryClient]);
}
