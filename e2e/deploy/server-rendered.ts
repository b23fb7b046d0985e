// What a server-rendered page gives a client that runs no JavaScript (crawlers, link previews, feeds), and that the
// browser adopts it as it is: share cards, JSON-LD, feeds, statuses, hydration, and bad input that never takes the
// render server down (issue 24). Run by render.spec.ts through nginx, before its last tests stop the render servers.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as fc from 'fast-check';
import { liveFixtureBySlug } from '../../mocks/fixtures/live-stories';
import { stories } from '../../mocks/fixtures/stories';
import { urlsOf } from '../../src/server/feed-test-support';
import { expect, SHOWCASE, test } from '../fixtures';
import { raw, renderDeployment, textOf } from './deployments';

/** The page's <meta> and <link> tags as [name or property or rel, content or href], and its JSON-LD documents. */
function headOf(html: string) {
  const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map(
    [...head.matchAll(/<meta [^>]*>/g)].map(({ 0: tag }) => {
      const { name, property, content } = attributes(tag);
      return [(name ?? property) as string, decode(content ?? '')];
    }),
  );
  const links = [...head.matchAll(/<link [^>]*>/g)].map(({ 0: tag }) => attributes(tag));
  const title = decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '');
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? 'null') as Record<string, unknown>,
  );
  return { meta, links, title, jsonLd };
}

/** The checks, over the deployment at `url()` with its render servers running. */
export function serverRenderedChecks(url: () => string): void {
  const page = async (path: string) => {
    const answer = await raw(`${url()}${path}`);
    return { ...answer, html: answer.body.toString() };
  };

  test('a story carries its share card and NewsArticle for a client that runs no JavaScript', async () => {
    const story = stories.find((candidate) => `/story/${candidate.slug}` === SHOWCASE)!;
    const { status, html } = await page(SHOWCASE);
    expect(status).toBe(200);
    const { meta, links, title, jsonLd } = headOf(html);
    expect(title).toBe(`${story.headline} · Lede`);
    expect(meta.get('description')).toBe(story.standfirst);
    expect(links).toContainEqual(expect.objectContaining({ rel: 'canonical', href: `${url()}${SHOWCASE}` }));
    expect(links).toContainEqual(expect.objectContaining({ rel: 'alternate', type: 'application/rss+xml', href: `${url()}/feed.xml` }));
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:title')).toBe(story.headline);
    expect(meta.get('og:description')).toBe(story.standfirst);
    expect(meta.get('og:url')).toBe(`${url()}${SHOWCASE}`);
    expect(meta.get('og:image')).toMatch(new RegExp(`^${url()}/images/.+\\.webp$`));
    expect(Number(meta.get('og:image:width'))).toBeGreaterThanOrEqual(1200);
    expect(Number(meta.get('og:image:height'))).toBeGreaterThan(0);
    expect(meta.get('og:image:alt')).toBe(story.hero?.alt);
    expect(meta.get('article:published_time')).toBe(story.publishedAt);
    expect(meta.get('article:section')).toBe(story.topics[0]?.name);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect(jsonLd).toContainEqual(expect.objectContaining({ '@type': 'NewsArticle', headline: story.headline, datePublished: story.publishedAt }));
    // The photo is in the HTML with its sizes, and asked for first.
    expect(html).toMatch(/<img [^>]*srcSet="[^"]*480w[^"]*"/);
    expect(html).toMatch(/<link rel="preload" as="image"[^>]*fetchPriority="high"/);
    // The frame's early script starts the app once this page has painted: it asks for no story, paints none.
    expect(html).toMatch(/^<!doctype html>\s*<html data-server-rendered=""/i);
    expect(html).not.toMatch(/<script type="module"/);
  });

  test('live coverage carries LiveBlogPosting with its newest posts', async () => {
    const [slug, fixture] = [...liveFixtureBySlug][0]!;
    const { status, html } = await page(`/story/${slug}`);
    expect(status).toBe(200);
    const { jsonLd, meta } = headOf(html);
    expect(meta.get('og:title')).toBe(fixture.story.headline);
    const posting = jsonLd.find((document) => document['@type'] === 'LiveBlogPosting');
    expect(posting).toMatchObject({ headline: fixture.story.headline });
    expect((posting?.liveBlogUpdate as unknown[] | undefined)?.length).toBeGreaterThan(0);
  });

  test('the front page, a topic and the archive carry their own cards, feeds and JSON-LD, with their lists in the HTML', async () => {
    const front = await page('/');
    expect(front.status).toBe(200);
    expect(headOf(front.html).title).toBe('Lede · Top stories');
    expect(headOf(front.html).jsonLd.map((document) => document['@type'])).toEqual(expect.arrayContaining(['WebSite', 'ItemList']));
    expect(textOf(front.html)).toContain(stories.find((story) => `/story/${story.slug}` === SHOWCASE)!.headline);

    const topic = await page('/topic/transport');
    const topicHead = headOf(topic.html);
    expect(topic.status).toBe(200);
    expect(topicHead.title).toBe('Transport · Lede');
    expect(topicHead.links).toContainEqual(expect.objectContaining({ rel: 'alternate', href: `${url()}/topic/transport/feed.xml` }));
    expect(topicHead.jsonLd).toContainEqual(expect.objectContaining({ '@type': 'CollectionPage' }));
    expect(topic.html).toMatch(/class="story-card__title"><a href="\/story\/[a-z0-9-]+"/);

    const archive = await page('/archive');
    expect(archive.status).toBe(200);
    expect(headOf(archive.html).links).toContainEqual(expect.objectContaining({ rel: 'canonical', href: `${url()}/archive` }));
    expect(archive.html).toMatch(/class="story-card__title"><a href="\/story\/[a-z0-9-]+"/);
  });

  test('the render server sends its pages compressed (brotli, else gzip) and whole to a client that asks for neither', async () => {
    const [server] = renderDeployment().renderServers;
    const headline = stories.find((story) => `/story/${story.slug}` === SHOWCASE)!.headline;
    const br = await raw(`${server}${SHOWCASE}`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect([br.headers['content-encoding'], br.headers.vary]).toEqual(['br', 'accept-encoding']);
    expect(brotliDecompressSync(br.body).toString()).toContain(headline);
    const gzip = await raw(`${server}${SHOWCASE}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gzip.body).toString()).toContain(headline);
    const plain = await raw(`${server}${SHOWCASE}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(br.body.length * 3);
  });

  test('a story comes in the first round trip: its page start only (no early paint, no manifest link yet), in 10 TCP segments', async () => {
    const [server] = renderDeployment().renderServers;
    const br = await raw(`${server}${SHOWCASE}`, { headers: { 'accept-encoding': 'gzip, br' } });
    const html = brotliDecompressSync(br.body).toString();
    const head = html.slice(0, html.indexOf('</head>'));
    // The preferences and the page start: the frame's early paint (src/boot/early-story.ts) is the shell's only.
    expect([...head.matchAll(/<script( [^>]*)?>/g)].filter((match) => !/type="application/.test(match[0])).map((match) => match[0])).toEqual([
      '<script>',
      '<script>',
    ]);
    expect(head).not.toContain('rel="manifest"');
    // A server's first flight is ten segments of 1460 bytes (RFC 6928): the status line, headers and body within it.
    const headerBytes = Object.entries(br.headers).reduce(
      (sum, [name, value]) => sum + `${name}: ${value}\r\n`.length,
      'HTTP/1.1 200 OK\r\n\r\n'.length,
    );
    expect(headerBytes + br.body.length).toBeLessThanOrEqual(10 * 1460);
  });

  test('an unknown page is a 404 with the not-found page', async () => {
    const { status, html } = await page('/no/such/page');
    expect(status).toBe(404);
    expect(textOf(html)).toContain('Page not found');
  });

  test('the feeds, sitemaps and robots.txt are well-formed, named from each page, and every address they name answers', async ({ page: browser }) => {
    const documents = ['/feed.xml', '/topic/transport/feed.xml', '/sitemap.xml', '/sitemaps/stories-1.xml', '/sitemaps/news.xml'];
    const named = new Set<string>();
    for (const path of documents) {
      const { status, headers, html: xml } = await page(path);
      expect([path, status]).toEqual([path, 200]);
      expect(headers['content-type']).toMatch(path.includes('feed') ? /^application\/rss\+xml/ : /^application\/xml/);
      const error = await browser.evaluate(
        (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
        xml,
      );
      expect([path, error]).toEqual([path, null]);
      for (const address of urlsOf(xml)) named.add(address);
    }
    const robots = await page('/robots.txt');
    expect(urlsOf(robots.html)).toEqual([`${url()}/sitemap.xml`, `${url()}/sitemaps/news.xml`]);
    // Every address is absolute on the site and answers (the story sitemap's every story: one render each, cold).
    const addresses = [...named];
    expect(addresses.length).toBeGreaterThan(50);
    for (const address of addresses) expect(address.startsWith(`${url()}/`), address).toBe(true);
    for (let start = 0; start < addresses.length; start += 8) {
      const statuses = await Promise.all(addresses.slice(start, start + 8).map(async (address) => [address, (await raw(address)).status]));
      for (const [address, status] of statuses) expect([address, status]).toEqual([address, 200]);
    }
  });

  test('the browser adopts the page as it is: no hydration error, no second request for the story, text before any script', async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(`${url()}${SHOWCASE}`);
    await expect(still.getByRole('heading', { level: 1 })).toHaveText(stories.find((story) => `/story/${story.slug}` === SHOWCASE)!.headline);
    await expect(still.locator('figure img').first()).toBeVisible();
    await noScript.close();

    const context = await browser.newContext();
    const reader = await context.newPage();
    const errors: string[] = [];
    const storyRequests: string[] = [];
    const documents: string[] = [];
    reader.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    reader.on('pageerror', (error) => errors.push(error.message));
    reader.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
      if (/\/api\/stories\/[^/?]+$/.test(new URL(request.url()).pathname)) storyRequests.push(request.url());
    });
    await reader.goto(`${url()}${SHOWCASE}?fresh=${Date.now()}`);
    await reader.waitForLoadState('networkidle');
    // The app has taken over the page: its links navigate in it, with no new document.
    await reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Popular' }).click();
    await expect(reader.getByRole('heading', { level: 1, name: 'Most popular this week' })).toBeVisible();
    expect(documents).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(storyRequests).toEqual([]);
    // The manifest, linked once the page was shown, is the browser's: the app can be installed from a rendered page.
    await expect(reader.locator('link[rel="manifest"]')).toHaveCount(1);
    const client = await context.newCDPSession(reader);
    const manifest = (await client.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
    expect([manifest.url, manifest.errors]).toEqual([`${url()}/manifest.webmanifest`, []]);
    expect(JSON.parse(manifest.data ?? '{}')).toEqual(expect.objectContaining({ start_url: expect.any(String), icons: expect.any(Array) }));
    await context.close();
  });

  test('a link followed while the app is still starting is the browser’s own navigation, never a route change under hydration', async ({
    page: reader,
    pageErrors,
  }) => {
    // The story's page code held back: the app has started (its link handling too, if it starts before the page
    // commits) but cannot adopt the page yet.
    let held = false;
    await reader.route(/\/assets\/StoryPage-[\w-]+\.js$/, async (route) => {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue().catch(() => undefined); // the page may have gone by then
    });
    const entry = reader.waitForResponse(/\/assets\/main-[\w-]+\.js$/);
    await reader.goto(`${url()}${SHOWCASE}?starting=${Date.now()}`);
    await entry;
    await expect.poll(() => held).toBe(true);
    // The entry has run: its router has written its state into the history entry (createBrowserRouter).
    await reader.waitForFunction(() => typeof (history.state as { idx?: number } | null)?.idx === 'number');
    const documents: string[] = [];
    reader.on('request', (request) => void (request.resourceType() === 'document' && documents.push(request.url())));
    await reader.getByRole('banner').getByRole('link', { name: 'Lede', exact: true }).click();
    await expect(reader).toHaveTitle('Lede · Top stories');
    await expect(reader.locator('.lead-story h2 a')).toBeVisible();
    expect(documents).toEqual([`${url()}/`]);
    expect(pageErrors).toEqual([]);
  });

  test('bad input never takes the render server down: fuzzed paths, queries and headers get an answer, never a 5xx', async () => {
    const [server] = renderDeployment().renderServers;
    const segment = fc.stringMatching(/^[a-zA-Z0-9%._~!$&'()*+,;=:@-]{0,24}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 4 }),
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 200 }),
        async (parts, query, header) => {
          const path = `/${parts.join('/')}?q=${encodeURIComponent(query)}`;
          const { status } = await raw(`${server}${path}`, { headers: { 'accept-language': header.replace(/[^\x20-\x7e]/g, '') } });
          expect([path, status < 500]).toEqual([path, true]);
        },
      ),
      { numRuns: 60 },
    );
    for (const bad of ['/story/%E0%A4%A', '/story/%00', `/search?q=${'x'.repeat(3000)}`])
      expect((await raw(`${server}${bad}`)).status).toBeGreaterThanOrEqual(400);
    expect((await raw(`${server}${SHOWCASE}`)).status).toBe(200);
  });
}
