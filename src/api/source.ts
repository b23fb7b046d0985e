// The content source interface: what every source (Lede's own contract, WordPress, …) gives the app, in Lede's model.
import type { Story } from './story';
import type { GetOptions } from './http';
import type { SearchPage, SummaryPage } from './archive';
import type { PostsPage } from './post';
import type { FrontPage, PopularList, SummaryList } from './summary';
import type { Topic, TopicRef } from './topic';

export interface PageRequest {
  /** Opaque: the `nextCursor` of the previous page, or nothing for the first page. */
  cursor?: string | null;
  limit?: number;
}

/** `etag` is the source's version token (an ETag, or WordPress's modified time), passed back on the next check. */
export type Revision = { status: 'unchanged' } | { status: 'changed'; story: Story; etag: string | null };

/** What a live coverage request brought: the page, its version token and the poll interval in seconds. */
export interface PostsAnswer {
  page: PostsPage;
  etag: string | null;
  pollSeconds: number;
}

export type PostsDelta = { status: 'unchanged'; pollSeconds: number } | ({ status: 'changed' } & PostsAnswer);

/** A photo as index.html's early script draws it: what the app's Figure needs for the same <img> in the same box. */
export interface EarlyImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  renditions: Array<{ url: string; width: number }>;
}

/** What index.html's early script paints of a story before the app runs: its header as text, and its hero photo. */
export interface EarlyStory {
  header: { headline: string; standfirst: string; byline: Array<{ name: string; role?: string }> };
  hero: EarlyImage | null;
  /** Update notes stand between the header and the photo (their banners are the app's): the photo is then only requested. */
  notes: boolean;
}

/** What the early script paints of the front page: its lead story's headline, photo and standfirst. */
export interface EarlyFront {
  /** The hot topics' slugs (their bar stands above the lead). */
  hotTopics: string[];
  lead: { slug: string; headline: string; standfirst: string; photo: EarlyImage | null } | null;
}

/**
 * A source's part in index.html's early script (src/boot/early-story.ts): the URL the app will request the story
 * from (so the app takes the early response over) and the header of its answer, or null for anything unexpected.
 * Kept apart from ContentSource so the inline script carries only this.
 */
export interface EarlySource {
  storyUrl(apiBase: string, slug: string): string;
  /** `apiBase` as `storyUrl` takes it: a relative photo address resolves against the source's site, never the app. */
  storyOf(value: unknown, apiBase: string): EarlyStory | null;
  /** The front page's one request and its answer's lead, where the source has one (Lede's contract; not WordPress). */
  front?: { url(apiBase: string): string; of(value: unknown): EarlyFront | null };
}

/**
 * A content source. One is chosen at build time (`__LEDE_SOURCE__`, src/api/content.ts) and the build carries only
 * its code; routes, queries and components see only this interface. Every failure is a ContentError; an unknown slug
 * is `not-found`; the end of a list is a `nextCursor` of null, never an error.
 */
export interface ContentSource {
  fetchStory(slug: string, options?: GetOptions): Promise<Story>;
  fetchSimilar(slug: string, options?: GetOptions): Promise<SummaryList>;
  fetchPopular(options?: GetOptions): Promise<PopularList>;
  fetchFrontPage(options?: GetOptions): Promise<FrontPage>;
  fetchHotTopics(options?: GetOptions): Promise<TopicRef[]>;
  fetchTopic(slug: string, options?: GetOptions): Promise<Topic>;
  fetchTopicStories(slug: string, page?: PageRequest, options?: GetOptions): Promise<SummaryPage>;
  /** The archive newest first; `before` (YYYY-MM-DD) starts it at stories published before that day. */
  fetchArchivePage(before: string | null, page?: PageRequest, options?: GetOptions): Promise<SummaryPage>;
  fetchSearchPage(query: string, page?: PageRequest, options?: GetOptions): Promise<SearchPage>;
  /** Whether the story changed since the version `etag` names; never sends headers a CORS preflight would refuse. */
  fetchStoryRevision(slug: string, etag: string | null, options?: GetOptions): Promise<Revision>;
  /** Live coverage: a source without it answers `not-found`. */
  fetchNewestPosts(slug: string, limit?: number, options?: GetOptions): Promise<PostsAnswer>;
  fetchPostsAfter(slug: string, after: string, etag: string | null, options?: GetOptions): Promise<PostsDelta>;
  fetchOlderPosts(slug: string, cursor: string, limit?: number, options?: GetOptions): Promise<PostsPage>;
  /** The URL the source requests a story from: saved stories keep this response for offline reading. */
  storyUrl(slug: string): string;
}
