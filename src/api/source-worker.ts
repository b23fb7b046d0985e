// What the app worker knows of the build's content source: which of its requests to cache and how, and its photos.

/** How the app worker treats a GET to the content source. */
export type SourceRequestKind =
  /** A story: network first, kept for offline reading with its photos, the reader's saved copy as a last resort. */
  | 'story'
  /** The newest page of a live coverage's posts: kept with the stories, so a live page opens offline. */
  | 'newest-posts'
  /** A poll for newer posts or a page of older ones: always the network (a cached delta would be stale). */
  | 'posts-poll'
  /** Any other read (front page, lists, topics, search): network first, kept in the lists cache. */
  | 'list';

/**
 * A content source as the app worker sees it. Each source implements it beside its `ContentSource`
 * (`src/api/sources/<source>/worker.ts`); the worker entry picks one by `__LEDE_SOURCE__`, so it carries only that one.
 */
export interface ContentSourceWorker {
  /** What a GET of `url` is to this source; null when `url` is not a request to the source's API. */
  requestKind(url: URL): SourceRequestKind | null;
  /** The photos of a story response worth keeping with the story, as absolute http(s) URLs. */
  storyImages(story: unknown): string[];
  /** Origins other than the app's that the source's photos come from: the worker keeps photos from these and the app's. */
  readonly imageOrigins: readonly string[];
  /** Whether a saved copy of a story answers a request for it with another query string (not where the query names the story). */
  readonly savedCopyIgnoresSearch: boolean;
  /**
   * The address an earlier Lede requested the story at `url` by, when the source's story address has changed since
   * (decision 040): saved copies and recently read stories kept then are found under it. Null when it never changed.
   */
  formerStoryUrl(url: URL): string | null;
}
