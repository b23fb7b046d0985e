// Parsed fixture stories for component tests, so assertions come from the same data the app shows.
import * as v from 'valibot';
import { StorySchema, type Story } from '../api/story';
import { stories } from '../../mocks/fixtures/stories';

export function fixtureStory(slug: string): Story {
  const story = stories.find((candidate) => candidate.slug === slug);
  if (!story) throw new Error(`No fixture story ${slug}`);
  return v.parse(StorySchema, story);
}

export const SHOWCASE_SLUG = 'harbour-bridge-reopens';
