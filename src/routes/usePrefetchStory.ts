// Hover or focus on a story link starts fetching that story through storyQuery, so opening it shows no loading state.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { storyQuery } from '../queries/story';

export function usePrefetchStory(): (slug: string) => void {
  const queryClient = useQueryClient();
  // queryClient.query is the current prefetchQuery: a fresh cached story is not fetched again; failures are ignored.
  return useCallback((slug: string) => void queryClient.query(storyQuery(slug)).catch(() => undefined), [queryClient]);
}
