// The real story-update check against the MSW handlers, under fake timers, with connectivity observed as in the app.
import { act, renderHook } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { getPwaState } from '../../pwa/store';
import { useContentSource } from '../../queries/client';
import { connectedQueryWrapper, setBrowserOnline } from '../../test/connected';
import { pinStoryVersion, storyVersion, VERSIONED_SLUG } from '../../test/story-versions';
import { POLL_MS, useStoryUpdates } from './useStoryUpdates';

const etagOf = (index: number) => `"${VERSIONED_SLUG}-v${index}"`;

/** The hook on a story showing `shown`, plus the source it requests through (for another request of the app). */
function watch(shown = storyVersion(1)) {
  return renderHook(({ story }) => ({ latest: useStoryUpdates(story), source: useContentSource() }), {
    wrapper: connectedQueryWrapper(),
    initialProps: { story: shown },
  });
}

let began = 0;
const sinceStart = (calls: Array<{ at: number }>) => calls.map((call) => call.at - began);

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  began = Date.now();
});
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
});

describe('checking an open story for updates', () => {
  it('asks every minute with the last ETag, and offers a newer version without applying it', async () => {
    const pin = pinStoryVersion(1);
    const { result, rerender } = watch();
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    // The first answer is the version on show: nothing to offer; the next asks with its ETag and gets a 304.
    expect(pin.calls.map(({ etag, status }) => ({ etag, status }))).toEqual([
      { etag: null, status: 200 },
      { etag: etagOf(1), status: 304 },
    ]);
    expect(result.current.latest).toBeNull();

    pin.index = 2;
    // A moment past the minute, for its body to be read; in act, as the offer is a render.
    await act(() => vi.advanceTimersByTimeAsync(POLL_MS + 100));
    expect(pin.calls.at(-1)).toMatchObject({ etag: etagOf(1), status: 200 });
    expect(result.current.latest?.updatedAt).toBe(storyVersion(2).updatedAt);

    // The reader showed it: nothing is pending any more.
    rerender({ story: storyVersion(2) });
    expect(result.current.latest).toBeNull();
  });

  it('never runs two checks at once, and leaves nothing polling once unmounted', async () => {
    pinStoryVersion(1);
    let answering = 0;
    // A slow service: each answer takes 10 s.
    server.use(
      http.get(`*/api/stories/${VERSIONED_SLUG}`, async () => {
        answering += 1;
        await delay(10_000);
        return undefined;
      }),
    );
    const { unmount } = watch();
    await vi.advanceTimersByTimeAsync(POLL_MS + 1_000);
    expect(answering).toBe(1);
    // The tab comes back into view and the browser reports the connection while that check is still out.
    setVisibility('visible');
    setBrowserOnline(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(answering).toBe(1);
    unmount();
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(answering).toBe(1);
  });

  it('checks again after 2, 4, 8 s while requests cannot reach the service though the browser says online, then every minute', async () => {
    const pin = pinStoryVersion(1);
    pin.unreachable = true;
    watch();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(getPwaState().online).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000);
    expect(sinceStart(pin.calls)).toEqual([60_000, 62_000, 66_000, 74_000]);

    // This one reaches the service: connectivity is back, and so is the minute between checks.
    pin.unreachable = false;
    await vi.advanceTimersByTimeAsync(16_000);
    expect(getPwaState().online).toBe(true);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(sinceStart(pin.calls)).toEqual([60_000, 62_000, 66_000, 74_000, 90_000, 150_000]);
  });

  it('checks at once when another request of the app finds the service again', async () => {
    const pin = pinStoryVersion(1);
    pin.unreachable = true;
    const { result } = watch();
    await vi.advanceTimersByTimeAsync(POLL_MS + 2_000 + 4_000 + 8_000 + 16_000);
    expect(sinceStart(pin.calls)).toEqual([60_000, 62_000, 66_000, 74_000, 90_000]);
    expect(getPwaState().online).toBe(false);

    // Ten seconds into a 32-second wait, the reader opens something that loads: connectivity is observed back.
    pin.unreachable = false;
    await vi.advanceTimersByTimeAsync(10_000);
    await act(() => result.current.source.fetchFrontPage());
    expect(getPwaState().online).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sinceStart(pin.calls).at(-1)).toBe(100_000);
  });

  it('sends nothing while hidden or while the browser says offline, and checks at once when either ends', async () => {
    const pin = pinStoryVersion(1);
    watch();
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(pin.calls).toEqual([]);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(sinceStart(pin.calls)).toEqual([600_000]);
    await vi.advanceTimersByTimeAsync(1_000);

    setBrowserOnline(false);
    expect(getPwaState().online).toBe(false);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(pin.calls).toHaveLength(1);
    setBrowserOnline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sinceStart(pin.calls)).toEqual([600_000, 1_201_000]);
  });
});
