// Hover or focus on a story link starts fetching that story through storyQuery, so opening it shows no loading state;
// with the data saver on, nothing is fetched ahead of a tap.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { dataSaverOn } from '../lib/data-saver';
import { storyQuery } from '../queries/story';

export function usePrefetchStory(): (slug: string) => void {
  const queryClient = useQueryClient();
  // queryClient.query is the current prefetchQuery: a fresh cached story is not fetched again; failures are ignored.
  return useCallback(
    (slug: string) => {
      if (!dataSaverOn()) void queryClient.query(storyQuery(slug)).catch(() => undefined);
    },
    [queryClient],
  );
}
