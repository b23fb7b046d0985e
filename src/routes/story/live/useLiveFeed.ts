// A live page's posts: the newest page from the query cache, then polls, gap fills and older pages merged in by
// src/model/live-posts.ts. New posts wait as pending unless the reader is at the top; key points and the pinned post
// change with them, so nothing above the reader moves while they read further down.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveCoverage } from '../../../api/live';
import { DEFAULT_POLL_SECONDS, POSTS_PAGE_SIZE, type Post, type PostsPage } from '../../../api/post';
import { appendOlder, fillGap, fromNewestPage, receiveDelta, revealPending, type LivePosts } from '../../../model/live-posts';
import { useContentSource } from '../../../queries/client';
import { newestPostsQuery } from '../../../queries/live';
import { useLivePolling } from './useLivePolling';

export interface LiveFeedState {
  posts: LivePosts;
  /** The key points and pinned post on screen (updated with revealed posts). */
  shownLive: LiveCoverage;
  shownPinned: Post | null;
}

function initial(page: PostsPage): LiveFeedState {
  const posts = fromNewestPage(page);
  return { posts, shownLive: posts.live, shownPinned: posts.pinned };
}

/** The next state; `prev` itself when nothing the page shows changed (an empty delta renders nothing). */
function settle(prev: LiveFeedState, posts: LivePosts, reveal: boolean): LiveFeedState {
  const pinnedGone = prev.shownPinned !== null && posts.deleted.has(prev.shownPinned.id);
  const shownLive = reveal ? posts.live : prev.shownLive;
  const shownPinned = reveal ? posts.pinned : pinnedGone ? null : prev.shownPinned;
  if (posts === prev.posts && shownLive === prev.shownLive && shownPinned === prev.shownPinned) return prev;
  return { posts, shownLive, shownPinned };
}

interface Options {
  slug: string;
  /** True when new posts may go straight onto the page (the reader is at the top). */
  atTop: () => boolean;
  /** Called before posts are revealed, with the posts shown until then. */
  beforeReveal: (shown: readonly Post[]) => void;
}

export function useLiveFeed({ slug, atTop, beforeReveal }: Options) {
  const source = useContentSource();
  const query = useQuery(newestPostsQuery(slug));
  const [state, setState] = useState<LiveFeedState | null>(() => (query.data ? initial(query.data.page) : null));
  if (state === null && query.data) setState(initial(query.data.page));
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const [older, setOlder] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: null });

  const take = useCallback(
    (merge: (posts: LivePosts, reveal: boolean) => LivePosts) => {
      const current = stateRef.current;
      if (!current) return;
      const reveal = atTop();
      if (reveal) beforeReveal(current.posts.shown);
      setState((prev) => prev && settle(prev, merge(prev.posts, reveal), reveal));
    },
    [atTop, beforeReveal],
  );

  const onPage = useCallback((page: PostsPage) => take((posts, reveal) => receiveDelta(posts, page, { reveal })), [take]);

  useLivePolling({
    slug,
    enabled: state !== null && state.posts.live.status === 'live',
    latest: () => stateRef.current?.posts.latest ?? null,
    etag: query.data?.etag ?? null,
    pollSeconds: query.data?.pollSeconds ?? DEFAULT_POLL_SECONDS,
    onPage,
  });

  // A delta with more new posts than one page leaves a gap: page down it until it reaches the posts held.
  const gapCursor = state?.posts.gap?.cursor ?? null;
  useEffect(() => {
    if (gapCursor === null) return undefined;
    const controller = new AbortController();
    source.fetchOlderPosts(slug, gapCursor, POSTS_PAGE_SIZE, { signal: controller.signal }).then(
      (page) => take((posts, reveal) => fillGap(posts, page, { reveal })),
      () => undefined, // the gap stays; the next poll's answer or a reload fills it
    );
    return () => controller.abort();
  }, [slug, gapCursor, take, source]);

  const reveal = useCallback(() => {
    const current = stateRef.current;
    if (current) beforeReveal(current.posts.shown);
    setState((prev) => prev && settle(prev, revealPending(prev.posts), true));
  }, [beforeReveal]);

  /** Loads the next older page (`limit` posts); resolves to the posts shown with it, or null (none, or it failed). */
  const loadOlder = useCallback(
    async (limit: number = POSTS_PAGE_SIZE): Promise<readonly Post[] | null> => {
      const cursor = stateRef.current?.posts.older;
      if (!cursor) return null;
      setOlder({ loading: true, error: null });
      try {
        const page = await source.fetchOlderPosts(slug, cursor, limit);
        const current = stateRef.current;
        if (!current || current.posts.older !== cursor) return null;
        setState((prev) => (prev && prev.posts.older === cursor ? { ...prev, posts: appendOlder(prev.posts, page) } : prev));
        setOlder({ loading: false, error: null });
        // The window is named by post ids, so this list only has to hold the ids the new window names.
        return appendOlder(current.posts, page).shown;
      } catch (error) {
        setOlder({ loading: false, error });
        return null;
      }
    },
    [slug, source],
  );

  return { query, state, reveal, loadOlder, older, stateRef };
}
