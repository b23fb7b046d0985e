// The story page: hot topics, the story itself (with what changed since the reader's last visit) and the sidebar.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { Article } from '../../api/article';
import { ArticleBody } from '../../components/ArticleBody';
import { Figure } from '../../components/Figure';
import { StoryChanges } from '../../components/StoryChanges';
import { StoryHeader } from '../../components/StoryHeader';
import { TopicTags } from '../../components/TopicTags';
import { UpdateBanners } from '../../components/UpdateBanner';
import { ShareStory } from '../../components/ShareStory';
import { isFreshPageLoad, useDeferredPart } from '../../lib/first-render';
import { PUBLICATION } from '../../lib/publication';
import { readingMinutes } from '../../lib/reading-time';
import { readVersionOf, rememberReadVersion } from '../../lib/read-versions';
import { blockText, diffBlocks, diffStories, hasChanges, type StoryDiff } from '../../lib/story-diff';
import { rememberRead } from '../../pwa/recent';
import { storyQuery } from '../../queries/story';
import { HotTopicsBar } from './HotTopicsBar';
import { SaveControl } from './SaveControl';
import { StoryMeta } from './StoryMeta';
import { StorySidebar } from './StorySidebar';

// Offers that can only matter after the reader has started reading load in their own chunk, after the story has
// rendered; until then (or offline before the chunk was ever cached) the story simply has no offers.
const StoryOffers = lazy(() =>
  import('./StoryOffers').then(
    (module) => ({ default: module.StoryOffers }),
    () => ({ default: () => null }),
  ),
);

// Live coverage renders in a chunk of its own, so ordinary stories do not carry its code.
const LiveStoryPage = lazy(() => import('./live/LiveStoryPage').then((module) => ({ default: module.LiveStoryPage })));

/** Body blocks that can show on a first screen, rendered with the header; the rest may follow a task later. */
const FIRST_SCREEN_BLOCKS = 6;

interface Changes {
  diff: StoryDiff;
  /** When the reader last read the story; null when they just applied a live update. */
  readAt: string | null;
}

/** Changes since the version this device last read, if the story changed since. */
function changesSinceLastRead(article: Article): Changes | null {
  const previous = readVersionOf(article.slug);
  if (!previous) return null;
  const diff = diffBlocks(previous.blocks, article.body.map(blockText));
  return hasChanges(diff) ? { diff, readAt: previous.readAt } : null;
}

function StoryView({ article, later }: { article: Article; later: boolean }) {
  const queryClient = useQueryClient();
  // Computed once, before this visit is remembered as the new "last read" version.
  const [changes, setChanges] = useState(() => changesSinceLastRead(article));
  const changesRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  // `later` (from StoryPage) brings the sidebar, tags and offers in React's deferred render; on the page's first load
  // (a fresh navigation, so no scroll position to restore) the end of a long body comes with them.
  const { key } = useLocation();
  const [deferTail] = useState(() => key === 'default' && isFreshPageLoad());
  const blocks = deferTail && !later ? article.body.slice(0, FIRST_SCREEN_BLOCKS) : article.body;

  useEffect(() => {
    rememberRead(article);
    rememberReadVersion(article);
  }, [article]);

  const showLatest = (latest: Article) => {
    setChanges({ diff: diffStories(article.body, latest.body), readAt: null });
    queryClient.setQueryData(storyQuery(article.slug).queryKey, latest);
    requestAnimationFrame(() => changesRef.current?.focus());
  };

  return (
    <div className="story-layout">
      <article className="story" ref={articleRef}>
        <StoryHeader
          headline={article.headline}
          standfirst={article.standfirst}
          byline={article.byline}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          readingMinutes={readingMinutes(article)}
        />
        <div className="story-tools">
          <SaveControl article={article} />
          <ShareStory title={article.headline} text={article.standfirst} url={new URL(`/story/${article.slug}`, window.location.origin).href} />
        </div>
        {changes && (
          <div ref={changesRef} tabIndex={-1} className="story-changes-focus">
            <StoryChanges diff={changes.diff} blocks={article.body.map(blockText)} readAt={changes.readAt} updatedAt={article.updatedAt} />
          </div>
        )}
        <UpdateBanners notes={article.updates} />
        {article.hero && <Figure image={article.hero} priority />}
        <ArticleBody blocks={blocks} changes={changes?.diff.changed} />
        {later && <TopicTags topics={article.topics} />}
      </article>
      {later && (
        <>
          <StorySidebar slug={article.slug} />
          <Suspense fallback={null}>
            <StoryOffers article={article} articleRef={articleRef} onShowLatest={showLatest} />
          </Suspense>
        </>
      )}
    </div>
  );
}

export function StoryPage() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(storyQuery(slug));
  const later = useDeferredPart();
  if (article.live) {
    return (
      <Suspense fallback={<div className="story-page" aria-busy="true" />}>
        <LiveStoryPage key={slug} article={article} live={article.live} later={later} />
      </Suspense>
    );
  }
  return (
    <div className="story-page">
      {/* The title comes with the page (it names the page to assistive technology); the other metadata can wait. */}
      <title>{`${article.headline} · ${PUBLICATION.name}`}</title>
      {later && <StoryMeta article={article} />}
      <HotTopicsBar />
      <StoryView key={slug} article={article} later={later} />
    </div>
  );
}
