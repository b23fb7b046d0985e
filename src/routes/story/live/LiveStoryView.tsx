// The live story's column: header with the LIVE (or Ended) status, key points, key events, the pinned post and the
// posts; while the posts cannot load, the story so far (its body) with a retry.
import type { Story } from '../../../api/story';
import type { LiveCoverage } from '../../../api/live';
import type { Post } from '../../../api/post';
import { Later } from '../../../components/Later';
import { StoryBody } from '../../../components/StoryBody';
import { Figure } from '../../../components/Figure';
import { KeyEvents } from '../../../components/KeyEvents';
import { KeyPoints } from '../../../components/KeyPoints';
import { LivePost } from '../../../components/LivePost';
import { LiveStatus } from '../../../components/LiveStatus';
import { RetryNotice } from '../../../components/RetryNotice';
import { ShareStory } from '../../../components/ShareStory';
import { StoryHeader } from '../../../components/StoryHeader';
import { TopicTags } from '../../../components/TopicTags';
import { keyEventsOf } from '../../../model/live-posts';
import { SaveControl } from '../SaveControl';
import { SiteOriginContext } from '../../../components/site-origin';
import { memo, use, type ReactNode } from 'react';
import { live as words } from '#words/live';

interface Props {
  story: Story;
  /** The coverage as the page shows it (status from the latest answer; key points as revealed). */
  live: LiveCoverage;
  /** Posts shown (null while the newest page loads or could not load). */
  shown: readonly Post[] | null;
  pinned: Post | null;
  failed: { error: unknown; retry: () => void; retrying: boolean } | null;
  /** A linked post that no longer exists. */
  missing: string | null;
  /** The posts section (LiveFeed). */
  children: ReactNode;
  /** A post's own controls (Listen), for the pinned post. */
  postTools?: (post: Post) => ReactNode;
}

/** The story's own header, tools and photo: they do not change with the posts, so new posts do not draw them again. */
const StoryTop = memo(function StoryTop({ story }: { story: Story }) {
  return (
    <>
      <StoryHeader headline={story.headline} standfirst={story.standfirst} byline={story.byline} publishedAt={story.publishedAt} updatedAt={null} />
      <div className="story-tools">
        <SaveControl story={story} />
        <ShareStory title={story.headline} text={story.standfirst} url={new URL(`/story/${story.slug}`, use(SiteOriginContext)).href} />
      </div>
      {story.hero && <Figure image={story.hero} priority />}
    </>
  );
});

/** The story's topics, at the end: they do not change with the posts either. */
const StoryTopics = memo(function StoryTopics({ topics }: { topics: Story['topics'] }) {
  return (
    <Later>
      <TopicTags topics={topics} />
    </Later>
  );
});

/** Drawn again only when the key events themselves change (posts keep their objects across polls and reveals). */
const ShownKeyEvents = memo(
  KeyEvents,
  (before, after) =>
    before.pinnedId === after.pinnedId &&
    before.events.length === after.events.length &&
    before.events.every((post, index) => post === after.events[index]),
);

export function LiveStoryView({ story, live, shown, pinned, failed, missing, children, postTools }: Props) {
  const newest = shown?.[0];
  const updatedAt = newest ? (newest.updatedAt ?? newest.publishedAt) : (story.updatedAt ?? story.publishedAt);
  return (
    <article className="story live-story">
      <LiveStatus live={live} updatedAt={updatedAt} />
      <StoryTop story={story} />
      <KeyPoints points={live.keyPoints} />
      {shown && <ShownKeyEvents events={keyEventsOf(shown)} pinnedId={pinned?.id ?? null} />}
      {missing && (
        <p className="live-story__missing" role="status">
          {words.missing}
        </p>
      )}
      {pinned && (
        <section className="live-pinned" aria-labelledby="live-pinned-heading">
          <h2 id="live-pinned-heading" className="live-pinned__heading">
            {words.pinnedPost}
          </h2>
          <LivePost post={pinned} pinned tools={postTools} />
        </section>
      )}
      {failed ? (
        <>
          <RetryNotice what={words.theLatest} error={failed.error} onRetry={failed.retry} retrying={failed.retrying} />
          <section aria-labelledby="live-so-far-heading">
            <h2 id="live-so-far-heading">{words.soFar}</h2>
            <StoryBody blocks={story.body} />
          </section>
        </>
      ) : shown ? (
        children
      ) : (
        <div className="live-posts live-posts--loading" aria-busy="true">
          <p>{words.loadingLatest}</p>
        </div>
      )}
      <StoryTopics topics={story.topics} />
    </article>
  );
}
