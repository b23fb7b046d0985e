// Polls a live story for posts after the newest one held (src/routes/usePolling.ts): the contract's interval
// (Cache-Control max-age, else 15 s), slower while the tab is hidden, paused offline, after Retry-After on 429/503,
// never once the coverage has ended. A 304 costs one small request and changes nothing: it reaches no React state.
import { useRef, useEffect } from 'react';
import type { PostsPage } from '../../../api/post';
import { useContentSource } from '../../../queries/client';
import { usePolling } from '../../usePolling';

/** While the tab is hidden, polls come this many times less often (at least once a minute)… */
export const HIDDEN_SLOWDOWN = 4;
const HIDDEN_MIN_MS = 60_000;
/** …and after failures the wait doubles, up to this. */
export const MAX_BACKOFF_MS = 5 * 60_000;

interface Options {
  slug: string;
  /** False once the coverage has ended (or before there is anything to poll from): no timer at all. */
  enabled: boolean;
  /** The newest post held (`after` of the next poll); read when a poll starts. */
  latest: () => string | null;
  /** From the newest page's answer. */
  etag: string | null;
  pollSeconds: number;
  /** A poll's answer with content (never called for a 304). */
  onPage: (page: PostsPage) => void;
}

export function useLivePolling({ slug, enabled, latest, etag, pollSeconds, onPage }: Options): void {
  const source = useContentSource();
  const latestRef = useRef(latest);
  const onPageRef = useRef(onPage);
  useEffect(() => {
    latestRef.current = latest;
    onPageRef.current = onPage;
  });

  usePolling(enabled ? slug : null, () => {
    // The ETag and interval belong to the poll, not to React: a 304 must not cause a render.
    let etagNow = etag;
    return {
      intervalMs: pollSeconds * 1000,
      maxBackoffMs: MAX_BACKOFF_MS,
      whileHidden: (intervalMs) => Math.max(intervalMs * HIDDEN_SLOWDOWN, HIDDEN_MIN_MS),
      async check(signal) {
        const after = latestRef.current();
        if (after === null) {
          const answer = await source.fetchNewestPosts(slug, undefined, { signal });
          etagNow = answer.etag;
          onPageRef.current(answer.page);
          return answer.pollSeconds * 1000;
        }
        const delta = await source.fetchPostsAfter(slug, after, etagNow, { signal });
        if (delta.status === 'changed') {
          etagNow = delta.etag;
          onPageRef.current(delta.page);
        }
        return delta.pollSeconds * 1000;
      },
    };
  });
}
