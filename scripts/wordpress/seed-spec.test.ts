// The WordPress seed spec covers every fixture story once, uploads each photo once, and keeps the draft out of sight.
import { describe, expect, it } from 'vitest';
import { DRAFT_SLUG, STICKY_SLUG, buildSeedSpec, mysqlGmt, seededStories } from './seed-spec';

const spec = buildSeedSpec('http://127.0.0.1:8881', '/images');

describe('the WordPress seed spec', () => {
  it('has every fixture story published, oldest first, then one draft', () => {
    const published = spec.posts.filter((post) => post.status === 'publish');
    expect(published.map((post) => post.slug)).toEqual([...seededStories].reverse().map((story) => story.slug));
    expect(spec.posts.filter((post) => post.status === 'draft').map((post) => post.slug)).toEqual([DRAFT_SLUG]);
    expect(spec.posts.at(-1)?.slug).toBe(DRAFT_SLUG);
  });

  it('carries dates in WordPress GMT form, with updatedAt as the modified date', () => {
    const bridge = spec.posts.find((post) => post.slug === 'harbour-bridge-reopens');
    expect(bridge?.dateGmt).toBe('2026-11-23 12:30:00');
    expect(bridge?.modifiedGmt).toBe('2026-11-23 22:20:00');
    expect(mysqlGmt('2023-02-14T09:00:00Z')).toBe('2023-02-14 09:00:00');
  });

  it('uploads each photo once, before the first post that shows it, and every token names an uploaded photo', () => {
    const seen = new Set<string>();
    for (const post of spec.posts) {
      for (const item of post.media) {
        expect(seen.has(item.photoId)).toBe(false);
        seen.add(item.photoId);
      }
      for (const [, photoId] of post.content.matchAll(/\{\{lede:image-(?:id|url):([a-z0-9-]+)\}\}/g)) expect(seen.has(photoId ?? '')).toBe(true);
      if (post.featured) expect(seen.has(post.featured)).toBe(true);
    }
  });

  it('has exactly one sticky post, and knows every author, category and tag it uses', () => {
    expect(spec.posts.filter((post) => post.sticky).map((post) => post.slug)).toEqual([STICKY_SLUG]);
    const users = new Set(spec.users.map((user) => user.login));
    const categories = new Set(spec.categories.map((term) => term.slug));
    const tags = new Set(spec.tags.map((term) => term.slug));
    for (const post of spec.posts) {
      expect(users.has(post.author)).toBe(true);
      for (const slug of post.categories) expect(categories.has(slug)).toBe(true);
      for (const slug of post.tags) expect(tags.has(slug)).toBe(true);
    }
    expect(spec.users.find((user) => user.login === 'tomas-reyhani')).toMatchObject({
      name: 'Tomas Reyhani',
      description: 'Transport correspondent',
    });
  });
});
