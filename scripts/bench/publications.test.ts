// The Arabic demo in the Lighthouse bench: its story is its own publication's showcase story, measured beside that
// story's floor; pages it has no floor for are not measured.
import { describe, expect, it } from 'vitest';
import { stories } from '../../mocks/fixtures/publications/ar';
import { pagePath, PUBLICATION_STORIES } from './publications';

describe('pagePath', () => {
  it('gives demo-ar its own showcase story, a story of the Arabic fixtures, and the English builds theirs', () => {
    expect(pagePath('demo-ar', 'story')).toBe('/story/corniche-bridge-reopens');
    expect(stories.some((story) => `/story/${story.slug}` === pagePath('demo-ar', 'story'))).toBe(true);
    expect(pagePath('demo', 'story')).toBe('/story/harbour-bridge-reopens');
    expect(pagePath('demo-ar', 'front')).toBe('/');
    expect(pagePath('demo-ar', 'archive')).toBe('/archive');
  });

  it('has no image-led page for demo-ar: an English story there would be a page its build does not have', () => {
    expect(pagePath('demo-ar', 'image-led')).toBeUndefined();
    expect(pagePath('demo', 'image-led')).toBe('/story/library-reopens-restoration');
  });
});

it('pairs each demo story with the floor of its own publication, English first', () => {
  expect(PUBLICATION_STORIES).toEqual([
    { story: 'demo story', floor: 'static floor story' },
    { story: 'demo-ar story', floor: 'static floor ar story' },
  ]);
});
