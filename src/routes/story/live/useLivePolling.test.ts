import { renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import type { PostsPage } from '../../../api/post';
import { appQueryWrapper } from '../../../test/render';
import { useLivePolling } from './useLivePolling';

const SLUG = 'storm-surge-flood-watch';
const LIVE = { status: 'live', startedAt: '2026-11-20T11:00:00Z' };

interface Call {
  after: string | null;
  etag: string | null;
}

/** The posts endpoint answering from a script: each call takes the next answer (the last one repeats). */
function scriptedApi(answers: Array<() => Response>) {
  const calls: Call[] = [];
  server.use(
    http.get('*/api/stories/:slug/posts', ({ request }) => {
      calls.push({ after: new URL(request.url).searchParams.get('after'), etag: request.headers.get('if-none-match') });
      return (answers[Math.min(calls.length - 1, answers.length - 1)] ?? answers[0]!)();
    }),
  );
  return calls;
}

const notModified = () => new HttpResponse(null, { status: 304, headers: { 'cache-control': 'max-age=15', etag: '"r1"' } });
const delta = (id: string) => () =>
  HttpResponse.json(
    { live: LIVE, posts: [{ id, publishedAt: '2026-11-20T20:02:00Z', body: [] }], latest: id },
    { headers: { 'cache-control': 'max-age=10', etag: `"${id}"` } },
  );

function poll(enabled = true) {
  const pages: PostsPage[] = [];
  const view = renderHook(
    () => useLivePolling({ slug: SLUG, enabled, latest: () => 'surge-018', etag: '"r1"', pollSeconds: 15, onPage: (page) => pages.push(page) }),
    { wrapper: appQueryWrapper() },
  );
  return { pages, view };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('useLivePolling', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
    setOnline(true);
  });

  it('polls every max-age seconds with If-None-Match; a 304 reaches no callback; a delta does, and its interval applies', async () => {
    const calls = scriptedApi([notModified, delta('surge-019'), notModified]);
    const { pages } = poll();
    await vi.advanceTimersByTimeAsync(14_900);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toEqual([{ after: 'surge-018', etag: '"r1"' }]);
    expect(pages).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(calls).toHaveLength(2);
    expect(pages.map((page) => page.latest)).toEqual(['surge-019']);
    // The delta said max-age=10 and gave a new ETag: the next poll comes 10 s later and sends it.
    await vi.advanceTimersByTimeAsync(10_050);
    expect(calls).toHaveLength(3);
    expect(calls[2]?.etag).toBe('"surge-019"');
  });

  it('honours Retry-After on a 429 and a 503, even when the tab comes back into view', async () => {
    const calls = scriptedApi([
      () => HttpResponse.json({ error: 'slow down' }, { status: 429, headers: { 'retry-after': '120' } }),
      () => HttpResponse.json({ error: 'unavailable' }, { status: 503, headers: { 'retry-after': '90' } }),
      notModified,
    ]);
    poll();
    await vi.advanceTimersByTimeAsync(15_100);
    expect(calls).toHaveLength(1);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(119_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(89_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(3);
  });

  it('backs off while the tab is hidden and checks at once when it is shown again', async () => {
    const calls = scriptedApi([notModified]);
    poll();
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(calls).toHaveLength(1);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(2);
  });

  it('pauses offline and checks at once when the connection is back', async () => {
    const calls = scriptedApi([notModified]);
    poll();
    setOnline(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(0);
    setOnline(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(1);
  });

  it('never polls when the coverage has ended (disabled), and stops when it becomes so', async () => {
    const calls = scriptedApi([notModified]);
    poll(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(0);

    let enabled = true;
    const { rerender } = renderHook(
      () => useLivePolling({ slug: SLUG, enabled, latest: () => 'surge-018', etag: null, pollSeconds: 15, onPage: () => undefined }),
      { wrapper: appQueryWrapper() },
    );
    await vi.advanceTimersByTimeAsync(15_100);
    expect(calls).toHaveLength(1);
    enabled = false;
    rerender();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
  });
});
