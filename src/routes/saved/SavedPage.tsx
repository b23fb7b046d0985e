// /saved: stories saved for offline reading (downloaded or saved one by one), the storage they use, and removal.
import { useQuery } from '@tanstack/react-query';
import { SavedList } from '../../components/SavedList';
import { formatBytes } from '../../lib/bytes';
import { formatPublicationTime } from '../../lib/dates';
import type { DownloadRecord } from '../../pwa/download';
import type { SavedStory } from '../../pwa/saved';
import { downloadRecordQuery, savedStoriesQuery, storageQuery, useRemoveSavedStory } from '../../pwa/saved-queries';
import { pageTitle } from '../../model/page-title';
import { saved as words } from '#words/saved';

function downloadSummary(record: DownloadRecord | null | undefined): string {
  if (!record) return words.noDownload;
  const refreshed = record.refreshedAt ? words.refreshed(formatPublicationTime(record.refreshedAt)) : words.partial;
  const { last } = record;
  if (last.outcome === 'complete') return refreshed;
  return `${refreshed} ${words.last(formatPublicationTime(last.at), last.outcome === 'cancelled', last.done, last.total)}`;
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
      <title>{pageTitle(words.title)}</title>
      <h1 tabIndex={-1}>{words.title}</h1>
      <p className="saved-page__usage" data-testid="saved-usage">
        {saved.isPending ? words.checking : saved.isError ? words.unreadable : words.count(stories.length, formatBytes(savedBytes))}
        {storage.data && words.usage(formatBytes(storage.data.usage), formatBytes(storage.data.quota))}
      </p>
      {remove.error && (
        <p role="alert" className="save-story__error">
          {remove.error.message}
        </p>
      )}
      <section aria-labelledby="saved-downloaded">
        <h2 id="saved-downloaded" className="section-title">
          {words.downloaded}
        </h2>
        <p className="saved-page__download" data-testid="download-refreshed">
          {record.isPending ? words.checkingDownloads : downloadSummary(record.data)}
        </p>
        {downloaded.length > 0 && list(downloaded, '')}
      </section>
      <section aria-labelledby="saved-one-by-one">
        <h2 id="saved-one-by-one" className="section-title">
          {words.oneByOne}
        </h2>
        {list(oneByOne, words.noneSaved)}
      </section>
    </section>
  );
}
