// Schemas for live coverage posts and the pages of posts the API sends (newest page, delta, older page).
import * as v from 'valibot';
import { BodyBlocksSchema, BylineSchema, type BodyBlockInput } from './story';
import { LiveCoverageSchema, PostIdSchema } from './live';
import { IsoDateSchema } from './summary';

/** Posts per page when the caller does not say; the API caps `limit` at 100. */
export const POSTS_PAGE_SIZE = 20;

/** The poll interval, in seconds, when an answer carries no `Cache-Control: max-age`. */
export const DEFAULT_POLL_SECONDS = 15;

export const PostSchema = v.object({
  id: PostIdSchema,
  publishedAt: IsoDateSchema,
  /** Set when the post was edited after publication; of two copies of a post, the later `updatedAt` wins. */
  updatedAt: v.optional(v.nullable(IsoDateSchema), null),
  title: v.optional(v.nullable(v.string()), null),
  author: v.optional(v.nullable(BylineSchema), null),
  body: BodyBlocksSchema,
  /** A key event: listed in the coverage's key-events list, linking to the post. */
  keyEvent: v.optional(v.boolean(), false),
});

/**
 * One answer of `GET /stories/{slug}/posts`: the newest page, a delta (`?after=`) or an older page (`?before=`).
 * `posts` are newest first. See docs/api.md, "Live coverage", for what each field means in each case.
 */
export const PostsPageSchema = v.object({
  /** The coverage as it is now: a poll learns here that it has ended or that the key points changed. */
  live: LiveCoverageSchema,
  posts: v.array(PostSchema),
  /** The pinned post in full, wherever it sits in the list, so the page can show it without paging. */
  pinned: v.optional(v.nullable(PostSchema), null),
  /** The newest post of the whole coverage: the `after` of the next poll. Null when there are no posts. */
  latest: v.optional(v.nullable(PostIdSchema), null),
  /** Cursor for the posts older than the oldest in `posts`; null at the end (and in a complete delta). */
  older: v.optional(v.nullable(v.string()), null),
  /** Tombstones: ids of posts deleted since the `after` post was published (deltas only). */
  deleted: v.optional(v.array(PostIdSchema), []),
  /** True when the API did not know the `after` post: this is the newest page, to replace every post held. */
  reset: v.optional(v.boolean(), false),
});

export type Post = v.InferOutput<typeof PostSchema>;
export type PostsPage = v.InferOutput<typeof PostsPageSchema>;

/** A post as the content API sends it (defaults not yet applied); fixtures are written in this shape. */
export type PostInput = Omit<v.InferInput<typeof PostSchema>, 'body'> & { body: BodyBlockInput[] };
export type PostsPageInput = v.InferInput<typeof PostsPageSchema>;
