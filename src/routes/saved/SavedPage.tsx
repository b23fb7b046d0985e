// /saved: stories saved for offline reading (downloaded or saved one by one), the storage they use, and removal.
import { useQuery } from '@tanstack/react-query';
import { SavedList } from '../../components/SavedList';
import { formatBytes } from '../../lib/bytes';
import { formatPublicationTime } from '../../lib/dates';
import type { DownloadRecord } from '../../pwa/download';
import type { SavedStory } from '../../pwa/saved';
import { downloadRecordQuery, savedStoriesQuery, storageQuery, useRemoveSavedStory } from '../../pwa/saved-queries';

function downloadSummary(record: DownloadRecord | null | undefined): string {
  if (!record) return 'No download yet. “Download for offline” saves the top stories here.';
  const refreshed = record.refreshedAt ? `Last refreshed ${formatPublicationTime(record.refreshedAt)}.` : 'Not completely downloaded yet.';
  const { last } = record;
  if (last.outcome === 'complete') return refreshed;
  const what = last.outcome === 'cancelled' ? 'was cancelled' : 'stopped';
  return `${refreshed} The latest download (${formatPublicationTime(last.at)}) ${what} after ${last.done} of ${last.total} stories.`;
}

export function SavedPage() {
  const saved = useQuery(savedStoriesQuery());
  const storage = useQuery(storageQuery());
  const record = useQuery(downloadRecordQuery());
  const remove = useRemoveSavedStory();
  const stories = saved.data ?? [];
  const savedBytes = stories.reduce((sum, story) => sum + story.bytes, 0);
  const downloaded = stories.filter((story) => story.source === 'download');
  const oneByOne = stories.filter((story) => story.source !== 'download');
  const list = (items: SavedStory[], empty: string) => (
    <SavedList
      items={items.map((story) => ({ slug: story.slug, headline: story.headline, when: story.savedAt, detail: formatBytes(story.bytes) }))}
      empty={empty}
      onRemove={(slug) => remove.run(slug)}
      removing={remove.variables}
    />
  );
  return (
    <section className="page saved-page">
      <title>Saved stories · Lede</title>
      <h1 tabIndex={-1}>Saved stories</h1>
      <p className="saved-page__usage" data-testid="saved-usage">
        {saved.isPending
          ? 'Checking saved stories…'
          : saved.isError
            ? 'Your saved stories could not be read: this browser is not letting Lede open its storage.'
            : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} saved, using ${formatBytes(savedBytes)}.`}
        {storage.data && ` Lede uses ${formatBytes(storage.data.usage)} of the ${formatBytes(storage.data.quota)} this browser allows.`}
      </p>
      {remove.error && (
        <p role="alert" className="save-story__error">
          {remove.error.message}
        </p>
      )}
      <section aria-labelledby="saved-downloaded">
        <h2 id="saved-downloaded" className="section-title">
          Downloaded top stories
        </h2>
        <p className="saved-page__download" data-testid="download-refreshed">
          {record.isPending ? 'Checking downloads…' : downloadSummary(record.data)}
        </p>
        {downloaded.length > 0 && list(downloaded, '')}
      </section>
      <section aria-labelledby="saved-one-by-one">
        <h2 id="saved-one-by-one" className="section-title">
          Saved one by one
        </h2>
        {list(oneByOne, 'No saved stories yet. Use “Save for offline” on a story to keep it on this device.')}
      </section>
    </section>
  );
}
