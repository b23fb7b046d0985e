// Shown when a page cannot load because the reader is offline: what still works, never a blank page.
import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../../components/AppLink';
import { SavedList } from '../../components/SavedList';
import { listRecentStories } from '../../pwa/recent';
import { savedStoriesQuery } from '../../queries/saved';

export function OfflinePage({ what = 'page' }: { what?: string }) {
  const saved = useQuery(savedStoriesQuery());
  const recent = listRecentStories();
  return (
    <section className="page page--message offline-page">
      <title>You are offline · Lede</title>
      <h1 tabIndex={-1}>You are offline</h1>
      <p>This {what} is not stored on this device, so it cannot open until you are back online. These stories can be read now:</p>
      <h2 className="section-title">Saved stories</h2>
      <SavedList
        items={(saved.data ?? []).map((story) => ({ slug: story.slug, headline: story.headline, when: story.savedAt }))}
        empty="No saved stories on this device."
      />
      <h2 className="section-title">Recently read</h2>
      <SavedList items={recent.map((story) => ({ slug: story.slug, headline: story.headline, when: story.readAt }))} empty="Nothing read recently." />
      <p>
        <AppLink to="/saved">Manage saved stories</AppLink>
      </p>
    </section>
  );
}
