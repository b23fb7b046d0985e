// Reading a source's newest-first story lists page by page for the feeds, bounded by a deadline and a page cap.
import type { SummaryPage } from '../api/archive';
import type { GetOptions } from '../api/http';
import type { ContentSource, PageRequest } from '../api/source';
import type { Summary } from '../api/summary';

/** Stories asked for per page: the most Lede's API (docs/api.md) and WordPress's REST API give in one page. */
export const WALK_PAGE_SIZE = 100;

export interface WalkBounds {
  /** Aborts the walk's requests (and the walk) when the deadline passes. */
  signal: AbortSignal;
  /** The most pages one walk reads; what lies beyond is left out. */
  maxPages: number;
}

export interface StoryList {
  /** Newest first, each story once. */
  stories: Summary[];
  /** True when the list ended; false when the walk stopped first (enough stories, or the page cap). */
  ended: boolean;
}

type PageOf = (page: PageRequest, options: GetOptions) => Promise<SummaryPage>;

/** Reads pages until the list ends, `enough` says stop, or the page cap; a failure or the deadline rejects. */
async function walk(pageOf: PageOf, bounds: WalkBounds, enough: (stories: Summary[]) => boolean): Promise<StoryList> {
  const stories: Summary[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let pages = 0; pages < bounds.maxPages; pages += 1) {
    bounds.signal.throwIfAborted();
    const page: SummaryPage = await pageOf({ cursor, limit: WALK_PAGE_SIZE }, { signal: bounds.signal });
    // A story that moved between pages (the list grew at the top) is listed once.
    for (const story of page.items) {
      if (seen.has(story.slug)) continue;
      seen.add(story.slug);
      stories.push(story);
    }
    if (!page.nextCursor) return { stories, ended: true };
    if (enough(stories)) return { stories, ended: false };
    cursor = page.nextCursor;
  }
  return { stories, ended: false };
}

/** The archive, newest first, until `enough` holds (by default: to its end, or the page cap). */
export function walkArchive(source: ContentSource, bounds: WalkBounds, enough: (stories: Summary[]) => boolean = () => false): Promise<StoryList> {
  return walk((page, options) => source.fetchArchivePage(null, page, options), bounds, enough);
}

/** An `enough` for `walkArchive`: the stories reach back to `since` (an instant in ms), so no later page is newer. */
export const reachesBack =
  (since: number) =>
  (stories: Summary[]): boolean => {
    const oldest = stories.at(-1);
    return oldest !== undefined && Date.parse(oldest.publishedAt) <= since;
  };
