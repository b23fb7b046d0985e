// The RSS feeds and the static host's files over the mock API (MSW in Node); hostile content and failing sources.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { topics } from '../../mocks/fixtures/topics';
import { server } from '../../mocks/node';
import { feedFiles, feedResponse } from './feeds';
import { addressesIn, answer, ATOM, HOUR, newSource, NEWS, ORIGIN, parsed, slugOf, summary, texts, xmlDocumentAt } from './feed-test-answers';
import { urlsOf } from './feed-test-support';

describe('RSS feeds', () => {
  it('lists the 50 latest stories with title, link, permalink guid, standfirst, date and topic', async () => {
    const { document } = await xmlDocumentAt('/feed.xml', 'application/rss+xml; charset=utf-8');
    const latest = (await newSource().fetchArchivePage(null, { limit: 50 })).items;
    const channel = document.querySelector('rss[version="2.0"] > channel')!;
    expect(texts(channel, 'title')[0]).toBe('Lede');
    expect(channel.querySelector(':scope > link')?.textContent).toBe(`${ORIGIN}/`);
    expect(channel.querySelector(':scope > description')?.textContent).not.toBe('');
    expect(channel.querySelector(':scope > language')?.textContent).toBe('en');
    expect(Date.parse(channel.querySelector(':scope > lastBuildDate')?.textContent ?? '')).toBeGreaterThan(0);
    const self = channel.getElementsByTagNameNS(ATOM, 'link')[0];
    expect([self?.getAttribute('rel'), self?.getAttribute('href')]).toEqual(['self', `${ORIGIN}/feed.xml`]);

    const items = [...channel.querySelectorAll(':scope > item')];
    expect(items.map((item) => slugOf(item.querySelector('link')!.textContent))).toEqual(latest.map((story) => story.slug));
    items.forEach((item, index) => {
      const story = latest[index]!;
      expect(item.querySelector('title')?.textContent).toBe(story.headline);
      expect(item.querySelector('guid')?.getAttribute('isPermaLink')).toBe('true');
      expect(item.querySelector('guid')?.textContent).toBe(`${ORIGIN}/story/${story.slug}`);
      expect(item.querySelector('description')?.textContent).toBe(story.standfirst);
      expect(item.querySelector('pubDate')?.textContent).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(Date.parse(item.querySelector('pubDate')?.textContent ?? '')).toBe(Date.parse(story.publishedAt));
      expect(item.querySelector('category')?.textContent).toBe(story.topic.name);
      expect(item.querySelector('category')?.getAttribute('domain')).toBe(`${ORIGIN}/topic/${story.topic.slug}`);
    });
  });

  it('gives each topic a feed of its stories, and an unknown topic a 404', async () => {
    const topic = topics[1]!;
    const { document } = await xmlDocumentAt(`/topic/${topic.slug}/feed.xml`, 'application/rss+xml; charset=utf-8');
    const expected = (await newSource().fetchTopicStories(topic.slug, { limit: 50 })).items.map((story) => story.slug);
    const channel = document.querySelector('channel')!;
    expect(channel.querySelector(':scope > title')?.textContent).toContain(topic.name);
    expect(channel.querySelector(':scope > description')?.textContent).toBe(topic.description);
    expect(channel.querySelector(':scope > link')?.textContent).toBe(`${ORIGIN}/topic/${topic.slug}`);
    expect(channel.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBe(`${ORIGIN}/topic/${topic.slug}/feed.xml`);
    expect(texts(channel, 'link').slice(1).map(slugOf)).toEqual(expected);

    for (const path of ['/topic/no-such-topic/feed.xml', '/topic/Not_A_Slug/feed.xml', '/topic/%E0%A4%A/feed.xml']) {
      const { response } = await answer(path);
      expect(response.status, path).toBe(404);
    }
  });
});

describe('hostile content and failures', () => {
  const hostile = 'Tom & Jerry <b>bold</b> ]]> "quoted" \'single\'\u0007\u0000 \uD800end';
  const safe = 'Tom & Jerry <b>bold</b> ]]> "quoted" \'single\' end';

  it('escapes headlines, standfirsts and topic names in every document', async () => {
    const at = Date.parse('2026-06-01T12:00:00Z');
    const story = { ...summary('hostile', at, hostile), standfirst: `<script>alert(1)</script>${hostile}`, topic: { slug: 'city', name: hostile } };
    server.use(http.get('*/api/archive', () => HttpResponse.json({ items: [story], nextCursor: null })));
    for (const path of ['/feed.xml', '/sitemaps/news.xml', '/sitemaps/stories-1.xml']) {
      const { body } = await answer(path, { now: new Date(at + HOUR) });
      const document = parsed(body);
      expect(document.querySelector('script, b')).toBeNull();
      expect(body).not.toContain(']]>');
      if (path === '/feed.xml') {
        expect(document.querySelector('item > title')?.textContent).toBe(safe);
        expect(document.querySelector('item > description')?.textContent).toBe(`<script>alert(1)</script>${safe}`);
        expect(document.querySelector('item > category')?.textContent).toBe(safe);
      }
      if (path === '/sitemaps/news.xml') expect(document.getElementsByTagNameNS(NEWS, 'title')[0]?.textContent).toBe(safe);
    }
  });

  it('answers a failing or slow source with a 503 and Retry-After, never a throw', async () => {
    const errors: unknown[] = [];
    server.use(http.get('*/api/archive', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '30' } })));
    const unavailable = await answer('/sitemap.xml', { onError: (error) => errors.push(error) });
    expect([unavailable.response.status, unavailable.response.headers.get('retry-after')]).toEqual([503, '30']);
    expect(unavailable.response.headers.get('cache-control')).toBe('no-store');
    expect(errors).toHaveLength(1);

    server.use(http.get('*/api/archive', () => HttpResponse.error()));
    const unreachable = await answer('/feed.xml');
    expect([unreachable.response.status, unreachable.response.headers.get('retry-after')]).toEqual([503, '60']);

    server.use(http.get('*/api/topics/:slug', () => HttpResponse.json({ error: 'internal' }, { status: 500 })));
    expect((await answer('/topic/city/feed.xml')).response.status).toBe(503);

    server.use(http.get('*/api/archive', async () => delay('infinite')));
    const started = Date.now();
    expect((await answer('/sitemaps/news.xml', { deadlineMs: 200 })).response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers null for every other path', async () => {
    for (const path of ['/', '/story/harbour-bridge-reopens', '/feed.xml/', '/sitemaps/other.xml', '/topic/city', '/topic/city/feed.xml/x']) {
      expect(await feedResponse(new URL(path, ORIGIN), newSource(), ORIGIN), path).toBeNull();
    }
  });
});

describe('feed files for a static host', () => {
  it('are the documents the server answers, for every topic, and reject when the source fails', async () => {
    const now = new Date('2026-11-24T00:00:00Z');
    const files = await feedFiles(newSource(), ORIGIN, now);
    const paths = files.map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/feed.xml',
        '/sitemap.xml',
        '/sitemaps/stories-1.xml',
        '/sitemaps/news.xml',
        '/robots.txt',
        ...topics.map((topic) => `/topic/${topic.slug}/feed.xml`),
      ]),
    );
    for (const file of files) {
      const { response, body } = await answer(file.path, { now });
      expect([file.path, file.type, file.body]).toEqual([file.path, response.headers.get('content-type'), body]);
      if (file.path !== '/robots.txt') expect(urlsOf(file.body), file.path).toEqual(addressesIn(parsed(file.body)));
    }

    server.use(http.get('*/api/hot-topics', () => HttpResponse.json({ error: 'internal' }, { status: 500 })));
    await expect(feedFiles(newSource(), ORIGIN, now)).rejects.toThrow();
  });
});
