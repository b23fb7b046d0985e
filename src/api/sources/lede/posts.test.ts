import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { liveHandlers } from '../../../../mocks/handlers/live';
import { ContentError } from '../../errors';
import { DEFAULT_POLL_SECONDS } from '../../post';
import { testRoad } from '../../../test/content';

const SLUG = 'storm-surge-flood-watch';
const { source } = testRoad();

/** Pins the mock API's live clock with its test switch. */
function atMinute(minute: number) {
  const pinned = liveHandlers(() => ({ liveMinute: minute }));
  server.use(http.get('*/api/stories/:slug/posts', ({ request }) => getResponse(pinned, request)));
}

describe('the live coverage client against the mock API', () => {
  it('loads the newest page with its ETag and the poll interval from Cache-Control', async () => {
    atMinute(0);
    const answer = await source.fetchNewestPosts(SLUG, 5);
    expect(answer.page.posts.map((post) => post.id)).toEqual(['surge-018', 'surge-017', 'surge-016', 'surge-015', 'surge-014']);
    expect(answer.page.live.status).toBe('live');
    expect(answer.page.pinned?.id).toBe('surge-002');
    expect(answer.etag).toMatch(/^".+"$/);
    expect(answer.pollSeconds).toBe(15);
  });

  it('polls with If-None-Match: unchanged while nothing happens, then only the new posts', async () => {
    atMinute(0);
    const first = await source.fetchNewestPosts(SLUG);
    const latest = first.page.latest!;
    await expect(source.fetchPostsAfter(SLUG, latest, first.etag)).resolves.toEqual({ status: 'unchanged', pollSeconds: 15 });
    atMinute(2);
    const delta = await source.fetchPostsAfter(SLUG, latest, first.etag);
    if (delta.status !== 'changed') throw new Error('expected a changed delta');
    expect(delta.page.posts.map((post) => post.id)).toEqual(['surge-019']);
    expect(delta.etag).not.toBe(first.etag);
  });

  it('pages older posts by the cursor of the page before', async () => {
    atMinute(0);
    const first = await source.fetchNewestPosts(SLUG, 10);
    const older = await source.fetchOlderPosts(SLUG, first.page.older!, 10);
    expect(older.posts.map((post) => post.id)).toEqual([
      'surge-008',
      'surge-007',
      'surge-006',
      'surge-005',
      'surge-004',
      'surge-003',
      'surge-002',
      'surge-001',
    ]);
    expect(older.older).toBeNull();
  });

  it('says the coverage ended, with no interval header falling back to the default', async () => {
    server.use(
      http.get('*/api/stories/:slug/posts', () =>
        HttpResponse.json({ live: { status: 'ended', startedAt: '2026-11-05T00:00:00Z', endedAt: '2026-11-05T06:50:00Z' }, posts: [] }),
      ),
    );
    const answer = await source.fetchNewestPosts('council-election-count');
    expect(answer.page.live.status).toBe('ended');
    expect(answer.pollSeconds).toBe(DEFAULT_POLL_SECONDS);
  });

  it('passes Retry-After on a 503 to the poller, and a 404 for a story without live coverage', async () => {
    server.use(http.get('*/api/stories/:slug/posts', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '120' } })));
    const error = await source.fetchPostsAfter(SLUG, 'surge-018', null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).retryAfter).toBe(120);
    server.resetHandlers();
    atMinute(0);
    const missing = await source.fetchNewestPosts('harbour-bridge-reopens').catch((caught: unknown) => caught);
    expect((missing as ContentError).kind).toBe('not-found');
  });
});
