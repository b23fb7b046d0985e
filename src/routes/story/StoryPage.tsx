// The story page: hot topics, the story itself (with what changed since the reader's last visit) and the sidebar.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { Article } from '../../api/article';
import { ArticleBody } from '../../components/ArticleBody';
import { Figure } from '../../components/Figure';
import { StoryChanges } from '../../components/StoryChanges';
import { StoryHeader } from '../../components/StoryHeader';
import { TopicTags } from '../../components/TopicTags';
import { UpdateBanners } from '../../components/UpdateBanner';
import { ShareStory } from '../../components/ShareStory';
import { isFreshPageLoad, useAfterFirstRender } from '../../lib/first-render';
import { readingMinutes } from '../../lib/reading-time';
import { readVersionOf, rememberReadVersion } from '../../lib/read-versions';
import { blockText, diffBlocks, diffStories, hasChanges, type StoryDiff } from '../../lib/story-diff';
import { rememberRead } from '../../pwa/recent';
import { articleQuery } from '../../queries/article';
import { HotTopicsBar } from './HotTopicsBar';
import { SaveControl } from './SaveControl';
import { StoryMeta } from './StoryMeta';
import { StorySidebar } from './StorySidebar';

// Offers that can only matter after the reader has started reading load in their own chunk, after the story has
// rendered. Loaded by an effect rather than lazy() + Suspense: preact/compat's Suspense briefly detached the
// sidebar beside it while the chunk loaded, a layout shift on wide screens (e2e/live/early-story.spec.ts).
const loadStoryOffers = () => import('./StoryOffers');

function useStoryOffers(): typeof import('./StoryOffers') | null {
  const [offers, setOffers] = useState<typeof import('./StoryOffers') | null>(null);
  useEffect(() => {
    let live = true;
    // Without the chunk (offline before it was ever cached) the story simply has no offers.
    loadStoryOffers().then((module) => live && setOffers(module), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return offers;
}

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
  // The first render is split into three tasks: the story's start, then (after a fresh navigation, when there is no
  // scroll position to restore) the rest of its body, then (`later`, from StoryPage) the sidebar, tags and offers.
  const bodyReady = useAfterFirstRender(1);
  const offers = useStoryOffers();
  const [bodyTailLater] = useState(() => !bodyReady && isFreshPageLoad());
  const blocks = bodyTailLater && !bodyReady ? article.body.slice(0, FIRST_SCREEN_BLOCKS) : article.body;

  useEffect(() => {
    rememberRead(article);
    rememberReadVersion(article);
  }, [article]);

  const showLatest = (latest: Article) => {
    setChanges({ diff: diffStories(article.body, latest.body), readAt: null });
    queryClient.setQueryData(articleQuery(article.slug).queryKey, latest);
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
          {offers && <offers.StoryOffers article={article} articleRef={articleRef} onShowLatest={showLatest} />}
        </>
      )}
    </div>
  );
}

export function StoryPage() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  const later = useAfterFirstRender(2);
  return (
    <div className="story-page">
      {later && <StoryMeta article={article} />}
      <HotTopicsBar />
      <StoryView key={slug} article={article} later={later} />
    </div>
  );
}
