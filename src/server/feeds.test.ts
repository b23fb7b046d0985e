// The feeds, sitemaps and robots.txt over the mock API (MSW in Node): well-formed, complete, absolute and escaped.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_SIZE } from '../../mocks/fixtures/archive-generator';
import { stories as fixtureStories } from '../../mocks/fixtures/stories';
import { topics } from '../../mocks/fixtures/topics';
import { server } from '../../mocks/node';
import { createHttp } from '../api/http';
import { createLedeSource } from '../api/sources/lede/source';
import type { SummaryInput } from '../api/summary';
import { feedFiles, feedResponse, type FeedOptions } from './feeds';
import { urlsOf } from './feed-test-support';

const ORIGIN = 'https://news.example';
const ATOM = 'http://www.w3.org/2005/Atom';
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
const ARCHIVE_SIZE = fixtureStories.length + DEFAULT_ARCHIVE_SIZE;
const HOUR = 60 * 60 * 1000;

const newSource = () => createLedeSource(createHttp({ fetch: (url, init) => fetch(url, init), observe: () => undefined }), 'http://api.example/api');

async function answer(path: string, options: FeedOptions = {}) {
  const response = await feedResponse(new URL(path, ORIGIN), newSource(), ORIGIN, options);
  if (!response) throw new Error(`No answer for ${path}`);
  return { response, body: await response.text() };
}

/** The document parsed as XML, failing the test on any parse error. */
function parsed(body: string): Document {
  const document = new DOMParser().parseFromString(body, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

/** A 200 XML answer of `type`, parsed, with every address it names absolute on the origin. */
async function xmlDocumentAt(path: string, type: string, options: FeedOptions = {}) {
  const { response, body } = await answer(path, options);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(type);
  expect(response.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=600');
  for (const url of urlsOf(body)) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  return { document: parsed(body), body };
}

const texts = (root: Document | Element, name: string) => [...root.getElementsByTagName(name)].map((node) => node.textContent);
const slugOf = (url: string | null) => new URL(url ?? '').pathname.replace('/story/', '');

function summary(slug: string, publishedAt: number, headline = `Headline of ${slug}`): SummaryInput {
  return {
    slug,
    headline,
    standfirst: `Standfirst of ${slug}.`,
    publishedAt: new Date(publishedAt).toISOString(),
    topic: { slug: 'city', name: 'City' },
  };
}

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

describe('sitemaps and robots.txt', () => {
  it('names every story once, with its last change, in the story sitemap the index names', async () => {
    const { document: index } = await xmlDocumentAt('/sitemap.xml', 'application/xml; charset=utf-8');
    expect(index.documentElement.localName).toBe('sitemapindex');
    expect(texts(index, 'loc')).toEqual([`${ORIGIN}/sitemaps/stories-1.xml`, `${ORIGIN}/sitemaps/news.xml`]);

    const { document } = await xmlDocumentAt('/sitemaps/stories-1.xml', 'application/xml; charset=utf-8');
    const urls = [...document.getElementsByTagName('url')];
    const slugs = urls.map((url) => slugOf(url.querySelector('loc')!.textContent));
    expect(slugs).toHaveLength(ARCHIVE_SIZE);
    expect(new Set(slugs).size).toBe(ARCHIVE_SIZE);
    expect(slugs).toEqual(expect.arrayContaining(fixtureStories.map((story) => story.slug)));
    for (const url of urls) expect(url.querySelector('lastmod')?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    for (const path of ['/sitemaps/stories-2.xml', '/sitemaps/stories-0.xml', '/sitemaps/stories-01.xml'])
      expect((await answer(path)).response.status, path).toBe(404);
  });

  it('splits the stories into files of at most the limit, and stops at the page cap', async () => {
    const small = { storiesPerSitemap: 100 };
    const { document: index } = await xmlDocumentAt('/sitemap.xml', 'application/xml; charset=utf-8', small);
    const files = Math.ceil(ARCHIVE_SIZE / 100);
    expect(texts(index, 'loc')).toHaveLength(files + 1);
    const all: string[] = [];
    for (let number = 1; number <= files; number += 1) {
      const { document } = await xmlDocumentAt(`/sitemaps/stories-${number}.xml`, 'application/xml; charset=utf-8', small);
      const locs = texts(document, 'loc');
      expect(locs.length).toBeLessThanOrEqual(100);
      all.push(...locs.map(slugOf));
    }
    expect(new Set(all).size).toBe(ARCHIVE_SIZE);
    expect((await answer(`/sitemaps/stories-${files + 1}.xml`, small)).response.status).toBe(404);

    const { document: capped } = await xmlDocumentAt('/sitemaps/stories-1.xml', 'application/xml; charset=utf-8', { maxPages: 2 });
    expect(texts(capped, 'loc').map(slugOf)).toEqual(all.slice(0, 200));
  });

  it('lists in the news sitemap exactly the stories of the 48 hours up to now, each once, reading no further back', async () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    const pages: Record<string, { items: SummaryInput[]; nextCursor: string | null }> = {
      first: {
        items: [summary('not-yet', now + HOUR), summary('hour-old', now - HOUR), summary('nearly-two-days', now - 48 * HOUR + 60_000)],
        nextCursor: 'second',
      },
      second: {
        items: [
          summary('nearly-two-days', now - 48 * HOUR + 60_000),
          summary('two-days-exactly', now - 48 * HOUR),
          summary('older', now - 49 * HOUR),
        ],
        nextCursor: 'third',
      },
    };
    server.use(
      http.get('*/api/archive', ({ request }) => {
        const page = pages[new URL(request.url).searchParams.get('cursor') ?? 'first'];
        return page ? HttpResponse.json(page) : HttpResponse.json({ error: 'read too far' }, { status: 500 });
      }),
    );
    const { document } = await xmlDocumentAt('/sitemaps/news.xml', 'application/xml; charset=utf-8', { now: new Date(now) });
    const urls = [...document.getElementsByTagName('url')];
    expect(urls.map((url) => slugOf(url.querySelector('loc')!.textContent))).toEqual(['hour-old', 'nearly-two-days']);
    const news = urls[0]!.getElementsByTagNameNS(NEWS, 'news')[0]!;
    const inNews = (name: string) => news.getElementsByTagNameNS(NEWS, name)[0]?.textContent;
    expect([inNews('name'), inNews('language'), inNews('title')]).toEqual(['Lede', 'en', 'Headline of hour-old']);
    expect(inNews('publication_date')).toBe(new Date(now - HOUR).toISOString().replace('.000Z', 'Z'));
  });

  it("takes the news sitemap's window from the mocks' archive at a fixed now", async () => {
    const now = new Date('2026-11-24T00:00:00Z');
    const newest = (await newSource().fetchArchivePage(null, { limit: 100 })).items;
    const expected = newest.filter(
      (story) => Date.parse(story.publishedAt) > now.getTime() - 48 * HOUR && Date.parse(story.publishedAt) <= now.getTime(),
    );
    expect(expected.length).toBeGreaterThan(0);
    const { document } = await xmlDocumentAt('/sitemaps/news.xml', 'application/xml; charset=utf-8', { now });
    expect(texts(document, 'loc').map(slugOf)).toEqual(expected.map((story) => story.slug));
  });

  it('robots.txt allows everything and names both sitemaps by absolute address', async () => {
    const { response, body } = await answer('/robots.txt');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(body).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(urlsOf(body)).toEqual([`${ORIGIN}/sitemap.xml`, `${ORIGIN}/sitemaps/news.xml`]);
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
    }

    server.use(http.get('*/api/hot-topics', () => HttpResponse.json({ error: 'internal' }, { status: 500 })));
    await expect(feedFiles(newSource(), ORIGIN, now)).rejects.toThrow();
  });
});
