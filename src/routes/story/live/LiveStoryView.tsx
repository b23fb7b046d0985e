// The live story's column: header with the LIVE (or Ended) status, key points, key events, the pinned post and the
// posts; while the posts cannot load, the story so far (its body) with a retry.
import type { Article } from '../../../api/article';
import type { LiveCoverage } from '../../../api/live';
import type { Post } from '../../../api/post';
import { ArticleBody } from '../../../components/ArticleBody';
import { Figure } from '../../../components/Figure';
import { KeyEvents } from '../../../components/KeyEvents';
import { KeyPoints } from '../../../components/KeyPoints';
import { LivePost } from '../../../components/LivePost';
import { LiveStatus } from '../../../components/LiveStatus';
import { RetryNotice } from '../../../components/RetryNotice';
import { ShareStory } from '../../../components/ShareStory';
import { StoryHeader } from '../../../components/StoryHeader';
import { TopicTags } from '../../../components/TopicTags';
import { keyEventsOf } from '../../../lib/live-posts';
import { SaveControl } from '../SaveControl';
import type { ReactNode } from 'react';

interface Props {
  article: Article;
  /** The coverage as the page shows it (status from the latest answer; key points as revealed). */
  live: LiveCoverage;
  /** Posts shown (null while the newest page loads or could not load). */
  shown: readonly Post[] | null;
  pinned: Post | null;
  failed: { error: unknown; retry: () => void; retrying: boolean } | null;
  /** A linked post that no longer exists. */
  missing: string | null;
  later: boolean;
  /** The posts section (LiveFeed). */
  children: ReactNode;
}

export function LiveStoryView({ article, live, shown, pinned, failed, missing, later, children }: Props) {
  const newest = shown?.[0];
  const updatedAt = newest ? (newest.updatedAt ?? newest.publishedAt) : (article.updatedAt ?? article.publishedAt);
  return (
    <article className="story live-story">
      <LiveStatus live={live} updatedAt={updatedAt} />
      <StoryHeader headline={article.headline} standfirst={article.standfirst} byline={article.byline} publishedAt={article.publishedAt} updatedAt={null} />
      <div className="story-tools">
        <SaveControl article={article} />
        <ShareStory title={article.headline} text={article.standfirst} url={new URL(`/story/${article.slug}`, window.location.origin).href} />
      </div>
      {article.hero && <Figure image={article.hero} priority />}
      <KeyPoints points={live.keyPoints} />
      {shown && <KeyEvents events={keyEventsOf(shown)} pinnedId={pinned?.id ?? null} />}
      {missing && (
        <p className="live-story__missing" role="status">
          The post you followed a link to is no longer part of this coverage.
        </p>
      )}
      {pinned && (
        <section className="live-pinned" aria-labelledby="live-pinned-heading">
          <h2 id="live-pinned-heading" className="live-pinned__heading">
            Pinned post
          </h2>
          <LivePost post={pinned} pinned />
        </section>
      )}
      {failed ? (
        <>
          <RetryNotice what="The latest posts" error={failed.error} onRetry={failed.retry} retrying={failed.retrying} />
          <section aria-labelledby="live-so-far-heading">
            <h2 id="live-so-far-heading">The story so far</h2>
            <ArticleBody blocks={article.body} />
          </section>
        </>
      ) : shown ? (
        children
      ) : (
        <div className="live-posts live-posts--loading" aria-busy="true">
          <p>Loading the latest posts…</p>
        </div>
      )}
      {later && <TopicTags topics={article.topics} />}
    </article>
  );
}
