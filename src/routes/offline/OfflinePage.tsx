// Shown when a page cannot load because the reader is offline: what still works, never a blank page.
import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../../components/AppLink';
import { SavedList } from '../../components/SavedList';
import { listRecentStories } from '../../pwa/recent';
import { savedStoriesQuery } from '../../pwa/saved-queries';
import { pageTitle } from '../../model/page-title';
import { offline as words } from '#words/offline';

interface Props {
  what?: 'page' | 'story';
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
      <title>{pageTitle(words.title)}</title>
      <h1 tabIndex={-1}>{words.title}</h1>
      {reason && <p>{reason}</p>}
      <p>{words.notStored(what === 'story')}</p>
      {onRetry && (
        <p>
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? words.retrying : words.retry}
          </button>
        </p>
      )}
      <h2 className="section-title">{words.saved}</h2>
      <SavedList
        items={(saved.data ?? []).map((story) => ({ slug: story.slug, headline: story.headline, when: story.savedAt }))}
        empty={words.noSaved}
      />
      <h2 className="section-title">{words.recent}</h2>
      <SavedList items={recent.map((story) => ({ slug: story.slug, headline: story.headline, when: story.readAt }))} empty={words.noRecent} />
      <p>
        <AppLink to="/saved">{words.manage}</AppLink>
      </p>
    </section>
  );
}
