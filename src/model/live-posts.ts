// The posts a live page holds, and how each answer of the posts API changes them: new posts wait as pending until
// the reader asks, edits keep the newer version, tombstones remove posts, and nothing changes when nothing is new.
import type { LiveCoverage } from '../api/live';
import type { Post, PostsPage } from '../api/post';

/** Where the missing posts are (`cursor`) and when the posts held before the delta begin (`until`). */
export interface Gap {
  cursor: string;
  until: string;
}

export interface LivePosts {
  /** The posts on the page, newest first. */
  shown: readonly Post[];
  /** Received but held back until the reader asks (or is at the top): new posts, and newer versions of shown ones. */
  pending: readonly Post[];
  /** The `after` of the next poll. */
  latest: string | null;
  /** Cursor for "Show older posts"; null once the oldest post is shown. */
  older: string | null;
  /** New posts a truncated delta left out: fetch `before=<cursor>` and `fillGap` until it is null. */
  gap: Gap | null;
  /** Ids the API said were deleted: never shown again, even if a late answer still carries them. */
  deleted: ReadonlySet<string>;
  live: LiveCoverage;
  pinned: Post | null;
}

const published = (post: Post) => Date.parse(post.publishedAt);
const version = (post: Post) => Date.parse(post.updatedAt ?? post.publishedAt);

/** Newest first; posts published in the same second fall back to their ids so the order never flickers. */
export function compareNewestFirst(a: Post, b: Post): number {
  return published(b) - published(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * `held` with `incoming` merged in: one copy per id (the later `updatedAt` wins; on a tie the held copy stays, so
 * unchanged posts keep their identity), `deleted` ids dropped, newest first. Returns `held` itself when nothing changed.
 */
export function mergePosts(held: readonly Post[], incoming: readonly Post[], deleted: ReadonlySet<string> = new Set()): readonly Post[] {
  const byId = new Map(held.map((post) => [post.id, post]));
  let changed = false;
  for (const id of deleted) changed = byId.delete(id) || changed;
  for (const post of incoming) {
    if (deleted.has(post.id)) continue;
    const mine = byId.get(post.id);
    if (mine && version(mine) >= version(post)) continue;
    byId.set(post.id, post);
    changed = true;
  }
  return changed ? [...byId.values()].sort(compareNewestFirst) : held;
}

function sameCoverage(a: LiveCoverage, b: LiveCoverage): boolean {
  return (
    a.status === b.status &&
    a.pinnedPostId === b.pinnedPostId &&
    a.startedAt === b.startedAt &&
    a.endedAt === b.endedAt &&
    a.keyPoints.length === b.keyPoints.length &&
    a.keyPoints.every((point, index) => point === b.keyPoints[index])
  );
}

function samePost(a: Post | null, b: Post | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && version(a) === version(b));
}

/** The state a live page starts from: its newest page, all shown. */
export function fromNewestPage(page: PostsPage): LivePosts {
  return {
    shown: page.posts,
    pending: [],
    latest: page.latest,
    older: page.older,
    gap: null,
    deleted: new Set(page.deleted),
    live: page.live,
    pinned: page.pinned,
  };
}

/** Shows what is pending; the same state when nothing is. */
export function revealPending(state: LivePosts): LivePosts {
  if (state.pending.length === 0) return state;
  return { ...state, shown: mergePosts(state.shown, state.pending, state.deleted), pending: [] };
}

/** Incoming posts the page can place: not deleted, and not older than the oldest shown while older pages are unloaded. */
function placeable(state: LivePosts, posts: readonly Post[], deleted: ReadonlySet<string>): Post[] {
  const oldestShown = state.shown.at(-1);
  const held = new Set(state.shown.map((post) => post.id));
  // An edit of a post the reader has not loaded will come with its older page; shown now, it would sit across a gap.
  const beyond = (post: Post) => state.older !== null && oldestShown !== undefined && !held.has(post.id) && compareNewestFirst(post, oldestShown) > 0;
  return posts.filter((post) => !deleted.has(post.id) && !beyond(post));
}

/** Merges posts in, to the page when `reveal`, else to pending; same state when nothing changes. */
function take(state: LivePosts, page: PostsPage, deleted: ReadonlySet<string>, gap: Gap | null, reveal: boolean): LivePosts {
  const incoming = placeable(state, page.posts, deleted);
  const pinned = page.pinned && deleted.has(page.pinned.id) ? null : page.pinned;
  const held = reveal ? mergePosts(state.shown, state.pending, deleted) : state.shown;
  const shown = mergePosts(held, reveal ? incoming : [], deleted);
  const shownById = new Map(shown.map((post) => [post.id, post]));
  // Pending keeps only what would change the page: posts not shown, or newer than the shown copy.
  const pending = reveal
    ? []
    : mergePosts(state.pending, incoming, deleted).filter((post) => {
        const mine = shownById.get(post.id);
        return !mine || version(post) > version(mine);
      });
  const next: LivePosts = {
    ...state,
    shown,
    pending: samePosts(pending, state.pending) ? state.pending : pending,
    latest: page.latest ?? state.latest,
    gap,
    deleted,
    live: sameCoverage(state.live, page.live) ? state.live : page.live,
    pinned: samePost(state.pinned, pinned) ? state.pinned : pinned,
  };
  return unchanged(state, next) ? state : next;
}

/**
 * Takes a poll's answer in. With `reveal` (the reader is at the top, or asked) everything goes on the page;
 * otherwise new posts and edits wait in `pending`. Deletions apply at once, shown or not: a post taken down must
 * not stay readable. A `reset` page replaces everything. A truncated delta (`older` set) leaves a `gap` to fill
 * with `fillGap`. Returns `state` itself when nothing changed, so an empty delta re-renders nothing.
 */
export function receiveDelta(state: LivePosts, page: PostsPage, { reveal }: { reveal: boolean }): LivePosts {
  if (page.reset) return fromNewestPage(page);
  const gone = page.deleted.filter((id) => !state.deleted.has(id));
  const deleted = gone.length === 0 ? state.deleted : new Set([...state.deleted, ...gone]);
  const newestHeld = [...state.pending.slice(0, 1), ...state.shown.slice(0, 1)].sort(compareNewestFirst)[0];
  const gap = page.older && newestHeld ? { cursor: page.older, until: newestHeld.publishedAt } : null;
  return take(state, page, deleted, gap, reveal);
}

/** Takes in an older page fetched with `before=gap`; the gap closes once a page reaches the posts already held. */
export function fillGap(state: LivePosts, page: PostsPage, { reveal }: { reveal: boolean }): LivePosts {
  const oldestHere = page.posts.at(-1);
  const reached = !state.gap || !page.older || !oldestHere || published(oldestHere) <= Date.parse(state.gap.until);
  return take(state, page, state.deleted, reached || !state.gap ? null : { ...state.gap, cursor: page.older! }, reveal);
}

function samePosts(a: readonly Post[], b: readonly Post[]): boolean {
  return a.length === b.length && a.every((post, index) => post === b[index]);
}

const sameGap = (a: Gap | null, b: Gap | null) => a === b || (a !== null && b !== null && a.cursor === b.cursor && a.until === b.until);

function unchanged(a: LivePosts, b: LivePosts): boolean {
  return (
    a.shown === b.shown &&
    a.pending === b.pending &&
    a.latest === b.latest &&
    sameGap(a.gap, b.gap) &&
    a.deleted === b.deleted &&
    a.live === b.live &&
    a.pinned === b.pinned
  );
}

/** "Show older posts": an older page goes below what is shown (it moves nothing above the reader). */
export function appendOlder(state: LivePosts, page: PostsPage): LivePosts {
  return { ...state, shown: mergePosts(state.shown, page.posts, state.deleted), older: page.older };
}

/** How many new posts wait (the "N new posts" button and the title count); edits of shown posts do not count. */
export function pendingCount(state: LivePosts): number {
  const shown = new Set(state.shown.map((post) => post.id));
  return state.pending.filter((post) => !shown.has(post.id)).length;
}

/** The key events, newest first, for the list that links to each post. */
export function keyEventsOf(posts: readonly Post[]): Post[] {
  return posts.filter((post) => post.keyEvent);
}

/** What to remember when the reader leaves: the newest post they had on screen. */
export interface LastSeen {
  id: string;
  publishedAt: string;
}

export function lastSeenOf(state: LivePosts): LastSeen | null {
  const newest = state.shown[0];
  return newest ? { id: newest.id, publishedAt: newest.publishedAt } : null;
}

/**
 * Posts to mark "new since your last visit": published after the newest post the reader had seen. Compared on the
 * API's times, not the device clock, so a wrong clock on the phone marks nothing wrongly. First visit: none.
 */
export function newSinceLastVisit(posts: readonly Post[], lastSeen: LastSeen | null): ReadonlySet<string> {
  if (!lastSeen) return new Set();
  const seen = Date.parse(lastSeen.publishedAt);
  return new Set(
    posts
      .filter((post) => post.id !== lastSeen.id && (published(post) > seen || (published(post) === seen && post.id > lastSeen.id)))
      .map((post) => post.id),
  );
}
