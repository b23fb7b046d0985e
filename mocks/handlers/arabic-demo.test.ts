// The mock API as the Arabic demo build serves it (`#fixtures` is mocks/fixtures/publications/ar.ts there): the
// front page, stories, lists, live coverage, the archive paged to its end, and search that matches Arabic text.
import { getResponse, type HttpHandler } from 'msw';
import * as v from 'valibot';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SummaryPageSchema, SearchPageSchema } from '../../src/api/archive';
import { PostsPageSchema } from '../../src/api/post';
import { StorySchema } from '../../src/api/story';
import { FrontPageSchema, PopularListSchema } from '../../src/api/summary';
import * as ar from '../fixtures/publications/ar';

vi.mock('#fixtures', () => import('../fixtures/publications/ar'));
// The Arabic publication's zone (Vitest builds the English one): the archive's days are Cairo's.
vi.mock('../../src/lib/publication', async (original) => {
  const actual = await original<typeof import('../../src/lib/publication')>();
  return { ...actual, PUBLICATION: { ...actual.PUBLICATION, timeZone: 'Africa/Cairo' } };
});

let handlers: HttpHandler[];
let firstVisitKeys: () => string[];

beforeAll(async () => {
  // The setup file loaded the handlers with the English fixtures; these are loaded afresh, with the Arabic ones.
  vi.resetModules();
  ({ handlers } = await import('../handlers'));
  ({ firstVisitKeys } = await import('../snapshot-keys'));
});

async function get(path: string, cookie = ''): Promise<unknown> {
  const response = await getResponse(handlers, new Request(`http://lede.invalid/api${path}`, { headers: { cookie } }));
  expect(response?.status, path).toBe(200);
  return response!.json();
}

const arabic = /\p{Script=Arabic}/u;

describe('the mock API over the Arabic fixtures', () => {
  it('serves the Arabic front page, hot topics and most popular', async () => {
    const front = v.parse(FrontPageSchema, await get('/front'));
    expect(front.topStories[0]?.slug).toBe(ar.stories[0]!.slug);
    expect(front.topStories.every((summary) => arabic.test(summary.headline))).toBe(true);
    expect(front.hotTopics.map((topic) => topic.name)).toEqual(ar.hotTopicSlugs.map((slug) => ar.topics.find((t) => t.slug === slug)!.name));
    const popular = v.parse(PopularListSchema, await get('/popular?period=week'));
    expect(popular.items.map((item) => item.slug)).toEqual(ar.popularSlugs);
  });

  it('answers every first-visit request of the demo snapshot from the Arabic stories and topics', async () => {
    const keys = firstVisitKeys();
    expect(keys).toContain('/stories/corniche-bridge-reopens');
    expect(keys).toContain('/topics/city');
    expect(keys.some((key) => key.includes('harbour-bridge'))).toBe(false);
    for (const key of keys) await get(key);
  });

  it('serves the live coverage with its posts as of the pinned minute, and the changing story by version', async () => {
    const story = v.parse(StorySchema, await get('/stories/khor-storm-live', 'lede-live-minute=20'));
    expect(story.live?.keyPoints[0]).toMatch(arabic);
    const page = v.parse(PostsPageSchema, await get('/stories/khor-storm-live/posts?limit=100', 'lede-live-minute=20'));
    expect(page.latest).toBe('storm-025');
    expect(page.posts.map((post) => post.id)).not.toContain('storm-019');
    const opening = v.parse(PostsPageSchema, await get('/stories/khor-storm-live/posts?limit=100', 'lede-live-minute=0'));
    expect(opening.latest).toBe('storm-015');
    const latest = v.parse(StorySchema, await get(`/stories/${ar.VERSIONED_SLUG}`, 'lede-story-version=2'));
    expect(latest.updates).toHaveLength(3);
  });

  it('pages the archive to its end: the Arabic stories merged with generated ones written in Arabic', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: v.InferOutput<typeof SummaryPageSchema> = v.parse(
        SummaryPageSchema,
        await get(`/archive?limit=50${cursor ? `&cursor=${cursor}` : ''}`),
      );
      seen.push(...page.items.map((item) => item.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ar.stories.map((story) => story.slug)));
    const generated = seen.find((slug) => /-g\d+$/.test(slug))!;
    const story = v.parse(StorySchema, await get(`/stories/${generated}`));
    expect(story.headline).toMatch(arabic);
    expect(story.hero?.caption).toMatch(arabic);
    // Days are the publication's (Cairo): the bridge story, out at 06:50 on the 23rd there, is not before that day.
    const before = v.parse(SummaryPageSchema, await get('/archive?before=2026-11-23&limit=1'));
    expect(before.items[0]?.slug).toBe('khor-storm-live');
    const topic = v.parse(SummaryPageSchema, await get('/topics/sport/stories?limit=5'));
    expect(topic.items.every((item) => item.topic.slug === 'sport' && arabic.test(item.topic.name))).toBe(true);
  });

  it('finds Arabic words in headlines and bodies, typed with or without their marks, and quotes the passage', async () => {
    const withMarks = v.parse(SearchPageSchema, await get(`/search?q=${encodeURIComponent('العبّارات')}`));
    const without = v.parse(SearchPageSchema, await get(`/search?q=${encodeURIComponent('العبارات')}`));
    expect(withMarks.items.length).toBeGreaterThan(0);
    expect(without.items.map((item) => item.slug)).toEqual(withMarks.items.map((item) => item.slug));
    const body = v.parse(SearchPageSchema, await get(`/search?q=${encodeURIComponent('سعف النخيل')}`));
    expect(body.items.map((item) => item.slug)).toEqual(['sea-turtle-nesting-record']);
    expect(body.items[0]?.excerpt).toContain('سعف النخيل');
    const latin = v.parse(SearchPageSchema, await get('/search?q=tidebyte'));
    expect(latin.items[0]?.slug).toBe('tidebyte-data-centre');
  });
});
