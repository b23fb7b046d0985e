// The WordPress source over posts recorded from the seeded site: stories, lists, topics, paging, search, revisions.
import * as v from 'valibot';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { StorySchema } from '../../story';
import { SummaryPageSchema, type SummaryPage } from '../../archive';
import { isNotFound } from '../../errors';
import { SummarySchema } from '../../summary';
import { recordedPosts, recordedSiteHandlers, RECORDED_SITE, type RecordedPost } from '../../../../mocks/wordpress/recorded-site';
import { testRoad } from '../../../test/content';
import { createWordPressSource } from './source';

/** A source over the recorded site with a session of its own (what it has requested), as the app makes one per start. */
const newSource = () => createWordPressSource({ siteUrl: RECORDED_SITE, popularTag: 'most-read', hotTopics: [] }, testRoad().http);
const source = newSource();
const posts = recordedPosts();
const DRAFT = 'embargoed-ferry-fares';

function useSite(site: RecordedPost[] = posts) {
  server.use(...recordedSiteHandlers(site));
}

describe('the WordPress source over recorded posts', () => {
  it('maps every recorded post to a valid story, with entities decoded', async () => {
    useSite();
    expect(posts.length).toBeGreaterThan(15);
    for (const post of posts) {
      const story = await source.fetchStory(post.slug);
      expect(v.safeParse(StorySchema, story).success, post.slug).toBe(true);
      expect(story.headline, post.slug).not.toMatch(/&#?\w+;|<\w/);
      expect(story.standfirst, post.slug).not.toMatch(/&#?\w+;|<\w/);
    }
    const tip = await source.fetchStory('tip-line-scam-warning');
    expect(tip.headline).toMatch(/^Fake ‘Herald tip line’ texts/);
  });

  it('asks for a story trimmed to the fields and embeds it reads, and reads each the same as from the whole post', async () => {
    const asked: URL[] = [];
    useSite();
    server.use(
      http.get(`${RECORDED_SITE}/wp-json/wp/v2/posts`, ({ request }) => {
        asked.push(new URL(request.url));
      }),
    );
    const trimmed = newSource();
    const read = await Promise.all(posts.map((post) => trimmed.fetchStory(post.slug)));
    expect(asked).toHaveLength(posts.length);
    for (const url of asked) {
      expect(url.searchParams.get('_embed'), url.href).toBe('author,wp:term,wp:featuredmedia');
      expect(url.searchParams.get('_fields'), url.href).toMatch(/^[a-z_.:,]+$/);
    }
    // The same stories from a site that ignores `_fields` and embeds everything (what the request was before).
    useSite();
    server.use(
      http.get(`${RECORDED_SITE}/wp-json/wp/v2/posts`, ({ request }) => {
        const whole = new URL(request.url);
        if (!whole.searchParams.has('_fields')) return undefined;
        whole.searchParams.delete('_fields');
        whole.searchParams.set('_embed', '');
        return fetch(whole);
      }),
    );
    const untrimmed = newSource();
    expect(read).toEqual(await Promise.all(posts.map((post) => untrimmed.fetchStory(post.slug))));
  });

  it('answers an unknown slug, and the draft, with not-found', async () => {
    useSite();
    for (const slug of ['no-such-story', DRAFT]) {
      const error = await source.fetchStory(slug).catch((caught: unknown) => caught);
      expect(isNotFound(error), slug).toBe(true);
    }
  });

  it('puts sticky posts first on the front page, then the latest, each once, as valid summaries', async () => {
    useSite();
    const front = await source.fetchFrontPage();
    expect(front.topStories[0]?.slug).toBe('tip-line-scam-warning');
    expect(front.topStories[1]?.slug).toBe('harbour-bridge-reopens');
    expect(new Set(front.topStories.map((story) => story.slug)).size).toBe(front.topStories.length);
    for (const story of front.topStories) expect(v.safeParse(SummarySchema, story).success).toBe(true);
    expect(front.hotTopics.length).toBeGreaterThan(0);
    expect(front.hotTopics.map((topic) => topic.slug)).not.toContain('uncategorized');
    expect(JSON.stringify(front)).not.toContain(DRAFT);
  });

  it('finds similar stories by shared categories or tags, never the story itself', async () => {
    useSite();
    const similar = await source.fetchSimilar('harbour-bridge-reopens');
    expect(similar.items.length).toBeGreaterThan(0);
    expect(similar.items.map((story) => story.slug)).not.toContain('harbour-bridge-reopens');
  });

  it("asks for nothing the session already knows: a read story's terms, and the popular tag once", async () => {
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => requested.push(decodeURIComponent(request.url));
    server.events.on('request:start', record);
    useSite();
    const session = newSource();
    await session.fetchStory('harbour-bridge-reopens');
    const [similar, popular] = await Promise.all([session.fetchSimilar('harbour-bridge-reopens'), session.fetchPopular()]);
    await session.fetchPopular();
    server.events.removeListener('request:start', record);
    expect(similar.items.length).toBeGreaterThan(0);
    expect(similar.items.map((story) => story.slug)).not.toContain('harbour-bridge-reopens');
    expect(popular.items.length).toBeGreaterThan(0);
    // The story's own request brought its categories and tags; the tag's id was looked up once for both lists.
    expect(requested.filter((url) => url.includes('slug=harbour-bridge-reopens'))).toHaveLength(1);
    expect(requested.filter((url) => url.includes('/tags') && url.includes('slug=most-read'))).toHaveLength(1);
    // A story this session never requested: its terms are asked for on their own.
    requested.length = 0;
    server.events.on('request:start', record);
    await session.fetchSimilar('ferry-contract-tender');
    server.events.removeListener('request:start', record);
    expect(
      requested.filter((url) => url.includes('slug=ferry-contract-tender') && url.includes('_fields=id,slug,date_gmt,categories,tags')),
    ).toHaveLength(1);
  });

  it('ranks popular stories by the editors’ tag, else sticky posts', async () => {
    useSite();
    const mostRead = (await source.fetchPopular()).items.map((story) => story.slug);
    expect(mostRead.length).toBeGreaterThan(0);
    const stickyOnly = createWordPressSource({ siteUrl: RECORDED_SITE, popularTag: 'no-such-tag', hotTopics: [] }, testRoad().http);
    expect((await stickyOnly.fetchPopular()).items.map((story) => story.slug)).toEqual(['tip-line-scam-warning']);
  });

  it('reads a topic from its category, and hot topics from the setting in its order', async () => {
    useSite();
    await expect(source.fetchTopic('transport')).resolves.toMatchObject({ slug: 'transport', name: 'Transport' });
    expect(isNotFound(await source.fetchTopic('no-such-topic').catch((caught: unknown) => caught))).toBe(true);
    const chosen = createWordPressSource({ siteUrl: RECORDED_SITE, popularTag: '', hotTopics: ['sport', 'city'] }, testRoad().http);
    expect((await chosen.fetchHotTopics()).map((topic) => topic.slug)).toEqual(['sport', 'city']);
  });

  it('pages the archive by cursor without duplicates or gaps, even when posts share a timestamp', async () => {
    // Five posts published in the same second, straddling page boundaries.
    const shared = posts.map((post, index) => (index >= 3 && index < 8 ? { ...post, date: posts[3]?.date ?? post.date } : post));
    useSite(shared);
    const seen: string[] = [];
    let cursor: string | null = null;
    // Bounded: a cursor that stood still would otherwise page forever.
    for (let pages = 0; pages < shared.length; pages += 1) {
      const page: SummaryPage = v.parse(SummaryPageSchema, await source.fetchArchivePage(null, { cursor, limit: 2 }));
      seen.push(...page.items.map((story) => story.slug));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual(shared.map((post) => post.slug));
  });

  it('starts the archive before a date, and ends a search past its last page', async () => {
    useSite();
    const before = await source.fetchArchivePage('2025-01-01');
    expect(before.items.length).toBeGreaterThan(0);
    for (const story of before.items) expect(Date.parse(story.publishedAt)).toBeLessThan(Date.parse('2025-01-01T05:00:00Z'));
    const first = await source.fetchSearchPage('harbour bridge', { limit: 2 });
    expect(first.items.map((story) => story.slug)).toContain('harbour-bridge-reopens');
    expect(first.nextCursor).toBe('2');
    // A cursor past the end: WordPress's 400 rest_post_invalid_page_number, which is the end of the list.
    await expect(source.fetchSearchPage('harbour bridge', { cursor: '9', limit: 2 })).resolves.toEqual({ items: [], nextCursor: null });
    await expect(source.fetchSearchPage('harbour zebra')).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('tells a changed story from an unchanged one by its modified time, without conditional headers', async () => {
    const seenHeaders: string[] = [];
    server.events.on('request:start', ({ request }) => seenHeaders.push(...request.headers.keys()));
    useSite();
    const first = await source.fetchStoryRevision('harbour-bridge-reopens', null);
    expect(first.status).toBe('changed');
    const version = first.status === 'changed' ? first.etag : null;
    await expect(source.fetchStoryRevision('harbour-bridge-reopens', version)).resolves.toEqual({ status: 'unchanged' });
    expect(seenHeaders).not.toContain('if-none-match');
    server.events.removeAllListeners();
  });

  it('has no live coverage', async () => {
    expect(isNotFound(await source.fetchNewestPosts('harbour-bridge-reopens').catch((caught: unknown) => caught))).toBe(true);
  });
});

describe('a WordPress site with plain permalinks (VITE_WORDPRESS_PERMALINKS=plain)', () => {
  it('reads everything through /?rest_route= and gets what a site with pretty permalinks gives', async () => {
    const plain = createWordPressSource({ siteUrl: RECORDED_SITE, popularTag: 'most-read', hotTopics: [], permalinks: 'plain' }, testRoad().http);
    const read = (from: typeof source) =>
      Promise.all([
        from.fetchFrontPage(),
        from.fetchStory('harbour-bridge-reopens'),
        from.fetchSimilar('harbour-bridge-reopens'),
        from.fetchPopular(),
        from.fetchHotTopics(),
        from.fetchTopic('transport'),
        from.fetchTopicStories('transport', { limit: 3 }),
        from.fetchArchivePage(null, { limit: 3 }),
        from.fetchSearchPage('harbour bridge', { limit: 2 }),
      ]);
    useSite();
    const pretty = await read(source);

    const urls: string[] = [];
    server.events.on('request:start', ({ request }) => urls.push(request.url));
    server.resetHandlers(...recordedSiteHandlers(posts, 'plain'));
    try {
      expect(await read(plain)).toEqual(pretty);
      expect(isNotFound(await plain.fetchStory('no-such-story').catch((caught: unknown) => caught))).toBe(true);
    } finally {
      server.events.removeAllListeners();
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${RECORDED_SITE}/\\?rest_route=/wp/v2/(posts|categories|tags)&`));
  });
});
