// Shown when a page cannot load because the reader is offline: what still works, never a blank page.
import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../../components/AppLink';
import { SavedList } from '../../components/SavedList';
import { listRecentStories } from '../../pwa/recent';
import { savedStoriesQuery } from '../../pwa/saved-queries';

interface Props {
  what?: string;
  /** Why this page could not load (the failed request's reader message), when it was a request that failed. */
  reason?: string;
  /** Tries the page again: the connection may be back, or the slow answer may come this time. */
  onRetry?: () => void;
  retrying?: boolean;
}

export function OfflinePage({ what = 'page', reason, onRetry, retrying = false }: Props) {
  const saved = useQuery(savedStoriesQuery());
  const recent = listRecentStories();
  return (
    <section className="page page--message offline-page">
      <title>You are offline · Lede</title>
      <h1 tabIndex={-1}>You are offline</h1>
      {reason && <p>{reason}</p>}
      <p>This {what} is not stored on this device, so it cannot open until you are back online. These stories can be read now:</p>
      {onRetry && (
        <p>
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Trying again…' : 'Try again'}
          </button>
        </p>
      )}
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
