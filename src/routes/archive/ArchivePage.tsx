// /archive: every story, newest first, grouped by day; paged from the API, windowed, and jumpable to a date.
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { DateJump } from '../../components/DateJump';
import { Later } from '../../components/Later';
import { QuerySection } from '../../components/QuerySection';
import { StoryFeed } from '../../components/StoryFeed';
import { formatDayHeading } from '../../lib/archive-days';
import { pageTitle } from '../../model/page-title';
import { archiveQuery } from '../../queries/archive';
import { usePrefetchStory } from '../usePrefetchStory';
import { useStoryFeed } from '../useStoryFeed';
import { archiveStartDay } from './loader';
import { archive as words } from '#words/archive';
import { masthead } from '#words/masthead';

// The page's metadata (description, canonical link, share card, feed, JSON-LD) is not needed for reading: it comes in
// a chunk of its own after the page (and is simply absent offline if that chunk was never cached).
const ArchiveMeta = lazy<ComponentType<{ before: string | null }>>(() =>
  import('./ArchiveMeta').then(
    (module) => ({ default: module.ArchiveMeta }),
    () => ({ default: () => null }),
  ),
);

export function ArchivePage() {
  const [params] = useSearchParams();
  const before = archiveStartDay(params);
  const archive = useInfiniteQuery(archiveQuery(before));
  const { stories, feed } = useStoryFeed(archive, 'archive');
  const prefetch = usePrefetchStory();
  const title = before ? words.before(formatDayHeading(before)) : words.latest;
  return (
    <div className="page archive-page">
      <title>{pageTitle(masthead.archive)}</title>
      <Later>
        <Suspense fallback={null}>
          <ArchiveMeta before={before} />
        </Suspense>
      </Later>
      <header className="archive-header">
        <h1 tabIndex={-1}>{masthead.archive}</h1>
        <DateJump action="/archive" value={before ?? ''} />
        {before && <AppLink to="/archive">{words.back}</AppLink>}
      </header>
      <QuerySection title={title} state={archive} className="archive-list">
        {() =>
          stories.length === 0 ? (
            <p>{before ? words.noneBefore : words.empty}</p>
          ) : (
            <StoryFeed stories={stories} groupByDay onIntent={prefetch} {...feed} endMessage={words.end} />
          )
        }
      </QuerySection>
    </div>
  );
}
