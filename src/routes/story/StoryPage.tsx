// The story page: hot topics, the story itself (with what changed since the reader's last visit) and the sidebar.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, use, useEffect, useRef, useState, type ComponentType } from 'react';
import { useLoaderData, useLocation, useParams } from 'react-router';
import type { Story } from '../../api/story';
import { StoryBody } from '../../components/StoryBody';
import { Figure } from '../../components/Figure';
import { StoryHeader } from '../../components/StoryHeader';
import { TopicTags } from '../../components/TopicTags';
import { UpdateBanners } from '../../components/UpdateBanner';
import { Later } from '../../components/Later';
import { ShareStory } from '../../components/ShareStory';
import { SiteOriginContext } from '../../components/site-origin';
import { isFreshPageLoad } from '../../lib/first-render';
import { useHydrated } from '../../lib/hydration';
import { storyTitle } from '../../model/page-title';
import { readingMinutes } from '../../model/reading-time';
import { rememberRead } from '../../pwa/recent';
import { storyQuery } from '../../queries/story';
import { HotTopicsBar } from './HotTopicsBar';
import type { storyLoader } from './loader';
import type * as SinceLastRead from './since-last-read';
import { SaveControl } from './SaveControl';
import { SidebarSkeleton } from './SidebarSkeleton';

// Remembering the version read is code of its own, asked for as this page's code runs: the page shows without waiting
// for it, and it is in by the time the page has shown.
const remembering = import('../../model/remember-read-version');
const sidebarCode: Promise<{ default: ComponentType<{ slug: string }> }> = import('./StorySidebar').then(
  (module) => ({ default: module.StorySidebar }),
  // Offline before the chunk was ever cached: a story with no sidebar.
  () => ({ default: () => null }),
);

// Offers that can only matter after the reader has started reading load in their own chunk, after the story has
// rendered; until then (or offline before the chunk was ever cached) the story simply has no offers.
const StoryOffers = lazy(() =>
  import('./StoryOffers').then(
    (module) => ({ default: module.StoryOffers }),
    () => ({ default: () => null }),
  ),
);

// The page's metadata (description, canonical link, social tags, NewsArticle JSON-LD) is not needed for reading: it
// comes in a chunk of its own with the deferred part (and is simply absent offline if that chunk was never cached).
const StoryMeta = lazy<ComponentType<{ story: Story }>>(() =>
  import('./StoryMeta').then(
    (module) => ({ default: module.StoryMeta }),
    () => ({ default: () => null }),
  ),
);

// The sidebar's code (its lists, their cards) is asked for as this page's code runs and loads beside the story, which
// shows without it; the sidebar takes its turn after the story (decision 025) and holds its place until then.
const StorySidebar = lazy(() => sidebarCode);

// Listen (reading aloud) is a chunk of its own, asked for once the story has rendered; offline before it was ever
// cached, the story simply has no Listen.
const StoryListen = lazy<ComponentType<{ story: Story }>>(() =>
  import('./Listen').then(
    (module) => ({ default: module.StoryListen }),
    () => ({ default: () => null }),
  ),
);

// Live coverage renders in a chunk of its own, so ordinary stories do not carry its code.
const LiveStoryPage = lazy(() => import('./live/LiveStoryPage').then((module) => ({ default: module.LiveStoryPage })));

/** Body blocks that can show on a first screen, rendered with the header; the rest may follow a task later. */
const FIRST_SCREEN_BLOCKS = 6;

/** The changes shown, with the code that shows them (src/routes/story/since-last-read.tsx, loaded when needed). */
interface Shown {
  changes: SinceLastRead.Changes;
  sinceLastRead: typeof SinceLastRead;
}

function StoryView({ story, sinceLastVisit }: { story: Story; sinceLastVisit: Shown | null }) {
  const queryClient = useQueryClient();
  const origin = use(SiteOriginContext);
  // The loader found them before this visit is remembered as the new "last read" version. On a page the server
  // rendered (it knows nothing of this device), they show once the browser has adopted its HTML.
  const hydrated = useHydrated();
  const [chosen, setShown] = useState<Shown | null | undefined>(undefined);
  const shown = chosen === undefined ? (hydrated ? sinceLastVisit : null) : chosen;
  const changes = shown?.changes;
  const changesRef = useRef<HTMLDivElement>(null);
  const storyRef = useRef<HTMLElement>(null);
  // The sidebar, tags and offers come in React's deferred render (`Later`); on the page's first load (a fresh
  // navigation, so no scroll position to restore) the end of a long body comes with them.
  const { key } = useLocation();
  const [deferTail] = useState(() => key === 'default' && isFreshPageLoad());

  useEffect(() => {
    rememberRead(story);
    void remembering.then(({ rememberReadVersion }) => rememberReadVersion(story));
  }, [story]);

  const showLatest = (latest: Story, sinceLastRead: typeof SinceLastRead) => {
    setShown({ changes: sinceLastRead.changesOfUpdate(story, latest), sinceLastRead });
    queryClient.setQueryData(storyQuery(story.slug).queryKey, latest);
    requestAnimationFrame(() => changesRef.current?.focus());
  };

  return (
    <div className="story-layout">
      <article className="story" ref={storyRef}>
        <StoryHeader
          headline={story.headline}
          standfirst={story.standfirst}
          byline={story.byline}
          publishedAt={story.publishedAt}
          updatedAt={story.updatedAt}
          readingMinutes={readingMinutes(story)}
        />
        <div className="story-tools">
          <SaveControl story={story} />
          <ShareStory title={story.headline} text={story.standfirst} url={new URL(`/story/${story.slug}`, origin).href} />
          {/* Listen's place is kept from the start: its control comes later and must move nothing (a narrow screen wraps it). */}
          <span className="story-tools__listen">
            <Later>
              <Suspense fallback={null}>
                <StoryListen story={story} />
              </Suspense>
            </Later>
          </span>
        </div>
        {shown && (
          <div ref={changesRef} tabIndex={-1} className="story-changes-focus">
            <shown.sinceLastRead.ChangesBox story={story} changes={shown.changes} />
          </div>
        )}
        <UpdateBanners notes={story.updates} />
        {story.hero && <Figure image={story.hero} priority />}
        <StoryBody blocks={story.body} changes={changes?.diff.changed} later={deferTail ? FIRST_SCREEN_BLOCKS : undefined} />
        <Later>
          <TopicTags topics={story.topics} />
        </Later>
      </article>
      <Later>
        <Suspense fallback={<SidebarSkeleton />}>
          <StorySidebar key={story.slug} slug={story.slug} />
        </Suspense>
        <Suspense fallback={null}>
          <StoryOffers story={story} storyRef={storyRef} onShowLatest={showLatest} />
        </Suspense>
      </Later>
    </div>
  );
}

export function StoryPage() {
  const { slug = '' } = useParams();
  const { data: story } = useSuspenseQuery(storyQuery(slug));
  const sinceLastVisit = useLoaderData<typeof storyLoader>();
  if (story.live) {
    return (
      <Suspense fallback={<div className="story-page" aria-busy="true" />}>
        <LiveStoryPage key={slug} story={story} live={story.live} />
      </Suspense>
    );
  }
  return (
    <div className="story-page">
      {/* The title comes with the page (it names the page to assistive technology); the other metadata can wait. */}
      <title>{storyTitle(story.headline)}</title>
      <Later>
        <Suspense fallback={null}>
          <StoryMeta story={story} />
        </Suspense>
      </Later>
      <HotTopicsBar />
      <StoryView key={slug} story={story} sinceLastVisit={sinceLastVisit} />
    </div>
  );
}
