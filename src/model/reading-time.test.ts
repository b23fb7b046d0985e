// Reading time: the words a reader reads, in whole minutes.
import { describe, expect, it } from 'vitest';
import { fixtureStory, SHOWCASE_SLUG } from '../test/fixtures';
import { readingMinutes, storyWords } from './reading-time';

describe('reading time', () => {
  it('counts the words readers read and rounds to whole minutes, at least one', () => {
    const story = fixtureStory(SHOWCASE_SLUG);
    expect(storyWords(story)).toBeGreaterThan(300);
    expect(readingMinutes(story)).toBe(Math.max(1, Math.round(storyWords(story) / 230)));
    expect(readingMinutes({ headline: 'Short', standfirst: '', body: [] })).toBe(1);
  });
});
