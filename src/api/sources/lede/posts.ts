// The live coverage endpoints: the newest posts, the posts after one the reader holds (conditional), older pages.
import { apiUrl, getJson, getJsonIfChanged, type GetOptions } from '../../client';
import { ContentError } from '../../errors';
import { DEFAULT_POLL_SECONDS, POSTS_PAGE_SIZE, PostsPageSchema, type PostsPage } from '../../post';
import type { PostsAnswer, PostsDelta } from '../../source';


const segment = (value: string) => encodeURIComponent(value);

export type { PostsAnswer, PostsDelta } from '../../source';

function postsPath(slug: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined) query.set(name, String(value));
  const search = query.toString();
  return `/stories/${segment(slug)}/posts${search ? `?${search}` : ''}`;
}

/** The newest posts of a live story (first load), with the ETag and interval to poll from. */
export async function fetchNewestPosts(slug: string, limit = POSTS_PAGE_SIZE, options?: GetOptions): Promise<PostsAnswer> {
  const path = postsPath(slug, { limit });
  const result = await getJsonIfChanged(path, PostsPageSchema, null, options);
  // Without If-None-Match the API has nothing to compare, so a 304 here has no body to show.
  if (result.status === 'unchanged') throw new ContentError('invalid-shape', apiUrl(path), { detail: '304 to a request without If-None-Match' });
  return { page: result.data, etag: result.etag, pollSeconds: result.maxAge ?? DEFAULT_POLL_SECONDS };
}

/**
 * A poll: the posts published after `after` plus edits and tombstones since then, or `unchanged` when the API
 * answers 304 to `etag` (the ETag of the last newest page or delta, never of an older page).
 */
export async function fetchPostsAfter(slug: string, after: string, etag: string | null, options?: GetOptions): Promise<PostsDelta> {
  const result = await getJsonIfChanged(postsPath(slug, { after }), PostsPageSchema, etag, options);
  const pollSeconds = result.maxAge ?? DEFAULT_POLL_SECONDS;
  if (result.status === 'unchanged') return { status: 'unchanged', pollSeconds };
  return { status: 'changed', page: result.data, etag: result.etag, pollSeconds };
}

/** Posts older than the `older` cursor of a previous page ("Show older posts"). */
export function fetchOlderPosts(slug: string, cursor: string, limit = POSTS_PAGE_SIZE, options?: GetOptions): Promise<PostsPage> {
  return getJson(postsPath(slug, { before: cursor, limit }), PostsPageSchema, options);
}
