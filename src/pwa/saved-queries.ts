// Queries and mutations for saved stories (local Cache Storage, not the network).
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Story } from '../api/story';
import type { SavedStory } from './saved';
import { useContentSource } from '../queries/client';
import { savedKeys } from './saved-keys';

// Saved-story storage code loads when first used, not with every story page.
const savedStorage = () => import('./saved');

export const savedStoriesQuery = () =>
  queryOptions({
    queryKey: savedKeys.list,
    queryFn: async (): Promise<SavedStory[]> => (await savedStorage()).listSavedStories(),
    staleTime: Infinity,
  });
/** When "Download for offline" last ran and last reached its end. */
export const downloadRecordQuery = () =>
  queryOptions({ queryKey: savedKeys.download, queryFn: async () => (await import('./download')).readDownloadRecord(), staleTime: Infinity });
export const storageQuery = () =>
  queryOptions({ queryKey: savedKeys.storage, queryFn: async () => (await savedStorage()).storageEstimate(), staleTime: 0 });

interface Action<T> {
  run: (input: T) => void;
  isPending: boolean;
  error: Error | null;
  /** The input of the action in progress. */
  variables: T | null;
}

/**
 * A local-storage action with its pending and error state; the saved-story queries refresh when it settles.
 * (Plain state rather than useMutation: it keeps TanStack's mutation machinery out of the story page's code.)
 */
function useSavedAction<T>(perform: (input: T) => Promise<unknown>): Action<T> {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ variables: T | null; error: Error | null }>({ variables: null, error: null });
  const run = (input: T) => {
    setState({ variables: input, error: null });
    perform(input)
      .then(() => setState({ variables: null, error: null }))
      .catch((error: unknown) => setState({ variables: null, error: error instanceof Error ? error : new Error(String(error)) }))
      .finally(() => void queryClient.invalidateQueries({ queryKey: savedKeys.all }));
  };
  return { run, isPending: state.variables !== null, error: state.error, variables: state.variables };
}

export function useSaveStory(): Action<Story> {
  const source = useContentSource();
  return useSavedAction(async (story: Story) => (await savedStorage()).saveStory(source, story));
}

export function useRemoveSavedStory(): Action<string> {
  return useSavedAction(async (slug: string) => (await savedStorage()).removeSavedStory(slug));
}
