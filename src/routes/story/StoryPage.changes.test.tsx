// Coming back to a story that changed since the reader last read it on this device: the changes are marked in the
// page's first render (the loader reads the version kept in Cache Storage beside the story; decision 030).
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readVersionOf } from '../../model/read-versions';
import { blockText } from '../../model/story-diff';
import { MemoryCacheStorage } from '../../test/memory-cache';
import { renderRoute } from '../../test/render';
import { pinStoryVersion, storyVersion, VERSIONED_SLUG } from '../../test/story-versions';

const marks = (change: 'added' | 'edited') => document.querySelectorAll(`[data-change="${change}"]`).length;

/** Storage slower to read than the network is to answer: the page must still wait for what it holds. */
class SlowToRead extends MemoryCacheStorage {
  override async has(name: string): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return super.has(name);
  }
}

beforeEach(() => {
  vi.stubGlobal('caches', new SlowToRead());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a story that changed since the last visit', () => {
  it('is marked from the first render, and not again once read', async () => {
    const pin = pinStoryVersion(0);
    const headline = { level: 1, name: storyVersion(0).headline } as const;
    const firstVisit = renderRoute(`/story/${VERSIONED_SLUG}`);
    await screen.findByRole('heading', headline);
    await waitFor(async () => expect((await readVersionOf(VERSIONED_SLUG))?.blocks).toEqual(storyVersion(0).body.map(blockText)));
    firstVisit.unmount();

    // Another visit (a new page load: a new query cache) finds version 2.
    pin.index = 2;
    const secondVisit = renderRoute(`/story/${VERSIONED_SLUG}`);
    await screen.findByRole('heading', headline);
    // No wait: the banner and marks came with the story, not after it.
    expect(screen.getByText(/This story has changed since you last read it/)).toBeInTheDocument();
    expect([marks('added'), marks('edited')]).toEqual([2, 1]);
    await waitFor(async () => expect((await readVersionOf(VERSIONED_SLUG))?.blocks).toEqual(storyVersion(2).body.map(blockText)));
    secondVisit.unmount();

    renderRoute(`/story/${VERSIONED_SLUG}`);
    await screen.findByRole('heading', headline);
    expect(screen.queryByText(/This story has changed since you last read it/)).toBeNull();
    expect(marks('added') + marks('edited')).toBe(0);
  });
});
