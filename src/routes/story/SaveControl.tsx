// Connects the story's "Save for offline" button to saved-story storage.
import { useQuery } from '@tanstack/react-query';
import type { Story } from '../../api/story';
import { SaveStoryButton } from '../../components/SaveStoryButton';
import { savedStoriesQuery, useRemoveSavedStory, useSaveStory } from '../../pwa/saved-queries';

export function SaveControl({ story }: { story: Story }) {
  const saved = useQuery(savedStoriesQuery());
  const save = useSaveStory();
  const remove = useRemoveSavedStory();
  const isSaved = saved.data?.some((entry) => entry.slug === story.slug) ?? false;
  const error = save.error ?? remove.error;
  return (
    <SaveStoryButton
      saved={isSaved}
      busy={save.isPending || remove.isPending}
      error={error ? error.message : null}
      onSave={() => save.run(story)}
      onRemove={() => remove.run(story.slug)}
    />
  );
}
