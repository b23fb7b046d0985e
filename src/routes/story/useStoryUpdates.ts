// Checks an open story for a newer version while the page is visible and online, backing off on failure.
// A newer version is only offered (returned), never applied: applying is the reader's choice.
import { useEffect, useRef, useState } from 'react';
import type { Story } from '../../api/story';
import { fetchStoryRevision } from '../../api/content';
import { blockText } from '../../lib/story-diff';
import { getPwaState } from '../../pwa/store';

export const POLL_MS = 60_000;
const MAX_BACKOFF_MS = 10 * 60_000;
/**
 * While the browser says online but the last check could not reach the network (Lede is in its "offline or
 * unreliable" mode, src/pwa/store.ts), the next check comes soon, backing off from this: a connection that has just
 * come back is often not usable for a moment, and the reader should not be told "offline" for a whole poll.
 */
export const RECONNECT_MS = 2_000;

/** Same story content? (publishers sometimes fix text without touching updatedAt) */
export function sameVersion(a: Story, b: Story): boolean {
  if (a.updatedAt !== b.updatedAt) return false;
  const text = (story: Story) => [story.headline, story.standfirst, ...story.body.map(blockText)].join('\n');
  return text(a) === text(b) && a.updates.length === b.updates.length;
}

export function useStoryUpdates(shown: Story): Story | null {
  const [latest, setLatest] = useState<Story | null>(null);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  const slug = shown.slug;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let etag: string | null = null;
    let failures = 0;
    let reconnects = 0;
    let controller: AbortController | undefined;
    const active = () => document.visibilityState === 'visible' && navigator.onLine !== false;

    const schedule = (ms: number) => {
      clearTimeout(timer);
      if (active()) timer = setTimeout(() => void check(), ms);
    };
    /** The next check: soon while the network is not back yet, else after `ms`. */
    const scheduleNext = (ms: number) => {
      if (getPwaState().online) {
        reconnects = 0;
        schedule(ms);
      } else schedule(Math.min(RECONNECT_MS * 2 ** reconnects++, ms));
    };
    const check = async () => {
      if (!active()) return;
      controller = new AbortController();
      try {
        const revision = await fetchStoryRevision(slug, etag, { signal: controller.signal });
        failures = 0;
        if (revision.status === 'changed') {
          etag = revision.etag;
          if (!sameVersion(revision.story, shownRef.current)) setLatest(revision.story);
        }
        scheduleNext(POLL_MS);
      } catch {
        if (controller.signal.aborted) return;
        failures += 1;
        scheduleNext(Math.min(POLL_MS * 2 ** failures, MAX_BACKOFF_MS));
      }
    };
    // Hidden or offline: stop. Visible and online again: check at once.
    const wake = () => {
      reconnects = 0;
      if (active()) schedule(0);
      else clearTimeout(timer);
    };

    schedule(POLL_MS);
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    window.addEventListener('offline', wake);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
      window.removeEventListener('offline', wake);
    };
  }, [slug]);

  // Once the reader applied it (or it is the story on show), nothing is pending any more.
  return latest && latest.slug === shown.slug && !sameVersion(latest, shown) ? latest : null;
}
