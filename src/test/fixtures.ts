// Parsed fixture stories for component tests, so assertions come from the same data the app shows.
import * as v from 'valibot';
import { ArticleSchema, type Article } from '../api/article';
import { stories } from '../../mocks/fixtures/stories';

export function fixtureArticle(slug: string): Article {
  const story = stories.find((candidate) => candidate.slug === slug);
  if (!story) throw new Error(`No fixture story ${slug}`);
  return v.parse(ArticleSchema, story);
}

export const SHOWCASE_SLUG = 'harbour-bridge-reopens';
