// Live coverage over Lede's contract: the newest posts, the posts after one the reader holds (conditional), older
// pages. Its own module, so pages that show no live coverage never load its schemas (the source imports it on use).
import { ContentError } from '../../errors';
import { getJson, getJsonIfChanged, type GetOptions, type Http } from '../../http';
import { DEFAULT_POLL_SECONDS, POSTS_PAGE_SIZE, PostsPageSchema, type PostsPage } from '../../post';
import type { PostsAnswer, PostsDelta } from '../../source';

export interface LedePosts {
  fetchNewestPosts(slug: string, limit?: number, options?: GetOptions): Promise<PostsAnswer>;
  fetchPostsAfter(slug: string, after: string, etag: string | null, options?: GetOptions): Promise<PostsDelta>;
  fetchOlderPosts(slug: string, cursor: string, limit?: number, options?: GetOptions): Promise<PostsPage>;
}

/** `url(path)`: the absolute URL of an API path (the source's base). */
export function createLedePosts(http: Http, url: (path: string) => string): LedePosts {
  const postsPath = (slug: string, params: Record<string, string | number | null | undefined>) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined) query.set(name, String(value));
    const search = query.toString();
    return url(`/stories/${encodeURIComponent(slug)}/posts${search ? `?${search}` : ''}`);
  };

  return {
    /** The newest posts of a live story (first load), with the ETag and interval to poll from. */
    async fetchNewestPosts(slug, limit = POSTS_PAGE_SIZE, options) {
      const path = postsPath(slug, { limit });
      const result = await getJsonIfChanged(http, path, PostsPageSchema, null, options);
      // Without If-None-Match the API has nothing to compare, so a 304 here has no body to show.
      if (result.status === 'unchanged') throw new ContentError('invalid-shape', path, { detail: '304 to a request without If-None-Match' });
      return { page: result.data, etag: result.etag, pollSeconds: result.maxAge ?? DEFAULT_POLL_SECONDS };
    },

    /**
     * A poll: the posts published after `after` plus edits and tombstones since then, or `unchanged` when the API
     * answers 304 to `etag` (the ETag of the last newest page or delta, never of an older page).
     */
    async fetchPostsAfter(slug, after, etag, options) {
      const result = await getJsonIfChanged(http, postsPath(slug, { after }), PostsPageSchema, etag, options);
      const pollSeconds = result.maxAge ?? DEFAULT_POLL_SECONDS;
      if (result.status === 'unchanged') return { status: 'unchanged', pollSeconds };
      return { status: 'changed', page: result.data, etag: result.etag, pollSeconds };
    },

    /** Posts older than the `older` cursor of a previous page ("Show older posts"). */
    fetchOlderPosts(slug, cursor, limit = POSTS_PAGE_SIZE, options) {
      return getJson(http, postsPath(slug, { before: cursor, limit }), PostsPageSchema, options);
    },
  };
}
