// "Download for offline" over a real WordPress: downloaded stories open offline from the saved copy, after reading
// other stories has pushed them out of the bounded runtime cache (issue 22, fault 1: they were saved under Lede's own
// /api/stories/… address, which the app's host answers with index.html).
import type { Page } from '@playwright/test';
import { appRendered, expect, networkFailureLogged, test } from '../fixtures';
import { browserNeverSaysOffline, waitForServiceWorkerControl } from '../pwa-helpers';
import { LIMITS, SAVED_CACHE, STORY_CACHE } from '../../src/lib/cache-names';
import { wordpressRestBase, wordpressStoryUrl } from '../../src/api/sources/wordpress/urls';
import { WORDPRESS_URL } from '../ports';

test.use({ expectedConsoleErrors: [networkFailureLogged] });

interface SavedRecord {
  slug: string;
  headline: string;
  resources: string[];
}

/** The saved stories' records, read from Cache Storage as the app keeps them. */
function savedRecords(page: Page): Promise<SavedRecord[]> {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const records = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/__lede/saved/'));
    return Promise.all(records.map(async (request) => (await (await cache.match(request))?.json()) as SavedRecord));
  }, SAVED_CACHE);
}

/** The URLs the runtime story cache holds now. */
function runtimeStoryUrls(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url), STORY_CACHE);
}

test('downloaded stories open offline after reading others has pushed them out of the runtime cache', async ({ page, context }) => {
  test.setTimeout(180_000); // twenty stories downloaded, the others read, then the downloaded ones opened offline
  // Offline must be observed from Lede's own requests, as when Chromium keeps saying online (pwa-helpers).
  await browserNeverSaysOffline(page);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.getByRole('main').getByRole('button', { name: 'Download for offline' }).click();
  await expect(page.getByRole('region', { name: 'Download for offline' }).getByRole('status')).toHaveText(/^Ready offline: 20 of 20 stories/, {
    timeout: 60_000,
  });
  const downloaded = await savedRecords(page);
  expect(downloaded).toHaveLength(20);
  // Each story is kept as WordPress's REST answer, under the address the app requests it from.
  for (const story of downloaded) expect(story.resources[0], story.slug).toBe(wordpressStoryUrl(wordpressRestBase(WORDPRESS_URL ?? ''), story.slug));

  // Read online every other published post, so that the runtime story cache has to make room.
  const published = (await (await page.request.get(`${WORDPRESS_URL}/wp-json/wp/v2/posts?per_page=100&_fields=slug`)).json()) as Array<{
    slug: string;
  }>;
  const others = published.map((post) => post.slug).filter((slug) => !downloaded.some((story) => story.slug === slug));
  expect(others.length).toBeGreaterThanOrEqual(LIMITS.stories.maxEntries - downloaded.length + 1);
  for (const slug of others) {
    await page.goto(`/story/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await appRendered(page);
  }
  // The worker trims its bounded cache after each write: the first stories downloaded are the first to go.
  await expect.poll(async () => (await runtimeStoryUrls(page)).length).toBeLessThanOrEqual(LIMITS.stories.maxEntries);
  const cached = new Set(await runtimeStoryUrls(page));
  const evicted = downloaded.filter((story) => !cached.has(story.resources[0] ?? ''));
  expect(evicted.length, 'downloaded stories no longer in the runtime cache').toBeGreaterThan(0);

  await context.setOffline(true);
  for (const story of downloaded) {
    await page.goto(`/story/${story.slug}`);
    await expect(page.getByRole('heading', { level: 1 }), story.slug).toHaveText(story.headline);
    await expect(page.locator('article.story p').first(), story.slug).toBeVisible();
  }
});

test('a story an earlier Lede saved under its former address (`posts?slug=…&_embed`) still opens offline', async ({ page, context }) => {
  // Decision 040: the story request is now trimmed with `_fields`; copies kept before that are found under the old one.
  await browserNeverSaysOffline(page);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const [post] = (await (await page.request.get(`${WORDPRESS_URL}/wp-json/wp/v2/posts?per_page=1&page=3&_fields=slug`)).json()) as Array<{
    slug: string;
  }>;
  const slug = post?.slug ?? '';
  expect(slug).not.toBe('');
  // What an earlier Lede kept when the reader saved the story: WordPress's whole answer, under the address it asked.
  // (Fetched from outside the page, so that the app worker does not keep a copy of its own.)
  const former = `${WORDPRESS_URL}/wp-json/wp/v2/posts?slug=${slug}&_embed`;
  const whole = await page.request.get(former);
  expect(whole.ok()).toBe(true);
  const headline = await page.evaluate(
    async ({ url, body, cacheName }) => {
      const [saved] = JSON.parse(body) as Array<{ title: { rendered: string } }>;
      await (await caches.open(cacheName)).put(url, new Response(body, { headers: { 'content-type': 'application/json; charset=UTF-8' } }));
      return new DOMParser().parseFromString(saved?.title.rendered ?? '', 'text/html').body.textContent ?? '';
    },
    { url: former, body: await whole.text(), cacheName: SAVED_CACHE },
  );
  expect(await runtimeStoryUrls(page)).not.toContainEqual(expect.stringContaining(`slug=${slug}&`));

  await context.setOffline(true);
  await page.goto(`/story/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(page.locator('article.story p').first()).toBeVisible();
});
