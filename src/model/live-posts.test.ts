import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PostsPageSchema, type Post, type PostsPage } from '../api/post';
import {
  appendOlder,
  fillGap,
  fromNewestPage,
  keyEventsOf,
  lastSeenOf,
  mergePosts,
  newSinceLastVisit,
  pendingCount,
  receiveDelta,
  revealPending,
  type LivePosts,
} from './live-posts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 20, minute)).toISOString().replace('.000Z', 'Z');

function post(n: number, extra: Partial<Post> = {}): Post {
  return {
    id: `p${String(n).padStart(3, '0')}`,
    publishedAt: at(n),
    updatedAt: null,
    title: null,
    author: null,
    keyEvent: false,
    body: [{ type: 'heading', text: `Post ${n}` }],
    ...extra,
  };
}

const edited = (n: number, minute: number) => post(n, { updatedAt: at(minute), body: [{ type: 'heading', text: `Post ${n}, corrected` }] });

const live = { status: 'live' as const, keyPoints: ['One'], pinnedPostId: null, startedAt: at(0), endedAt: null };

function page(posts: Post[], extra: Partial<PostsPage> = {}): PostsPage {
  return v.parse(PostsPageSchema, { live, posts, latest: posts[0]?.id ?? null, ...extra });
}

const ids = (posts: readonly Post[]) => posts.map((p) => p.id);
/** Shown posts 10, 9 … 1 (newest first), nothing pending, no older pages. */
const start = (): LivePosts => fromNewestPage(page([10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => post(n))));

describe('mergePosts', () => {
  it('keeps one copy per id, newest first, whatever order the posts come in', () => {
    const merged = mergePosts([post(3), post(1)], [post(2), post(4), post(3), post(2)]);
    expect(ids(merged)).toEqual(['p004', 'p003', 'p002', 'p001']);
  });

  it('keeps the later updatedAt of two copies, and the held copy (same object) on a tie or an older copy', () => {
    const held = [edited(2, 30), post(1)];
    expect(mergePosts(held, [post(2)])).toBe(held); // a stale copy from a late answer
    expect(mergePosts(held, [edited(2, 30)])).toBe(held);
    const newer = edited(2, 40);
    expect(mergePosts(held, [newer])[0]).toBe(newer);
  });

  it('drops deleted ids, held or incoming', () => {
    expect(ids(mergePosts([post(2), post(1)], [post(3)], new Set(['p001', 'p003'])))).toEqual(['p002']);
  });

  it('orders posts of the same second by id, so the order never flickers', () => {
    const a = post(5, { id: 'a' });
    const b = post(5, { id: 'b' });
    expect(ids(mergePosts([a], [b]))).toEqual(['b', 'a']);
    expect(ids(mergePosts([b], [a]))).toEqual(['b', 'a']);
  });
});

describe('receiveDelta', () => {
  it('holds new posts as pending while the reader is down the page, and counts them', () => {
    const state = receiveDelta(start(), page([post(12), post(11)]), { reveal: false });
    expect(ids(state.shown)[0]).toBe('p010');
    expect(ids(state.pending)).toEqual(['p012', 'p011']);
    expect(pendingCount(state)).toBe(2);
    expect(state.latest).toBe('p012');
  });

  it('shows them at once when the reader is at the top', () => {
    const state = receiveDelta(start(), page([post(11)]), { reveal: true });
    expect(ids(state.shown).slice(0, 2)).toEqual(['p011', 'p010']);
    expect(state.pending).toEqual([]);
  });

  it('returns the very same state for an empty delta or one that repeats what is held', () => {
    const before = receiveDelta(start(), page([post(11)]), { reveal: false });
    expect(receiveDelta(before, page([], { latest: 'p011' }), { reveal: false })).toBe(before);
    expect(receiveDelta(before, page([post(11)]), { reveal: false })).toBe(before);
    // The API re-sends an old edit in every delta until a newer post arrives: still nothing to change.
    const withEdit = receiveDelta(start(), page([edited(4, 30)], { latest: 'p010' }), { reveal: true });
    expect(receiveDelta(withEdit, page([edited(4, 30)], { latest: 'p010' }), { reveal: false })).toBe(withEdit);
  });

  it('places an out-of-order post (published before some shown ones) at its time when shown', () => {
    const late = post(5, { id: 'p005b' });
    const state = revealPending(receiveDelta(start(), page([post(11), late]), { reveal: false }));
    expect(ids(state.shown)).toEqual(['p011', 'p010', 'p009', 'p008', 'p007', 'p006', 'p005b', 'p005', 'p004', 'p003', 'p002', 'p001']);
  });

  it('holds an edit of a shown post without counting it as new, and applies it with the next reveal', () => {
    const state = receiveDelta(start(), page([edited(4, 30)], { latest: 'p010' }), { reveal: false });
    expect(pendingCount(state)).toBe(0);
    expect(state.shown.find((p) => p.id === 'p004')?.updatedAt).toBeNull();
    const shown = revealPending(state).shown.find((p) => p.id === 'p004');
    expect(shown?.updatedAt).toBe(at(30));
    expect(shown?.body).toEqual([{ type: 'heading', text: 'Post 4, corrected' }]);
  });

  it('removes a deleted post at once, shown or pending, and never takes it back from a late answer', () => {
    let state = receiveDelta(start(), page([post(11)]), { reveal: false });
    state = receiveDelta(state, page([], { deleted: ['p011', 'p003'], latest: 'p010' }), { reveal: false });
    expect(ids(state.shown)).not.toContain('p003');
    expect(pendingCount(state)).toBe(0);
    state = receiveDelta(state, page([post(11), post(3)]), { reveal: true });
    expect(ids(state.shown)).not.toContain('p011');
    expect(ids(state.shown)).not.toContain('p003');
  });

  it('replaces everything on a reset page', () => {
    const state = receiveDelta(start(), page([post(2), post(1)], { reset: true }), { reveal: false });
    expect(ids(state.shown)).toEqual(['p002', 'p001']);
    expect(state.pending).toEqual([]);
  });

  it('takes the coverage and the pinned post from the answer, keeping the old objects when they are equal', () => {
    const first = start();
    const same = receiveDelta(first, page([], { latest: 'p010', live: { ...live, keyPoints: ['One'] } }), { reveal: false });
    expect(same).toBe(first);
    const ended = receiveDelta(first, page([], { latest: 'p010', live: { ...live, status: 'ended', endedAt: at(50) } }), { reveal: false });
    expect(ended.live.status).toBe('ended');
    const pinned = receiveDelta(first, page([], { latest: 'p010', pinned: post(1) }), { reveal: false });
    expect(pinned.pinned?.id).toBe('p001');
  });

  it('ignores an edit of a post older than the loaded pages: it comes with its older page', () => {
    const paged = fromNewestPage(page([post(10), post(9)], { older: 'cursor-9' }));
    expect(receiveDelta(paged, page([edited(2, 30)], { latest: 'p010' }), { reveal: true })).toBe(paged);
  });
});

describe('a truncated delta', () => {
  it('leaves a gap that older pages fill until they reach the posts held', () => {
    let state = receiveDelta(start(), page([post(20), post(19)], { older: 'c19' }), { reveal: false });
    expect(state.gap).toEqual({ cursor: 'c19', until: at(10) });
    state = fillGap(state, page([post(18), post(17)], { older: 'c17', latest: 'p020' }), { reveal: false });
    expect(state.gap?.cursor).toBe('c17');
    state = fillGap(state, page([post(16), post(15), post(14), post(13), post(12), post(11), post(10)], { older: 'c10', latest: 'p020' }), {
      reveal: false,
    });
    expect(state.gap).toBeNull();
    expect(pendingCount(state)).toBe(10);
    expect(ids(revealPending(state).shown).slice(0, 11)).toEqual(
      [20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10].map((n) => `p${String(n).padStart(3, '0')}`),
    );
  });
});

describe('older pages, key events and the last visit', () => {
  it('appends an older page below and moves the cursor', () => {
    const state = appendOlder(fromNewestPage(page([post(10), post(9)], { older: 'c9' })), page([post(8), post(7)], { older: null, latest: 'p010' }));
    expect(ids(state.shown)).toEqual(['p010', 'p009', 'p008', 'p007']);
    expect(state.older).toBeNull();
  });

  it('lists key events newest first', () => {
    expect(ids(keyEventsOf([post(9, { keyEvent: true }), post(8), post(7, { keyEvent: true })]))).toEqual(['p009', 'p007']);
  });

  it('marks posts published after the newest one seen on the last visit, and none on a first visit', () => {
    const state = start();
    const lastSeen = lastSeenOf(fromNewestPage(page([post(7), post(6)])));
    expect(lastSeen).toEqual({ id: 'p007', publishedAt: at(7) });
    expect([...newSinceLastVisit(state.shown, lastSeen)].sort()).toEqual(['p008', 'p009', 'p010']);
    expect(newSinceLastVisit(state.shown, null).size).toBe(0);
    expect(newSinceLastVisit(state.shown, lastSeenOf(state)).size).toBe(0);
  });
});
