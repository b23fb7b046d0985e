// Lede over a real WordPress: archive paging and date jump, offline reading, saving, and accessibility.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appRendered, expect, networkFailureLogged, test } from '../fixtures';
import { waitForServiceWorkerControl } from '../pwa-helpers';
import { SAVED_CACHE, STORY_CACHE } from '../../src/lib/cache-names';
import { WORDPRESS_URL } from '../ports';

const BRIDGE = '/story/harbour-bridge-reopens';
const BRIDGE_HEADLINE = /^Harbour Bridge reopens after 14 months of repairs/;
/** Published posts the seed makes (every fixture story but live coverage). */
const SEEDED_POSTS = 28;

const feedLinks = (page: Page) => page.locator('.story-feed article h2 a, .story-feed article h3 a');

test.describe('archive', () => {
  // The archive asks for 50 posts a page; asking WordPress for 10 makes the 28 seeded posts three real pages.
  test.use({ serviceWorkers: 'block' });

  test('pages through every post once, in date order, by the cursor', async ({ page }) => {
    // By request URL: the app may ask for a page twice (a scroll and the button), never for two different ones.
    const pages = new Map<string, Array<{ id: number; date_gmt: string }>>();
    await page.route(`${WORDPRESS_URL}/wp-json/wp/v2/posts?*`, async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.get('per_page') !== '50') return route.continue();
      url.searchParams.set('per_page', '10');
      const response = await route.fetch({ url: url.href });
      pages.set(url.href, (await response.json()) as Array<{ id: number; date_gmt: string }>);
      return route.fulfill({ response });
    });
    const shown = (count: number) => page.getByRole('status').filter({ hasText: new RegExp(`^${count} stories shown\\.$`) });
    await page.goto('/archive');
    await expect(page.getByRole('heading', { level: 1, name: 'News archive' })).toBeVisible();
    await expect(shown(10)).toHaveCount(1);
    await page.getByRole('button', { name: 'Load more stories' }).click();
    await expect(shown(20)).toHaveCount(1);
    await page.getByRole('button', { name: 'Load more stories' }).click();
    await expect(shown(SEEDED_POSTS)).toHaveCount(1);
    await expect(page.getByText('You have reached the oldest story in the archive.')).toBeVisible();
    // What WordPress answered: every published post exactly once, newest first across the pages.
    expect([...pages.values()].map((posts) => posts.length)).toEqual([10, 10, 8]);
    const posts = [...pages.values()].flat();
    expect(new Set(posts.map((post) => post.id)).size).toBe(SEEDED_POSTS);
    const times = posts.map((post) => Date.parse(`${post.date_gmt}Z`));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  test('jumps to a date, and the URL can be shared', async ({ page }) => {
    await page.goto('/archive');
    await page.getByLabel('Stories before').fill('2025-01-01');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(page).toHaveURL(/\/archive\?before=2025-01-01$/);
    // night-bus-cuts (10 December 2024) is the newest post before 1 January 2025.
    await expect(feedLinks(page).first()).toHaveAttribute('href', '/story/night-bus-cuts');
    const first = await page.locator('.story-feed time').first().getAttribute('datetime');
    expect(Date.parse(first ?? '')).toBeLessThan(Date.parse('2025-01-01T05:00:00Z'));
    await page.reload();
    await expect(feedLinks(page).first()).toHaveAttribute('href', '/story/night-bus-cuts');
  });
});

/** Opens the front page, waits for the worker, then reads `path` through the app (so the worker caches it). */
async function readControlled(page: Page, path: string) {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await appRendered(page);
  const slug = /^\/story\/([a-z0-9-]+)/.exec(path)?.[1];
  if (slug) await expect.poll(() => page.evaluate((s) => (localStorage.getItem('lede:recent') ?? '').includes(`"${s}"`), slug)).toBe(true);
}

test.describe('offline', () => {
  test.use({ expectedConsoleErrors: [networkFailureLogged] });

  test('a story read online reloads offline with its photo', async ({ page, context }) => {
    await readControlled(page, BRIDGE);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE_HEADLINE);
    const hero = page.locator('.story > .figure img');
    await expect(hero).toHaveJSProperty('complete', true);
    expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  test('a saved story opens offline from the saved copy, and /saved removes it', async ({ page, context }) => {
    await readControlled(page, BRIDGE);
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.getByText('Saved for offline reading')).toBeVisible();
    await page.goto('/saved');
    await expect(page.getByTestId('saved-usage')).toContainText(/1 story saved, using \d/);
    // The saved copy, not the reading cache, serves it.
    await page.evaluate(async (name) => caches.delete(name), STORY_CACHE);
    await context.setOffline(true);
    await page.getByRole('link', { name: BRIDGE_HEADLINE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE_HEADLINE);
    await context.setOffline(false);
    await page.goto('/saved');
    await page.getByRole('button', { name: /Remove .*Harbour Bridge reopens/ }).click();
    await expect(page.getByText(/No saved stories yet/)).toBeVisible();
    expect(await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, SAVED_CACHE)).toBe(0);
  });
});

for (const [name, path, ready] of [
  ['front page', '/', (page: Page) => expect(page.locator('.lead-story h2 a')).toBeVisible()],
  ['story', BRIDGE, (page: Page) => appRendered(page)],
  [
    'topic',
    '/topic/transport',
    (page: Page) => expect(page.getByRole('region', { name: 'Latest in Transport' }).getByRole('article').first()).toBeVisible(),
  ],
  ['archive', '/archive', (page: Page) => expect(feedLinks(page).first()).toBeVisible()],
  ['search', '/search?q=harbour', (page: Page) => expect(page.locator('main article').first()).toBeVisible()],
] as const) {
  test(`axe finds no violations on the ${name}`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    await appRendered(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
