// A story that is live coverage (`story.live` set), on the story route: title with the count of new posts,
// LiveBlogPosting metadata, hot topics, the live column and the sidebar. Loaded in a chunk of its own.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../../../api/story';
import type { LiveCoverage } from '../../../api/live';
import type { Post } from '../../../api/post';
import { reducedMotion } from '../../../lib/motion';
import { afterNextFrame } from '../../../lib/next-task';
import { lastSeenFor, rememberLastSeen } from '../../../model/live-last-seen';
import { lastSeenOf, newSinceLastVisit, pendingCount } from '../../../model/live-posts';
import { storyTitle } from '../../../model/page-title';
import { NEWEST_WINDOW, pinWindow, showNewer, showOlder, windowRange, type PostWindow } from '../../../model/live-window';
import { Later } from '../../../components/Later';
import { HotTopicsBar } from '../HotTopicsBar';
import { StorySidebar } from '../StorySidebar';
import { LiveFeed } from './LiveFeed';
import { ListenScope, PostListenSlot } from './LiveListen';
import { LiveMeta } from './LiveMeta';
import { LiveStoryView } from './LiveStoryView';
import { useLiveFeed } from './useLiveFeed';
import { usePostLink } from './usePostLink';
import './live.css';
import { live as words } from '#words/live';

interface Props {
  story: Story;
  live: LiveCoverage;
}

/** The posts' state lives in LiveColumn: new posts render the column, never the hot topics or the sidebar beside it. */
export function LiveStoryPage({ story, live }: Props) {
  const slug = story.slug;
  return (
    <div className="story-page">
      <HotTopicsBar />
      <ListenScope>
        <div className="story-layout">
          <LiveColumn story={story} live={live} />
          <Later>
            <StorySidebar key={slug} slug={slug} />
          </Later>
        </div>
      </ListenScope>
    </div>
  );
}

function LiveColumn({ story, live }: Props) {
  const slug = story.slug;
  const [postWindow, setPostWindow] = useState<PostWindow>(NEWEST_WINDOW);
  const windowRef = useRef(postWindow);
  useEffect(() => {
    windowRef.current = postWindow;
  });
  // New posts go straight onto the page only for a reader at the very top, looking at the newest posts' window.
  const atTop = useCallback(() => window.scrollY < 1 && windowRef.current.firstId === null, []);
  const beforeReveal = useCallback((shown: readonly Post[]) => setPostWindow((current) => pinWindow(shown, current)), []);
  const { query, state, reveal, loadOlder, older, stateRef } = useLiveFeed({ slug, atTop, beforeReveal });
  const shown = state?.posts.shown ?? null;

  // What this device had seen before this visit, read once; the posts published since are marked.
  const [previousSeen] = useState(() => lastSeenFor(slug));
  const [marked, setMarked] = useState<ReadonlySet<string> | null>(null);
  if (marked === null && shown) setMarked(newSinceLastVisit(shown, previousSeen));
  const seen = state ? lastSeenOf(state.posts) : null;
  const seenId = seen?.id;
  const seenAt = seen?.publishedAt;
  useEffect(() => {
    if (!seenId || !seenAt) return undefined;
    let written = false;
    const write = () => {
      if (!written) rememberLastSeen(slug, { id: seenId, publishedAt: seenAt });
      written = true;
    };
    // A storage write no reader sees: after the frame that shows the posts (an input's effects run before it), or
    // at once if the page goes (or a newer post comes) before that frame.
    afterNextFrame(write);
    return write;
  }, [slug, seenId, seenAt]);

  const postTools = useCallback((post: Post) => <PostListenSlot post={post} story={story} />, [story]);
  const missing = usePostLink({ shown, older: state?.posts.older ?? null, loadOlder, setWindow: setPostWindow });

  const showNew = () => {
    const heading = document.getElementById('live-posts-heading');
    // Focus leaves the button before React removes it: a focused element's removal moves focus and fires blur events
    // inside React's commit. The heading is on the page before and after.
    heading?.focus({ preventScroll: true });
    reveal();
    setPostWindow((current) => ({ ...current, firstId: null }));
    // Where the heading ends up depends on the new posts (a new key event or pinned post above it): scroll once drawn.
    requestAnimationFrame(() => heading?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' }));
  };
  const onShowOlder = async () => {
    const current = stateRef.current?.posts;
    if (!current) return;
    if (windowRange(current.shown, windowRef.current).end < current.shown.length) {
      setPostWindow((w) => showOlder(current.shown, w));
      return;
    }
    const next = await loadOlder();
    if (next) setPostWindow((w) => showOlder(next, w));
  };
  const onShowNewer = () => {
    const current = stateRef.current?.posts.shown;
    if (current) setPostWindow((w) => showNewer(current, w));
  };

  const count = state ? pendingCount(state.posts) : 0;
  const status = state?.posts.live.status;
  const endedAt = state?.posts.live.endedAt ?? null;
  const heldLive = state?.shownLive;
  // One object while nothing in it changes, so the parts given it (metadata, key points) are not drawn again.
  const shownLive = useMemo(() => (heldLive && status ? { ...heldLive, status, endedAt } : live), [heldLive, status, endedAt, live]);
  const failed = !state && query.error ? { error: query.error, retry: () => void query.refetch(), retrying: query.isFetching } : null;

  return (
    <>
      <title>{words.unread(count, storyTitle(story.headline))}</title>
      <Later>
        <LiveMeta story={story} live={shownLive} posts={shown ?? []} />
      </Later>
      <LiveStoryView
        story={story}
        live={shownLive}
        shown={shown}
        pinned={state?.shownPinned ?? null}
        failed={failed}
        missing={missing}
        postTools={postTools}
      >
        {shown && (
          <LiveFeed
            posts={shown}
            window={postWindow}
            pendingCount={count}
            marked={marked ?? new Set()}
            pinnedId={state?.shownPinned?.id ?? null}
            hasOlder={state?.posts.older != null}
            older={older}
            onShowNew={showNew}
            onShowOlder={() => void onShowOlder()}
            onShowNewer={onShowNewer}
            postTools={postTools}
          />
        )}
      </LiveStoryView>
    </>
  );
}
