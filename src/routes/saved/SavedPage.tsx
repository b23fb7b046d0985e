// /saved: stories saved for offline reading, the storage they use, and removal. Works offline.
import { useQuery } from '@tanstack/react-query';
import { SavedList } from '../../components/SavedList';
import { formatBytes } from '../../lib/bytes';
import { savedStoriesQuery, storageQuery, useRemoveSavedStory } from '../../queries/saved';

export function SavedPage() {
  const saved = useQuery(savedStoriesQuery());
  const storage = useQuery(storageQuery());
  const remove = useRemoveSavedStory();
  const stories = saved.data ?? [];
  const savedBytes = stories.reduce((sum, story) => sum + story.bytes, 0);
  return (
    <section className="page saved-page">
      <title>Saved stories · Lede</title>
      <h1 tabIndex={-1}>Saved stories</h1>
      <p className="saved-page__usage" data-testid="saved-usage">
        {saved.isPending
          ? 'Checking saved stories…'
          : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} saved, using ${formatBytes(savedBytes)}.`}
        {storage.data && ` Lede uses ${formatBytes(storage.data.usage)} of the ${formatBytes(storage.data.quota)} this browser allows.`}
      </p>
      {remove.error && (
        <p role="alert" className="save-story__error">
          {remove.error.message}
        </p>
      )}
      <SavedList
        items={stories.map((story) => ({ slug: story.slug, headline: story.headline, when: story.savedAt, detail: formatBytes(story.bytes) }))}
        empty="No saved stories yet. Use “Save for offline” on a story to keep it on this device."
        onRemove={(slug) => remove.run(slug)}
        removing={remove.variables}
      />
    </section>
  );
}
