import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureStory, SHOWCASE_SLUG } from '../../test/fixtures';
import { setPwaState } from '../../pwa/store';
import { POLL_MS, RECONNECT_MS, useStoryUpdates } from './useStoryUpdates';

const fetchStoryRevision = vi.fn();
vi.mock('../../api/content', () => ({ fetchStoryRevision: (...args: unknown[]) => fetchStoryRevision(...args) }));

const story = fixtureStory(SHOWCASE_SLUG);

beforeEach(() => {
  vi.useFakeTimers();
  fetchStoryRevision.mockReset();
  setPwaState({ online: true, backOnline: false });
});
afterEach(() => {
  vi.useRealTimers();
  setPwaState({ online: true, backOnline: false });
});

describe('checking an open story for updates', () => {
  it('checks again soon, backing off, while the network is not back, and at the normal pace once it is', async () => {
    // Each check is answered from the device: Lede stays in its offline mode (src/pwa/store.ts does this for real).
    fetchStoryRevision.mockImplementation(async () => {
      setPwaState({ online: false });
      return { status: 'unchanged' };
    });
    renderHook(() => useStoryUpdates(story));
    window.dispatchEvent(new Event('online')); // the browser says the connection is back: check at once
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RECONNECT_MS);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2 * RECONNECT_MS - 1);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(3);

    // This one reaches the network: back to one check a poll.
    fetchStoryRevision.mockImplementation(async () => {
      setPwaState({ online: true });
      return { status: 'unchanged' };
    });
    await vi.advanceTimersByTimeAsync(4 * RECONNECT_MS);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchStoryRevision).toHaveBeenCalledTimes(5);
  });
});
