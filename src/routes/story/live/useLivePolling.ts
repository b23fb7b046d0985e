// Polls a live story for posts after the newest one held, on its own timer: the contract's interval (Cache-Control
// max-age, else 15 s), slower while the tab is hidden, paused offline, after Retry-After on 429/503, never once the
// coverage has ended. A 304 costs one small request and changes nothing: it reaches no React state.
import { useEffect, useRef } from 'react';
import { isContentError } from '../../../api/errors';
import { DEFAULT_POLL_SECONDS, type PostsPage } from '../../../api/post';
import { useContentSource } from '../../../queries/client';

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
  // The ETag and interval belong to the timer, not to React: a 304 must not cause a render.
  const start = useRef({ etag, pollSeconds });
  useEffect(() => {
    latestRef.current = latest;
    onPageRef.current = onPage;
    start.current = { etag, pollSeconds };
  });

  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let etagNow = start.current.etag;
    let intervalMs = Math.max(1, start.current.pollSeconds || DEFAULT_POLL_SECONDS) * 1000;
    let failures = 0;
    /** No poll before this time (Retry-After), whatever wakes the timer. */
    let notBefore = 0;
    const online = () => navigator.onLine !== false;
    const hidden = () => document.visibilityState === 'hidden';

    let polling = false;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      // A poll in flight schedules the next one itself when it ends.
      if (!online() || polling) return;
      const wait = Math.max(ms, notBefore - Date.now(), 0);
      timer = setTimeout(() => void poll(), wait);
    };
    const nextWait = () => (hidden() ? Math.max(intervalMs * HIDDEN_SLOWDOWN, HIDDEN_MIN_MS) : intervalMs);

    const poll = async () => {
      if (!online()) return;
      polling = true;
      controller = new AbortController();
      const after = latestRef.current();
      try {
        if (after === null) {
          const answer = await source.fetchNewestPosts(slug, undefined, { signal: controller.signal });
          etagNow = answer.etag;
          intervalMs = answer.pollSeconds * 1000;
          onPageRef.current(answer.page);
        } else {
          const delta = await source.fetchPostsAfter(slug, after, etagNow, { signal: controller.signal });
          intervalMs = Math.max(1, delta.pollSeconds) * 1000;
          if (delta.status === 'changed') {
            etagNow = delta.etag;
            onPageRef.current(delta.page);
          }
        }
        failures = 0;
        polling = false;
        schedule(nextWait());
      } catch (error) {
        polling = false;
        if (controller.signal.aborted) return;
        if (isContentError(error) && error.kind === 'offline') return; // the 'online' event resumes
        failures += 1;
        const retryAfter = isContentError(error) && (error.status === 429 || error.status === 503) ? error.retryAfter : undefined;
        if (retryAfter !== undefined) notBefore = Date.now() + retryAfter * 1000;
        schedule(Math.min(nextWait() * 2 ** failures, MAX_BACKOFF_MS));
      }
    };

    // Back in view or back online: poll at once (Retry-After still holds); hidden: the slower pace.
    const onVisibility = () => schedule(hidden() ? nextWait() : 0);
    const onOnline = () => schedule(0);
    const onOffline = () => clearTimeout(timer);

    schedule(nextWait());
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [slug, enabled, source]);
}
