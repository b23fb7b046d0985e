// Queries and mutations for saved stories (local Cache Storage, not the network).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Article } from '../api/article';
import { listSavedStories, removeSavedStory, saveStory, storageEstimate } from '../pwa/saved';

export const savedKeys = {
  all: ['saved'] as const,
  list: ['saved', 'list'] as const,
  storage: ['saved', 'storage'] as const,
};

export const savedStoriesQuery = () => queryOptions({ queryKey: savedKeys.list, queryFn: listSavedStories, staleTime: Infinity });
export const storageQuery = () => queryOptions({ queryKey: savedKeys.storage, queryFn: storageEstimate, staleTime: 0 });

export function useSaveStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (article: Article) => saveStory(article),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedKeys.all }),
  });
}

export function useRemoveSavedStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slug: string) => removeSavedStory(slug),
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedKeys.all }),
  });
}
