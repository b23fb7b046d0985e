// The live poller against the MSW handlers, under fake timers, with connectivity observed as in the app.
import { renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import type { PostsPage } from '../../../api/post';
import { getPwaState } from '../../../pwa/store';
import { POLL_FLOOR_MS } from '../../poller';
import { connectedQueryWrapper, setBrowserOnline } from '../../../test/connected';
import { useLivePolling } from './useLivePolling';

const SLUG = 'storm-surge-flood-watch';
const LIVE = { status: 'live', startedAt: '2026-11-20T11:00:00Z' };

interface Call {
  after: string | null;
  etag: string | null;
}

/** When each call came, in whole seconds since the test began (the fake clock; the request path adds a millisecond). */
let times: number[] = [];
let began = 0;
/** Date.now() at each call. */
let at: number[] = [];

/** The posts endpoint answering from a script: each call takes the next answer (the last one repeats). */
function scriptedApi(answers: Array<() => Response>) {
  const calls: Call[] = [];
  server.use(
    http.get('*/api/stories/:slug/posts', ({ request }) => {
      calls.push({ after: new URL(request.url).searchParams.get('after'), etag: request.headers.get('if-none-match') });
      times.push(Math.floor((Date.now() - began) / 1000));
      at.push(Date.now());
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

function poll(enabled = true, { latest = 'surge-018' as string | null, pollSeconds = 15 } = {}) {
  const pages: PostsPage[] = [];
  const view = renderHook(
    () => useLivePolling({ slug: SLUG, enabled, latest: () => latest, etag: '"r1"', pollSeconds, onPage: (page) => pages.push(page) }),
    { wrapper: connectedQueryWrapper() },
  );
  return { pages, view };
}

/**
 * Advances the fake clock by `ms`, then waits for the poll it started to reach the API. A source's first poll loads
 * live coverage's code (a dynamic import in the Lede source), which takes real time that no fake clock waits for.
 */
async function advanceToFirstPoll(ms: number): Promise<void> {
  const reached = new Promise<void>((resolve) => {
    const onRequest = () => {
      server.events.removeListener('request:end', onRequest);
      resolve();
    };
    server.events.on('request:end', onRequest);
  });
  await vi.advanceTimersByTimeAsync(ms);
  await reached;
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useLivePolling', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    began = Date.now();
    times = [];
    at = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
  });

  it('polls every max-age seconds with If-None-Match; a 304 reaches no callback; a delta does, and its interval applies', async () => {
    const calls = scriptedApi([notModified, delta('surge-019'), notModified]);
    const { pages } = poll();
    await vi.advanceTimersByTimeAsync(14_900);
    expect(calls).toHaveLength(0);
    await advanceToFirstPoll(200);
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
    await advanceToFirstPoll(15_100);
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
    await advanceToFirstPoll(1_100);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(10);
    expect(times).toEqual([60, 65]);
  });

  it('pauses while connectivity is offline and the browser agrees, and checks at once when the connection is back', async () => {
    const calls = scriptedApi([notModified]);
    poll();
    setBrowserOnline(false);
    expect(getPwaState().online).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(0);
    setBrowserOnline(true);
    await advanceToFirstPoll(10);
    expect(calls).toHaveLength(1);
  });

  it('on an empty first page with max-age=0, polls no more often than the floor, never back to back', async () => {
    const emptyNow = () =>
      HttpResponse.json({ live: LIVE, posts: [], latest: null, older: null }, { headers: { 'cache-control': 'max-age=0', etag: '"empty"' } });
    const calls = scriptedApi([emptyNow]);
    poll(true, { latest: null, pollSeconds: 0 });
    await advanceToFirstPoll(2_000);
    await vi.advanceTimersByTimeAsync(10_000);
    // Polling goes on (the page may still fill), a floor apart at least, so 6 in 12 s at most.
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.length).toBeLessThanOrEqual(6);
    for (let index = 1; index < at.length; index += 1) expect(at[index]! - at[index - 1]!).toBeGreaterThanOrEqual(POLL_FLOOR_MS);
    expect(calls.every((call) => call.after === null)).toBe(true);
  });

  it('polls again after 2, 4, 8 s while its polls cannot reach the service though the browser says online, then at the interval', async () => {
    const unreachable = () => HttpResponse.error();
    scriptedApi([unreachable, unreachable, unreachable, notModified]);
    poll();
    await advanceToFirstPoll(15_000);
    await vi.advanceTimersByTimeAsync(500);
    expect(getPwaState().online).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000);
    expect(getPwaState().online).toBe(true);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(times).toEqual([15, 17, 21, 29, 44]);
  });

  it('never polls when the coverage has ended (disabled), and stops when it becomes so', async () => {
    const calls = scriptedApi([notModified]);
    poll(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(0);

    let enabled = true;
    const { rerender } = renderHook(
      () => useLivePolling({ slug: SLUG, enabled, latest: () => 'surge-018', etag: null, pollSeconds: 15, onPage: () => undefined }),
      { wrapper: connectedQueryWrapper() },
    );
    await advanceToFirstPoll(15_100);
    expect(calls).toHaveLength(1);
    enabled = false;
    rerender();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
  });
});
