// Returning to a story the cache kept: the text is the version the reader had; a newer one is offered, never swapped
// in under them, and what it changed is marked once they show it.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pinStoryVersion, storyVersion, VERSIONED_SLUG } from '../../test/story-versions';
import { renderRoute } from '../../test/render';

/** The closing paragraph only the latest version has. */
const LATE_NEWS = /Hana Okonkwo-Reyes, a retired appeals judge/;
const marks = (change: 'added' | 'edited') => document.querySelectorAll(`[data-change="${change}"]`).length;

afterEach(() => {
  vi.useRealTimers();
});

describe('returning to a story', () => {
  it('keeps the text shown and offers the newer version, marked on Show, when the story changed since the cache got it', async () => {
    const pin = pinStoryVersion(0);
    // Only the clock is fake, so that five minutes can pass between the visits; timers and requests run for real.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const { router } = renderRoute(`/story/${VERSIONED_SLUG}`);
    const headline = storyVersion(0).headline;
    await screen.findByRole('heading', { level: 1, name: headline });
    await act(() => router.navigate('/'));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: headline })).toBeNull());

    pin.index = 2;
    vi.setSystemTime(Date.now() + 5 * 60_000);
    const requests = pin.calls.length;
    await act(() => router.navigate(`/story/${VERSIONED_SLUG}`));
    await screen.findByRole('heading', { level: 1, name: headline });

    // The page checks at once for a story kept from an earlier visit, and offers what it found.
    const show = await screen.findByRole('button', { name: 'Show' }, { timeout: 10_000 });
    const notice = show.closest('[role="status"]');
    expect(notice).toHaveTextContent('This story has been updated');
    expect(pin.calls.slice(requests)).toEqual([expect.objectContaining({ etag: null, status: 200 })]);
    // Give any other request (a refetch by the cache) its time: none may change the text under the reader.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pin.calls).toHaveLength(requests + 1);
    expect(screen.queryByText(LATE_NEWS)).toBeNull();
    expect(marks('added') + marks('edited')).toBe(0);

    await userEvent.click(show);
    expect(notice).not.toBeInTheDocument();
    expect(await screen.findByText(LATE_NEWS)).toBeInTheDocument();
    expect(screen.getByText(/You are now reading the updated story\./)).toBeInTheDocument();
    expect(marks('added')).toBe(2);
    expect(marks('edited')).toBe(1);
  });
});
