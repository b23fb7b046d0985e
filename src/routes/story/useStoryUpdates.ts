// Checks an open story for a newer version while the page is visible and online, backing off on failure.
// A newer version is only offered (returned), never applied: applying is the reader's choice.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Story } from '../../api/story';
import { blockText } from '../../model/story-diff';
import { useContentSource } from '../../queries/client';
import { storyQuery } from '../../queries/story';
import { usePolling } from '../usePolling';

export const POLL_MS = 60_000;
export const MAX_BACKOFF_MS = 10 * 60_000;

/** Same story content? (publishers sometimes fix text without touching updatedAt) */
export function sameVersion(a: Story, b: Story): boolean {
  if (a.updatedAt !== b.updatedAt) return false;
  const text = (story: Story) => [story.headline, story.standfirst, ...story.body.map(blockText)].join('\n');
  return text(a) === text(b) && a.updates.length === b.updates.length;
}

export function useStoryUpdates(shown: Story): Story | null {
  const source = useContentSource();
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<Story | null>(null);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);

  usePolling(shown.slug, () => {
    const slug = shown.slug;
    let etag: string | null = null;
    const fetchedAt = queryClient.getQueryState(storyQuery(slug).queryKey)?.dataUpdatedAt ?? Date.now();
    return {
      intervalMs: POLL_MS,
      maxBackoffMs: MAX_BACKOFF_MS,
      whileHidden: null,
      // An interval after the story was fetched: at once for a story the cache kept from an earlier visit.
      firstMs: fetchedAt + POLL_MS - Date.now(),
      async check(signal) {
        const revision = await source.fetchStoryRevision(slug, etag, { signal });
        if (revision.status === 'changed') {
          etag = revision.etag;
          if (!sameVersion(revision.story, shownRef.current)) setLatest(revision.story);
        }
        return undefined;
      },
    };
  });

  // Once the reader applied it (or it is the story on show), nothing is pending any more.
  return latest && latest.slug === shown.slug && !sameVersion(latest, shown) ? latest : null;
}
