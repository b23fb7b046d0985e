// The sitemaps and robots.txt over the mock API (MSW in Node): every story once, files split and capped, Google News's window.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_SIZE } from '../../mocks/fixtures/archive-generator';
import { stories as fixtureStories } from '../../mocks/fixtures/stories';
import { server } from '../../mocks/node';
import { recordedPosts, recordedSiteHandlers, RECORDED_SITE } from '../../mocks/wordpress/recorded-site';
import { createWordPressSource } from '../api/sources/wordpress/source';
import type { SummaryInput } from '../api/summary';
import { feedFiles } from './feeds';
import { answer, HOUR, newSource, NEWS, ORIGIN, slugOf, summary, testHttp, texts, xmlDocumentAt } from './feed-test-answers';
import { urlsOf } from './feed-test-support';

const ARCHIVE_SIZE = fixtureStories.length + DEFAULT_ARCHIVE_SIZE;

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

describe('over the WordPress source', () => {
  it('lists every post of the recorded site in the story sitemap, and gives each category a feed', async () => {
    server.use(...recordedSiteHandlers());
    const wordpress = createWordPressSource({ siteUrl: RECORDED_SITE, popularTag: 'most-read', hotTopics: [] }, testHttp());
    const files = await feedFiles(wordpress, ORIGIN, new Date());
    for (const file of files.filter((entry) => entry.path.endsWith('.xml'))) {
      for (const url of urlsOf(file.body)) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
      expect(new DOMParser().parseFromString(file.body, 'application/xml').getElementsByTagName('parsererror'), file.path).toHaveLength(0);
    }
    const sitemap = files.find((file) => file.path === '/sitemaps/stories-1.xml')!.body;
    const slugs = urlsOf(sitemap).map(slugOf);
    expect(slugs.sort()).toEqual(
      recordedPosts()
        .map((post) => post.slug)
        .sort(),
    );
    expect(files.filter((file) => file.path.startsWith('/topic/')).length).toBeGreaterThan(0);
  });
});
