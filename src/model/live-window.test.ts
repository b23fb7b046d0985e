import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generatedPost } from '../../mocks/fixtures/live-generator';
import { PostSchema } from '../api/post';
import { MAX_RENDERED, NEWEST_WINDOW, pinWindow, showNewer, showOlder, WINDOW_PAGE, windowAround, windowRange } from './live-window';

/** 1,000 posts newest first, as a live page holds them once every page is loaded. */
const posts = Array.from({ length: 1_000 }, (_, index) => v.parse(PostSchema, generatedPost(999 - index)));

describe('the window of posts in the DOM', () => {
  it('starts with the newest page', () => {
    expect(windowRange(posts, NEWEST_WINDOW)).toEqual({ start: 0, end: WINDOW_PAGE });
  });

  it('never holds more than MAX_RENDERED posts however far the reader pages', () => {
    let window = NEWEST_WINDOW;
    for (let page = 0; page < 60; page += 1) {
      window = showOlder(posts, window);
      const { start, end } = windowRange(posts, window);
      expect(end - start).toBeLessThanOrEqual(MAX_RENDERED);
    }
    expect(windowRange(posts, window)).toEqual({ start: 1_000 - MAX_RENDERED, end: 1_000 });
    window = showNewer(posts, window);
    expect(windowRange(posts, window)).toEqual({ start: 1_000 - MAX_RENDERED - WINDOW_PAGE, end: 1_000 - WINDOW_PAGE });
  });

  it('keeps its posts when new ones are revealed at the top, adding them (pinned by its last post)', () => {
    const pinned = pinWindow(posts.slice(3), NEWEST_WINDOW);
    expect(windowRange(posts, pinned)).toEqual({ start: 0, end: WINDOW_PAGE + 3 });
  });

  it('opens around a linked post with a page of context above it', () => {
    const { start, end } = windowRange(posts, windowAround(posts, 500));
    expect(start).toBe(500 - WINDOW_PAGE);
    expect(end).toBeGreaterThan(500);
    expect(windowRange(posts, windowAround(posts, 5))).toEqual({ start: 0, end: 5 + WINDOW_PAGE });
  });
});
