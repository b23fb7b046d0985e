// Which of a live page's posts are in the DOM: a window of at most MAX_RENDERED posts, named by its first and last
// post ids so new posts revealed at the top join it and posts above the reader never vanish under them.
import type { Post } from '../api/post';

/** Posts a "Show older posts" (or "Show newer posts") click adds to the window. */
export const WINDOW_PAGE = 20;
/** The most posts in the DOM at once, whatever the number loaded (1,000 posts cost what 60 do). */
export const MAX_RENDERED = 60;

export interface PostWindow {
  /** The window's newest post; null: the newest post of all (new posts revealed at the top join the window). */
  firstId: string | null;
  /** The window's oldest post; null: a page down from the first. */
  lastId: string | null;
}

export const NEWEST_WINDOW: PostWindow = { firstId: null, lastId: null };

const indexOf = (posts: readonly Post[], id: string | null) => (id === null ? -1 : posts.findIndex((post) => post.id === id));

/** The window's posts as indexes into `posts`: [start, end), never more than MAX_RENDERED. */
export function windowRange(posts: readonly Post[], window: PostWindow): { start: number; end: number } {
  const start = Math.max(0, indexOf(posts, window.firstId));
  const last = indexOf(posts, window.lastId);
  const end = last >= start ? last + 1 : Math.min(posts.length, start + WINDOW_PAGE);
  return { start, end: Math.min(end, start + MAX_RENDERED) };
}

function fromRange(posts: readonly Post[], start: number, end: number): PostWindow {
  return { firstId: start === 0 ? null : (posts[start]?.id ?? null), lastId: posts[end - 1]?.id ?? null };
}

/** The same posts, with the oldest one named: posts later revealed at the top add to the window, none drop off. */
export function pinWindow(posts: readonly Post[], window: PostWindow): PostWindow {
  const { start, end } = windowRange(posts, window);
  return fromRange(posts, start, end);
}

/** A page more below (from posts already loaded); the newest page leaves the DOM once the window is full. */
export function showOlder(posts: readonly Post[], window: PostWindow): PostWindow {
  const { start, end } = windowRange(posts, window);
  const nextEnd = Math.min(posts.length, end + WINDOW_PAGE);
  return fromRange(posts, Math.max(start, nextEnd - MAX_RENDERED), nextEnd);
}

/** A page more above; the oldest page leaves the DOM once the window is full. */
export function showNewer(posts: readonly Post[], window: PostWindow): PostWindow {
  const { start, end } = windowRange(posts, window);
  const nextStart = Math.max(0, start - WINDOW_PAGE);
  return fromRange(posts, nextStart, Math.min(end, nextStart + MAX_RENDERED));
}

/** A window holding the post at `index`, with a page of context above it (a shared post link). */
export function windowAround(posts: readonly Post[], index: number): PostWindow {
  const start = index < 2 * WINDOW_PAGE ? 0 : index - WINDOW_PAGE;
  return fromRange(posts, start, Math.min(posts.length, index + WINDOW_PAGE, start + MAX_RENDERED));
}
